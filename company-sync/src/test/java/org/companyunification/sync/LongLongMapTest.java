package org.companyunification.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongLongMapTest {

    @Test
    void shouldHoldWhatAHashMapHoldsThroughGrowthAndOverwrites() {
        // given
        LongLongMap map = new LongLongMap();
        Map<Long, Long> reference = new HashMap<>();
        Random random = new Random(7);

        // when
        for (int i = 0; i < 200_000; i++) {
            long key = random.nextInt(100_000) - 50_000L;
            long value = random.nextLong();
            if (value == LongLongMap.MISSING) {
                continue;
            }
            map.put(key, value);
            reference.put(key, value);
        }

        // then
        assertThat(map.size()).isEqualTo(reference.size());
        reference.forEach((key, value) -> assertThat(map.get(key)).isEqualTo(value));
        assertThat(map.get(50_001)).isEqualTo(LongLongMap.MISSING);
    }

    @Test
    void shouldKeepTheZeroKeyAndForgetEverythingWhenCleared() {
        LongLongMap map = new LongLongMap();
        map.put(0, 42);
        map.put(-8, 7);

        assertThat(map.get(0)).isEqualTo(42);
        assertThat(map.containsKey(-8)).isTrue();
        assertThat(map.size()).isEqualTo(2);

        map.clear();

        assertThat(map.containsKey(0)).isFalse();
        assertThat(map.containsKey(-8)).isFalse();
        assertThat(map.size()).isZero();
    }
}

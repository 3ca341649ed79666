package org.companyunification.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SideBySideTest {

    @Test
    void shouldWarmUpForTheGivenCallsWhenNoTimeIsAsked() {
        // given
        AtomicInteger library = new AtomicInteger();
        AtomicInteger handWritten = new AtomicInteger();

        // when 5 warm-up calls and 3 timed calls are asked for
        QueryMeasurement measurement = new SideBySide(new QueryTiming(5, Duration.ZERO, 3))
                .measure("q", "q", "query", library::incrementAndGet, handWritten::incrementAndGet);

        // then each side was called 8 times, 3 of them timed
        assertThat(library).hasValue(8);
        assertThat(handWritten).hasValue(8);
        assertThat(measurement.companyQuery().calls()).isEqualTo(3);
        assertThat(measurement.jdbc().calls()).isEqualTo(3);
        assertThat(measurement.warmup().rounds()).isEqualTo(5);
    }

    @Test
    void shouldKeepWarmingUpUntilTheGivenTimeHasPassed() {
        // given calls that take a millisecond each
        AtomicInteger library = new AtomicInteger();
        AtomicInteger handWritten = new AtomicInteger();
        long started = System.nanoTime();

        // when one warm-up call but 200 ms of warm-up are asked for
        QueryMeasurement measurement = new SideBySide(new QueryTiming(1, Duration.ofMillis(200), 2)).measure("q",
                "q", "query", () -> sleepingCall(library), () -> sleepingCall(handWritten));

        // then the warm-up went on for the time, with many more calls than the one asked for, and says so
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
        assertThat(library.get()).isGreaterThan(3).isEqualTo(handWritten.get());
        assertThat(measurement.warmup().rounds()).isEqualTo(library.get() - 2);
        assertThat(measurement.warmup().seconds()).isGreaterThanOrEqualTo(0.2);
    }

    @Test
    void shouldRefuseANegativeWarmupTime() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new QueryTiming(0, Duration.ofSeconds(-1), 1));
    }

    private static Object sleepingCall(AtomicInteger counter) {
        counter.incrementAndGet();
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return counter;
    }
}

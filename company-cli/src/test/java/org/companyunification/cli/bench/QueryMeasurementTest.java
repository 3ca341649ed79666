package org.companyunification.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.companyunification.cli.bench.QueryMeasurement.Latency;
import org.companyunification.cli.bench.QueryMeasurement.Warmup;
import org.junit.jupiter.api.Test;

class QueryMeasurementTest {

    private static final Warmup NO_WARMUP = new Warmup(0, 0);

    @Test
    void shouldTakeTheMedianAndTheNearestRankNinetyNinthPercentile() {
        // given 200 calls of 1 to 200 ms, shuffled
        long[] nanos = new long[200];
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = ((i * 37L) % 200 + 1) * 1_000_000;
        }

        // when
        Latency latency = Latency.of(nanos);

        // then
        assertThat(latency.calls()).isEqualTo(200);
        assertThat(latency.medianMillis()).isEqualTo(100.5);
        assertThat(latency.p99Millis()).isEqualTo(198.0);
    }

    @Test
    void shouldMeetTheTargetUpToTwelveTenthsOfTheJdbcMedian() {
        Latency jdbc = new Latency(5, 10, 12);

        assertThat(new QueryMeasurement("q", "q", new Latency(5, 12, 20), jdbc, NO_WARMUP).target().status())
                .isEqualTo(Target.Status.MET);
        assertThat(new QueryMeasurement("q", "q", new Latency(5, 12.5, 13), jdbc, NO_WARMUP).target().status())
                .isEqualTo(Target.Status.MISSED);
        assertThat(new QueryMeasurement("q", "q", new Latency(5, 5, 6), jdbc, NO_WARMUP).ratio()).isEqualTo(0.5);
    }
}

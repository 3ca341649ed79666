package org.companyunification.cli.bench;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Arrays;

/**
 * One query of a {@link Benchmark} timed through {@code CompanyQuery} and as hand-written JDBC, many calls each
 * after a warm-up, and its ratio held against {@value #LIMIT}.
 *
 * @param key the query's name, as in the JSON report (for example {@code vendorsWithGlobalRole})
 * @param label the query's name in the table
 * @param companyQuery the calls through {@code CompanyQuery}
 * @param jdbc the calls of the same query in plain JDBC
 * @param warmup the untimed rounds before them
 */
public record QueryMeasurement(String key, String label, Latency companyQuery, Latency jdbc, Warmup warmup) {

    /** The most a query may take through {@code CompanyQuery}, as a multiple of the JDBC median. */
    public static final double LIMIT = 1.2;

    /**
     * Checks the parts.
     *
     * @throws NullPointerException when a part is missing
     */
    public QueryMeasurement {
        requireNonNull(key, "key");
        requireNonNull(label, "label");
        requireNonNull(companyQuery, "companyQuery");
        requireNonNull(jdbc, "jdbc");
        requireNonNull(warmup, "warmup");
    }

    /**
     * Returns the {@code CompanyQuery} median over the JDBC median.
     *
     * @return the ratio of the medians
     */
    public double ratio() {
        return companyQuery.medianMillis() / jdbc.medianMillis();
    }

    /**
     * Holds the ratio against its target.
     *
     * @return the ratio, at most {@value #LIMIT}
     */
    public Target target() {
        return Target.atMost(key, ratio(), LIMIT);
    }

    /**
     * The untimed rounds made before the timed calls, each calling both ways.
     *
     * @param rounds how many rounds were made
     * @param seconds how long they took
     */
    public record Warmup(int rounds, double seconds) {

        /**
         * Checks the parts.
         *
         * @throws IllegalArgumentException when a part is negative
         */
        public Warmup {
            checkArgument(rounds >= 0, "warm-up rounds must not be negative: %s", rounds);
            checkArgument(seconds >= 0, "warm-up seconds must not be negative: %s", seconds);
        }
    }

    /**
     * The spread of the measured calls of one query one way.
     *
     * @param calls how many calls were measured
     * @param medianMillis the median call, in milliseconds
     * @param p99Millis the 99th percentile call (nearest rank), in milliseconds
     */
    public record Latency(int calls, double medianMillis, double p99Millis) {

        /**
         * Checks the parts.
         *
         * @throws IllegalArgumentException when no call was measured
         */
        public Latency {
            checkArgument(calls > 0, "at least one call must be measured: %s", calls);
        }

        /**
         * Summarises call times.
         *
         * @param nanos the time of each call, in nanoseconds; at least one
         * @return the median and 99th percentile
         * @throws IllegalArgumentException when there is no call
         */
        static Latency of(long[] nanos) {
            checkArgument(nanos.length > 0, "at least one call must be measured");
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            int n = sorted.length;
            double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
            long p99 = sorted[(int) Math.ceil(0.99 * n) - 1];
            return new Latency(n, median / 1e6, p99 / 1e6);
        }
    }
}

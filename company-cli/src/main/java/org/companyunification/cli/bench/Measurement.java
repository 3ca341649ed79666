package org.companyunification.cli.bench;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * One timed step of a {@link Benchmark}: how long it took, wall-clock, and how many rows it handled.
 *
 * @param step what was timed, for example {@code "backfill"}
 * @param duration how long it took
 * @param rows how many rows it handled; {@link BenchmarkReport} says what each step counts
 */
public record Measurement(String step, Duration duration, long rows) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException when the step or duration is missing
     * @throws IllegalArgumentException when the duration or the row count is negative
     */
    public Measurement {
        requireNonNull(step, "step");
        requireNonNull(duration, "duration");
        checkArgument(!duration.isNegative(), "duration of %s must not be negative: %s", step, duration);
        checkArgument(rows >= 0, "rows of %s must not be negative: %s", step, rows);
    }

    /**
     * Times a step.
     *
     * @param step what is timed
     * @param startedNanos {@link System#nanoTime()} when the step started
     * @param rows how many rows it handled
     * @return the measurement, ending now
     */
    static Measurement since(String step, long startedNanos, long rows) {
        return new Measurement(step, Duration.ofNanos(System.nanoTime() - startedNanos), rows);
    }

    /**
     * Returns the time in seconds, to the nanosecond; every ratio of a {@link BenchmarkReport} is a quotient of
     * these.
     *
     * @return the seconds
     */
    public double seconds() {
        return duration.toNanos() / 1e9;
    }

    /**
     * Returns the speed.
     *
     * @return rows per second, 0 when no time was measured
     */
    public double rowsPerSecond() {
        double seconds = seconds();
        return seconds == 0 ? 0 : rows / seconds;
    }
}

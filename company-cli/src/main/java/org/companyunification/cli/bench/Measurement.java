package org.companyunification.cli.bench;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;

/**
 * One timed step of a {@link Benchmark}: how long it took, wall-clock, and how many rows it handled. A step that
 * was repeated keeps the time of every repeat, and its duration is their median.
 *
 * @param step what was timed, for example {@code "backfill"}
 * @param duration how long it took: the median of the repeats
 * @param rows how many rows it handled; {@link BenchmarkReport} says what each step counts
 * @param repeats the time of each repeat, in the order they ran; one for a step timed once
 */
public record Measurement(String step, Duration duration, long rows, List<Duration> repeats) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException when the step or duration is missing
     * @throws IllegalArgumentException when the duration or the row count is negative, or there is no repeat
     */
    public Measurement {
        requireNonNull(step, "step");
        requireNonNull(duration, "duration");
        checkArgument(!duration.isNegative(), "duration of %s must not be negative: %s", step, duration);
        checkArgument(rows >= 0, "rows of %s must not be negative: %s", step, rows);
        repeats = List.copyOf(repeats);
        checkArgument(!repeats.isEmpty(), "%s needs at least one repeat", step);
    }

    /**
     * A step timed once.
     *
     * @param step what was timed
     * @param duration how long it took
     * @param rows how many rows it handled
     */
    public Measurement(String step, Duration duration, long rows) {
        this(step, duration, rows, List.of(duration));
    }

    /**
     * A step timed several times: its duration is the median of the repeats (the mean of the two middle ones for
     * an even number).
     *
     * @param step what was timed
     * @param repeats the time of each repeat, at least one
     * @param rows how many rows each repeat handled
     * @return the measurement
     */
    static Measurement median(String step, List<Duration> repeats, long rows) {
        checkArgument(!repeats.isEmpty(), "%s needs at least one repeat", step);
        List<Duration> sorted = repeats.stream().sorted().toList();
        int middle = sorted.size() / 2;
        Duration median = sorted.size() % 2 == 1 ? sorted.get(middle)
                : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
        return new Measurement(step, median, rows, repeats);
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

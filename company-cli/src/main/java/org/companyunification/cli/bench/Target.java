package org.companyunification.cli.bench;

import static java.util.Objects.requireNonNull;

import java.util.OptionalDouble;

/**
 * A figure of a {@link BenchmarkReport} held against its target.
 *
 * @param key the figure's name, as in the JSON report (for example {@code backfillToBaselineRatio})
 * @param value the figure
 * @param limit the most it may be, or empty when the figure has no target (only reported)
 * @param limitExcluded whether the figure must stay below the limit ({@code <}) rather than reach at most it
 *     ({@code <=})
 */
public record Target(String key, double value, OptionalDouble limit, boolean limitExcluded) {

    /** Whether a figure meets its target. */
    public enum Status {
        /** Within the limit. */
        MET,
        /** Over the limit. */
        MISSED,
        /** There is no limit to meet: the figure is only reported. */
        NO_TARGET
    }

    /**
     * Checks the parts.
     *
     * @throws NullPointerException when the key or the limit is missing
     */
    public Target {
        requireNonNull(key, "key");
        requireNonNull(limit, "limit");
    }

    /**
     * Returns a figure that must be at most a limit.
     *
     * @param key the figure's name
     * @param value the figure
     * @param limit the most it may be
     * @return the target
     */
    static Target atMost(String key, double value, double limit) {
        return new Target(key, value, OptionalDouble.of(limit), false);
    }

    /**
     * Returns a figure that must stay below a limit.
     *
     * @param key the figure's name
     * @param value the figure
     * @param limit what it must stay below
     * @return the target
     */
    static Target below(String key, double value, double limit) {
        return new Target(key, value, OptionalDouble.of(limit), true);
    }

    /**
     * Returns a figure that is only reported.
     *
     * @param key the figure's name
     * @param value the figure
     * @return the target, without a limit
     */
    static Target reported(String key, double value) {
        return new Target(key, value, OptionalDouble.empty(), false);
    }

    /**
     * Tells whether the figure meets its target.
     *
     * @return {@link Status#MET}, {@link Status#MISSED}, or {@link Status#NO_TARGET} when there is no limit
     */
    public Status status() {
        if (limit.isEmpty()) {
            return Status.NO_TARGET;
        }
        double max = limit.getAsDouble();
        return (limitExcluded ? value < max : value <= max) ? Status.MET : Status.MISSED;
    }
}

package org.companyunification.analytics;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Locale;

/**
 * A part of a whole, as dashboards show it: "42 of 120 (35.0%)". An empty whole has a share of zero, so a
 * figure over an empty database reads "0 of 0 (0.0%)" rather than failing.
 *
 * @param count how many of the whole have the property, from 0 to {@code total}
 * @param total the size of the whole, zero or more
 */
public record Share(long count, long total) {

    /**
     * Creates a share.
     *
     * @throws IllegalArgumentException when either number is negative or the count exceeds the total
     */
    public Share {
        checkArgument(total >= 0, "total must not be negative: %s", total);
        checkArgument(count >= 0 && count <= total, "count must be between 0 and the total %s: %s", total, count);
    }

    /**
     * Returns the share as a fraction.
     *
     * @return {@code count / total}, from 0.0 to 1.0; 0.0 when the total is zero
     */
    public double fraction() {
        return total == 0 ? 0.0 : (double) count / total;
    }

    /**
     * Returns the share in percent.
     *
     * @return from 0.0 to 100.0; 0.0 when the total is zero
     */
    public double percent() {
        return fraction() * 100.0;
    }

    /**
     * Describes the share for people, with the percentage rounded to one decimal.
     *
     * @return for example {@code 42 of 120 (35.0%)}
     */
    public String describe() {
        return String.format(Locale.ROOT, "%d of %d (%.1f%%)", count, total, percent());
    }
}

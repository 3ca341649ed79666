package org.companyunification.analytics.figures;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;

/**
 * How many companies have one value of a column, a country or a company type, as stored.
 *
 * @param value the value as stored, or {@code null} for the companies that have none recorded
 * @param companies how many companies have it, more than zero
 */
public record ValueCount(String value, long companies) {

    /**
     * Checks the count.
     *
     * @throws IllegalArgumentException when the count is not positive
     */
    public ValueCount {
        checkArgument(companies > 0, "companies must be positive: %s", companies);
    }

    /**
     * Returns the value, if one is recorded.
     *
     * @return the value, or empty for the companies without one
     */
    public Optional<String> recorded() {
        return Optional.ofNullable(value);
    }
}

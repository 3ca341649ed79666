package org.companyunification.sync.consistency;

import static java.util.Objects.requireNonNull;

/**
 * One field whose value differs between a legacy row and the unified row it maps to. Values are shown as text
 * ({@code null} when empty): dates as {@code 2024-05-01}, flags as {@code true} or {@code false}.
 *
 * @param field the unified column (for {@code company_origins.source_values}, {@code source_values.} and the
 *     legacy column whose kept value differs)
 * @param legacyValue the value the legacy row maps to, by the backfill's mapping and value rule
 * @param unifiedValue the value the unified row holds
 */
public record FieldDifference(String field, String legacyValue, String unifiedValue) {

    /**
     * Checks the field name.
     *
     * @throws NullPointerException when the field is {@code null}
     */
    public FieldDifference {
        requireNonNull(field, "field");
    }

    @Override
    public String toString() {
        return field + ": legacy " + quote(legacyValue) + ", unified " + quote(unifiedValue);
    }

    private static String quote(String value) {
        return value == null ? "empty" : "'" + value + "'";
    }
}

package org.companyunification.sync;

import static java.util.Objects.requireNonNull;

/**
 * A legacy row the backfill rejected, or migrated with a warning.
 *
 * @param severity whether the row was rejected or only warned about
 * @param table the legacy table
 * @param id the legacy row's primary key
 * @param field the column concerned, or {@code null} when the issue concerns the whole row
 * @param reason what was wrong and what was done about it
 */
public record RowIssue(Severity severity, String table, long id, String field, String reason) {

    /** How bad an issue is. */
    public enum Severity {
        /** The row was migrated; a value was normalised, left empty, or a conflict was resolved by rule. */
        WARNING,
        /** The row could not be migrated at all. */
        REJECTED
    }

    /**
     * Checks the parts.
     *
     * @throws NullPointerException when severity, table or reason is missing
     */
    public RowIssue {
        requireNonNull(severity, "severity");
        requireNonNull(table, "table");
        requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return table + " #" + id + (field == null ? "" : " [" + field + "]") + ": " + reason;
    }
}

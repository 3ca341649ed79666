package org.companyunification.sync;

import java.util.List;
import java.util.Map;

/**
 * What a dual-write did to the unified tables for legacy rows an application changed.
 *
 * @param tables per legacy table that had changes, what became of its rows that exist (created, updated,
 *     unchanged, merged, rejected, ...)
 * @param legacyRowsDeleted per legacy table, how many of the named rows no longer exist and had their unified
 *     rows removed
 * @param unifiedRowsDeleted per unified table, how many rows were deleted
 * @param issues the rows rejected or migrated with a warning, with their reasons
 */
public record DualWriteResult(
        Map<String, RowCounts> tables, Map<String, Long> legacyRowsDeleted, Map<String, Long> unifiedRowsDeleted,
        List<RowIssue> issues) {

    /**
     * Copies the collections.
     */
    public DualWriteResult {
        tables = Map.copyOf(tables);
        legacyRowsDeleted = Map.copyOf(legacyRowsDeleted);
        unifiedRowsDeleted = Map.copyOf(unifiedRowsDeleted);
        issues = List.copyOf(issues);
    }

    /**
     * Tells whether every named row that exists was migrated (none was rejected).
     *
     * @return {@code true} when no row was rejected
     */
    public boolean allMigrated() {
        return issues.stream().noneMatch(issue -> issue.severity() == RowIssue.Severity.REJECTED);
    }
}

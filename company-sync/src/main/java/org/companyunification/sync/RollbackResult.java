package org.companyunification.sync;

import java.util.Map;

/**
 * What a rollback removed.
 *
 * @param runId the run that was rolled back
 * @param deleted per unified table, how many rows were deleted
 * @param companiesKept companies the run created that stay because rows written since by applications or by
 *     other runs refer to them; their origin records are removed
 * @param restored per unified table, how many rows were put back: rows a sync run had deleted because their
 *     legacy rows were gone (empty for a backfill run)
 */
public record RollbackResult(long runId, Map<String, Long> deleted, long companiesKept, Map<String, Long> restored) {

    /**
     * Copies the maps.
     */
    public RollbackResult {
        deleted = Map.copyOf(deleted);
        restored = Map.copyOf(restored);
    }

    /**
     * The rollback of a backfill run, which restores nothing.
     *
     * @param runId the run that was rolled back
     * @param deleted per unified table, how many rows were deleted
     * @param companiesKept companies the run created that stay because later rows refer to them
     */
    public RollbackResult(long runId, Map<String, Long> deleted, long companiesKept) {
        this(runId, deleted, companiesKept, Map.of());
    }

    /**
     * Returns how many rows were restored in all.
     *
     * @return the sum over all tables
     */
    public long totalRestored() {
        return restored.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Returns how many rows were deleted in all.
     *
     * @return the sum over all tables
     */
    public long totalDeleted() {
        return deleted.values().stream().mapToLong(Long::longValue).sum();
    }
}

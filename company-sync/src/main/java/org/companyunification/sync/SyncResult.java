package org.companyunification.sync;

import java.util.Map;

/**
 * What a catch-up sync did.
 *
 * @param run the run as a backfill reports it: per legacy table the rows read, created, updated, unchanged,
 *     merged, rejected, skipped and warned about, and the issues; its {@link RunResult#runId() run id} is the
 *     one {@link Sync#rollback} takes
 * @param legacyRowsDeleted per legacy table, how many rows were found deleted since they were migrated
 * @param unifiedRowsDeleted per unified table, how many rows the sync deleted for them (journaled, so that a
 *     rollback restores them)
 */
public record SyncResult(RunResult run, Map<String, Long> legacyRowsDeleted, Map<String, Long> unifiedRowsDeleted) {

    /**
     * Copies the maps.
     */
    public SyncResult {
        legacyRowsDeleted = Map.copyOf(legacyRowsDeleted);
        unifiedRowsDeleted = Map.copyOf(unifiedRowsDeleted);
    }

    /**
     * Returns the run id.
     *
     * @return the id of the recorded run
     */
    public long runId() {
        return run.runId();
    }

    /**
     * Returns how many legacy rows were found deleted in all.
     *
     * @return the sum over all legacy tables
     */
    public long totalLegacyRowsDeleted() {
        return legacyRowsDeleted.values().stream().mapToLong(Long::longValue).sum();
    }
}

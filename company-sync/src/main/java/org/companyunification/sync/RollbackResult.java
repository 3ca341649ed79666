package org.companyunification.sync;

import java.util.Map;

/**
 * What a rollback removed.
 *
 * @param runId the run that was rolled back
 * @param deleted per unified table, how many rows were deleted
 * @param companiesKept companies the run created that stay because rows written since by applications or by
 *     other runs refer to them; their origin records are removed
 */
public record RollbackResult(long runId, Map<String, Long> deleted, long companiesKept) {

    /**
     * Copies the map.
     */
    public RollbackResult {
        deleted = Map.copyOf(deleted);
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

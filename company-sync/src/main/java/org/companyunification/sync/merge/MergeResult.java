package org.companyunification.sync.merge;

import java.time.LocalDateTime;
import java.util.Map;

/**
 * What one merge did.
 *
 * @param mergeId the merge's id, for {@link CompanyMerge#unmerge(long)}
 * @param survivorId the company that stayed
 * @param mergedId the company merged into it, now a tombstone pointing at the survivor
 * @param mergedAt when (UTC)
 * @param rowsChanged per unified table, the rows the merge changed, re-pointed or removed (each journaled)
 * @param rowsRemoved per unified table, the rows among them that were removed: combined into the survivor's
 *     (a role both held, both client profiles, a link both had) or a link that would point at its own company
 */
public record MergeResult(long mergeId, long survivorId, long mergedId, LocalDateTime mergedAt,
        Map<String, Long> rowsChanged, Map<String, Long> rowsRemoved) {

    /**
     * Copies the maps.
     *
     * @throws NullPointerException when an argument is {@code null}
     */
    public MergeResult {
        rowsChanged = Map.copyOf(rowsChanged);
        rowsRemoved = Map.copyOf(rowsRemoved);
    }
}

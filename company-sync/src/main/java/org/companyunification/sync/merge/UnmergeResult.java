package org.companyunification.sync.merge;

import java.util.Map;

/**
 * What undoing a merge restored.
 *
 * @param mergeId the merge undone
 * @param survivorId the company that had stayed
 * @param mergedId the company that had been merged, a company of its own again
 * @param rowsRestored per unified table, the rows set back to their state before the merge or inserted again
 */
public record UnmergeResult(long mergeId, long survivorId, long mergedId, Map<String, Long> rowsRestored) {

    /**
     * Copies the map.
     *
     * @throws NullPointerException when an argument is {@code null}
     */
    public UnmergeResult {
        rowsRestored = Map.copyOf(rowsRestored);
    }
}

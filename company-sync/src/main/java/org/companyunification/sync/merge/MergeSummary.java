package org.companyunification.sync.merge;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A recorded merge, as {@link CompanyMerge#merges()} lists it.
 *
 * @param mergeId the merge's id
 * @param survivorId the company that stayed
 * @param survivorName its name now
 * @param mergedId the company merged into it
 * @param mergedName its name now
 * @param mergedAt when (UTC)
 * @param mergedBy who merged, when recorded
 * @param options the options as recorded, for example {@code preference=SURVIVOR}
 * @param undoneAt when the merge was undone (UTC), empty while it stands
 */
public record MergeSummary(long mergeId, long survivorId, String survivorName, long mergedId, String mergedName,
        LocalDateTime mergedAt, Optional<String> mergedBy, String options, Optional<LocalDateTime> undoneAt) {

    /**
     * Tells whether the merge stands (was not undone).
     *
     * @return {@code true} while it stands
     */
    public boolean standing() {
        return undoneAt.isEmpty();
    }
}

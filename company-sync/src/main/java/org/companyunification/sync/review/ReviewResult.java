package org.companyunification.sync.review;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.companyunification.sync.merge.MergeResult;

/**
 * What applying a review did.
 *
 * @param merges the merges of the accepted pairs, in the order of the file; each can be undone through {@code
 *     CompanyMerge.unmerge(mergeId)}
 * @param rejected how many pairs were recorded as rejected
 * @param undecided how many pairs were left undecided
 */
public record ReviewResult(List<MergeResult> merges, int rejected, int undecided) {

    /**
     * Copies the merges.
     *
     * @throws NullPointerException when the merges are {@code null}
     */
    public ReviewResult {
        merges = List.copyOf(requireNonNull(merges, "merges"));
    }
}

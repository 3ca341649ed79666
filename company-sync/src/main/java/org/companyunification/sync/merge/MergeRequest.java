package org.companyunification.sync.merge;

import static java.util.Objects.requireNonNull;

/**
 * One pair to merge: the company that stays, the company merged into it, and how.
 *
 * @param survivorId the company that stays and receives everything
 * @param mergedId the company merged into the survivor, which stays behind as a tombstone
 * @param options how the values are combined and who merges
 */
public record MergeRequest(long survivorId, long mergedId, MergeOptions options) {

    /**
     * Checks the request.
     *
     * @throws NullPointerException when the options are {@code null}
     */
    public MergeRequest {
        requireNonNull(options, "options must not be null: use MergeOptions.defaults()");
    }

    /**
     * Returns a request with the default options.
     *
     * @param survivorId the company that stays
     * @param mergedId the company merged into it
     * @return the request
     */
    public static MergeRequest of(long survivorId, long mergedId) {
        return new MergeRequest(survivorId, mergedId, MergeOptions.defaults());
    }
}

package org.companyunification.sync.duplicates;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A pair of companies that are probably the same organisation. The pair is identified by its two company ids,
 * the smaller first, so that it reads and compares the same wherever it is written (a review file, a log) and
 * read back.
 *
 * @param companyId the smaller company id
 * @param companyName that company's name
 * @param otherCompanyId the larger company id
 * @param otherCompanyName that company's name
 * @param score how sure the search is, from 0 to 1, rounded to three decimals
 * @param band {@link CandidateBand#STRONG} or {@link CandidateBand#REVIEW}, from the thresholds of the search
 * @param reasons the evidence, at least one, strongest first, followed by any evidence against (contact data
 *     on different domains)
 */
public record DuplicateCandidate(long companyId, String companyName, long otherCompanyId, String otherCompanyName,
        double score, CandidateBand band, List<MatchReason> reasons) {

    /**
     * Checks the values.
     *
     * @throws NullPointerException when a value is {@code null}
     * @throws IllegalArgumentException when the ids are not in increasing order, the score is outside 0 to 1, or
     *     there is no reason
     */
    public DuplicateCandidate {
        requireNonNull(companyName, "companyName");
        requireNonNull(otherCompanyName, "otherCompanyName");
        requireNonNull(band, "band");
        checkArgument(companyId < otherCompanyId, "the smaller company id comes first: %s, %s", companyId,
                otherCompanyId);
        checkArgument(score >= 0 && score <= 1, "a score is from 0 to 1: %s", score);
        reasons = List.copyOf(reasons);
        checkArgument(!reasons.isEmpty(), "a candidate has at least one reason");
    }

    /**
     * Tells whether the candidate has evidence of a kind.
     *
     * @param code the kind of evidence
     * @return whether one of its reasons has that code
     */
    public boolean hasReason(ReasonCode code) {
        return reasons.stream().anyMatch(reason -> reason.code() == code);
    }
}

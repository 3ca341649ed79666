package org.companyunification.sync.review;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.companyunification.sync.duplicates.DuplicateCandidate;

/**
 * One pair of a review file: a duplicate candidate and what a person decided about it.
 *
 * @param companyId the smaller company id
 * @param companyName that company's name, as the candidate was found (for the reader; not checked)
 * @param otherCompanyId the larger company id
 * @param otherCompanyName that company's name, as the candidate was found
 * @param score the candidate's score, from 0 to 1
 * @param decision accept, reject or undecided; {@code null} reads as {@link ReviewDecision#UNDECIDED}
 * @param survivorId for {@link ReviewDecision#ACCEPT}, the company that stays: one of the two ids; otherwise
 *     {@code null}
 */
public record ReviewItem(long companyId, String companyName, long otherCompanyId, String otherCompanyName,
        double score, ReviewDecision decision, Long survivorId) {

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException when the ids are not in increasing order, an accepted pair names no
     *     survivor or a survivor that is not one of the two companies, or a pair not accepted names a survivor
     */
    public ReviewItem {
        companyName = companyName == null ? "" : companyName;
        otherCompanyName = otherCompanyName == null ? "" : otherCompanyName;
        decision = decision == null ? ReviewDecision.UNDECIDED : decision;
        checkArgument(companyId < otherCompanyId, "the smaller company id comes first: %s, %s", companyId,
                otherCompanyId);
        if (decision == ReviewDecision.ACCEPT) {
            checkArgument(survivorId != null, "the accepted pair %s and %s names no survivorId: set it to one of"
                    + " the two ids", companyId, otherCompanyId);
            checkArgument(survivorId == companyId || survivorId == otherCompanyId, "the survivorId %s of the"
                    + " pair %s and %s is neither of the two", survivorId, companyId, otherCompanyId);
        } else {
            checkArgument(survivorId == null, "the pair %s and %s is %s but names a survivorId %s: only an"
                    + " accepted pair has one", companyId, otherCompanyId, decision, survivorId);
        }
    }

    /**
     * An undecided item for a candidate.
     *
     * @param candidate the candidate
     * @return the item, {@link ReviewDecision#UNDECIDED}
     */
    public static ReviewItem of(DuplicateCandidate candidate) {
        requireNonNull(candidate, "candidate");
        return new ReviewItem(candidate.companyId(), candidate.companyName(), candidate.otherCompanyId(),
                candidate.otherCompanyName(), candidate.score(), ReviewDecision.UNDECIDED, null);
    }

    /**
     * This pair accepted, keeping a survivor.
     *
     * @param survivor the company that stays, one of the two ids
     * @return the decided item
     * @throws IllegalArgumentException when the survivor is neither company
     */
    public ReviewItem accept(long survivor) {
        return new ReviewItem(companyId, companyName, otherCompanyId, otherCompanyName, score,
                ReviewDecision.ACCEPT, survivor);
    }

    /**
     * This pair rejected.
     *
     * @return the decided item
     */
    public ReviewItem reject() {
        return new ReviewItem(companyId, companyName, otherCompanyId, otherCompanyName, score,
                ReviewDecision.REJECT, null);
    }

    /**
     * For an accepted pair, the company merged into the survivor.
     *
     * @return the other id than the survivor's
     * @throws IllegalStateException when the pair is not accepted
     */
    public long mergedId() {
        if (decision != ReviewDecision.ACCEPT) {
            throw new IllegalStateException("only an accepted pair has a merged company");
        }
        return survivorId == companyId ? otherCompanyId : companyId;
    }

    /**
     * Names the pair for a message.
     *
     * @return for example {@code 4 (PG&E) and 9 (Pacific Gas and Electric)}
     */
    public String describe() {
        return companyId + " (" + companyName + ") and " + otherCompanyId + " (" + otherCompanyName + ")";
    }
}

package org.companyunification.sync.duplicates;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * One piece of evidence of a {@link DuplicateCandidate}.
 *
 * @param code the kind of evidence
 * @param detail what was found, for a person to read, for example {@code 'pge' is the acronym of 'pacific gas
 *     and electric'}
 */
public record MatchReason(ReasonCode code, String detail) {

    /**
     * Checks the values.
     *
     * @throws NullPointerException when a value is {@code null}
     * @throws IllegalArgumentException when the detail is blank
     */
    public MatchReason {
        requireNonNull(code, "code");
        requireNonNull(detail, "detail");
        checkArgument(!detail.isBlank(), "a match reason needs a detail");
    }
}

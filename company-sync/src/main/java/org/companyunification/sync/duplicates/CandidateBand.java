package org.companyunification.sync.duplicates;

/** How sure the search is that a pair of companies is one organisation. */
public enum CandidateBand {
    /** The score reaches the strong threshold: very probably the same organisation. */
    STRONG,
    /** The score lies between the review and the strong threshold: a person should decide. */
    REVIEW
}

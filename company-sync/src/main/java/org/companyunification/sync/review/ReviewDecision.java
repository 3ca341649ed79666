package org.companyunification.sync.review;

/** What a person decided about a pair of companies. */
public enum ReviewDecision {

    /** The same organisation: merge the pair, keeping the chosen survivor. */
    ACCEPT,

    /** Different organisations: remember it, and do not propose the pair again. */
    REJECT,

    /** Not decided yet: nothing is done with the pair; it is proposed again. */
    UNDECIDED
}

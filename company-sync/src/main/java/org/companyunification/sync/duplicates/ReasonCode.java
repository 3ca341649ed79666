package org.companyunification.sync.duplicates;

/** The kinds of evidence for (and, the last two, against) a pair of companies being one organisation. */
public enum ReasonCode {
    /**
     * The name keys are the same apart from spacing and punctuation ({@code TerraPower}, {@code Terra Power}),
     * or differ by a few letters (Jaro-Winkler similarity of the keys).
     */
    NAME_SIMILARITY,
    /**
     * The names share words, rare words counting more than common ones (cosine similarity of the words weighted
     * by their rarity among the companies searched), or have the same distinctive words.
     */
    TOKEN_SIMILARITY,
    /** One name is the acronym of the other ({@code PG&E}, {@code Pacific Gas and Electric}). */
    ACRONYM,
    /**
     * One name contains the other and the words it adds are generic ({@code Southern Company},
     * {@code Southern Company Services}).
     */
    CONTAINED_NAME,
    /** Both web sites are on the same domain ({@code https://www.pge.com/}, {@code pge.com/about}). */
    SAME_WEBSITE_DOMAIN,
    /** Both contact e-mail addresses are on the same domain, a free-mail domain such as gmail.com excepted. */
    SAME_EMAIL_DOMAIN,
    /**
     * Evidence against: both companies have a web site, on different domains. It lowers the score; listed so
     * that a person sees why a pair with similar names is left to review.
     */
    DIFFERENT_WEBSITE_DOMAINS,
    /** Evidence against: both companies have a contact e-mail address, on different domains. It lowers the score. */
    DIFFERENT_EMAIL_DOMAINS
}

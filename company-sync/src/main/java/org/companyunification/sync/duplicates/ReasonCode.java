package org.companyunification.sync.duplicates;

/** The kinds of evidence that make a pair of companies a duplicate candidate. */
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
    SAME_EMAIL_DOMAIN
}

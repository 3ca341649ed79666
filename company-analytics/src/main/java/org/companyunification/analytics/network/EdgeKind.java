package org.companyunification.analytics.network;

/** What an edge of the network stands for. */
public enum EdgeKind {
    /**
     * A project-scoped role assignment, company to project; its edge id is {@code a} and the assignment id,
     * {@code a123}.
     */
    ASSIGNMENT("a"),
    /** A row of {@code internal_external_links}, company to company; its edge id is {@code l} and the link id. */
    LINK("l");

    private final String prefix;

    EdgeKind(String prefix) {
        this.prefix = prefix;
    }

    /**
     * Returns the id of the edge of a row.
     *
     * @param key the assignment or link id
     * @return for example {@code a123}
     */
    public String edgeId(long key) {
        return prefix + key;
    }

    /**
     * Returns the kind as the exports write it.
     *
     * @return {@code assignment} or {@code link}
     */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

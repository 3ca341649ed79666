package org.companyunification.analytics.network;

/** What a node of the network stands for. */
public enum NodeKind {
    /** A row of {@code companies}; its node id is {@code c} and the company id, {@code c42}. */
    COMPANY("c"),
    /** A row of {@code projects}; its node id is {@code p} and the project id, {@code p7}. */
    PROJECT("p");

    private final String prefix;

    NodeKind(String prefix) {
        this.prefix = prefix;
    }

    /**
     * Returns the id of the node of a row.
     *
     * @param key the company or project id
     * @return for example {@code c42}
     */
    public String nodeId(long key) {
        return prefix + key;
    }

    /**
     * Returns the kind as the exports write it.
     *
     * @return {@code company} or {@code project}
     */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

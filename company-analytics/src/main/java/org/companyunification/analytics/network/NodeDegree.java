package org.companyunification.analytics.network;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * A node with its degree: the edges that touch it (a company on one project in two roles has two).
 *
 * @param node the node
 * @param degree its edges
 */
public record NodeDegree(NetworkNode node, int degree) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException when the node is {@code null}
     * @throws IllegalArgumentException when the degree is negative
     */
    public NodeDegree {
        requireNonNull(node, "node");
        checkArgument(degree >= 0, "degree must not be negative: %s", degree);
    }
}

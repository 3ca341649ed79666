package org.companyunification.analytics.network;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.companyunification.model.company.RoleCode;

/**
 * A node of the network: a company or a project. Two nodes are equal when they have the same {@link #id()}.
 *
 * @param kind company or project
 * @param key the company id or the project id
 * @param label the company or project name
 * @param globalRoles a company's global roles, in catalogue order; empty for a project
 * @param country the country as stored, or {@code null} when none is recorded
 * @param status a project's status as stored; {@code null} for a company or when none is recorded
 */
public record NetworkNode(NodeKind kind, long key, String label, Set<RoleCode> globalRoles, String country,
        String status) {

    /**
     * Checks the parts and keeps an unmodifiable copy of the roles.
     *
     * @throws NullPointerException when the kind, the label or the roles are {@code null}
     */
    public NetworkNode {
        requireNonNull(kind, "kind");
        requireNonNull(label, "label");
        globalRoles = globalRoles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(globalRoles));
    }

    /**
     * Returns the node's id in the network and its exports.
     *
     * @return {@code c} and the company id, or {@code p} and the project id
     */
    public String id() {
        return kind.nodeId(key);
    }

    /**
     * Returns the role the picture colours a company by: its first global role in catalogue order.
     *
     * @return the role, or empty for a project or a company without a global role
     */
    public Optional<RoleCode> mainRole() {
        return globalRoles.stream().findFirst();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NetworkNode other && other.kind == kind && other.key == key;
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + Long.hashCode(key);
    }
}

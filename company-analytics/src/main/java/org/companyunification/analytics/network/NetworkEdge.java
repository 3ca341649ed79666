package org.companyunification.analytics.network;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.companyunification.model.company.RoleCode;

/**
 * An edge of the network: a project-scoped assignment (company to project, with its role and primary flag) or a
 * company-company link (with its type). Two edges are equal when they have the same {@link #id()}.
 *
 * @param kind assignment or link
 * @param key the assignment id or the link id
 * @param source the company node's id
 * @param target the project node's id (assignment) or the related company node's id (link)
 * @param role an assignment's role; {@code null} for a link
 * @param primary whether an assignment is the project's primary holder of the role; {@code false} for a link
 * @param linkType a link's type as stored; {@code null} for an assignment
 */
public record NetworkEdge(EdgeKind kind, long key, String source, String target, RoleCode role, boolean primary,
        String linkType) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException when the kind or an end is {@code null}, or an assignment has no role or a
     *     link no type
     */
    public NetworkEdge {
        requireNonNull(kind, "kind");
        requireNonNull(source, "source");
        requireNonNull(target, "target");
        if (kind == EdgeKind.ASSIGNMENT) {
            requireNonNull(role, "an assignment edge has a role");
        } else {
            requireNonNull(linkType, "a link edge has a link type");
        }
    }

    /**
     * Returns the edge's id in the network and its exports.
     *
     * @return {@code a} and the assignment id, or {@code l} and the link id
     */
    public String id() {
        return kind.edgeId(key);
    }

    /**
     * Returns an assignment's role.
     *
     * @return the role, or empty for a link
     */
    public Optional<RoleCode> assignedRole() {
        return Optional.ofNullable(role);
    }

    /**
     * Returns the label people read on the edge.
     *
     * @return the role code, with {@code  (primary)} for a primary assignment, or the link type
     */
    public String label() {
        return kind == EdgeKind.ASSIGNMENT ? role.code() + (primary ? " (primary)" : "") : linkType;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NetworkEdge other && other.kind == kind && other.key == key;
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + Long.hashCode(key);
    }
}

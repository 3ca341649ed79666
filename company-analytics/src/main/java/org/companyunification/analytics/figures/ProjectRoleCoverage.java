package org.companyunification.analytics.figures;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.companyunification.model.company.RoleCode;

/**
 * How many projects have a role filled (at least one company holds it on the project) and how many do not: the
 * projects with no operator yet, for example.
 *
 * @param role the role
 * @param projects all projects
 * @param withRole the projects on which at least one company holds the role
 */
public record ProjectRoleCoverage(RoleCode role, long projects, long withRole) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException when the role is {@code null}
     * @throws IllegalArgumentException when a count is negative or more projects have the role than exist
     */
    public ProjectRoleCoverage {
        requireNonNull(role, "role");
        checkArgument(projects >= 0, "projects must not be negative: %s", projects);
        checkArgument(withRole >= 0 && withRole <= projects,
                "projects with the role must be between 0 and the projects %s: %s", projects, withRole);
    }

    /**
     * Returns the projects on which no company holds the role.
     *
     * @return {@code projects - withRole}
     */
    public long withoutRole() {
        return projects - withRole;
    }
}

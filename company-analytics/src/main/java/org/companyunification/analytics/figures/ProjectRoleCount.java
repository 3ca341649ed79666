package org.companyunification.analytics.figures;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.companyunification.model.company.RoleCode;

/**
 * The project-scoped assignments of one role: how many there are, how many of them are primary, and how many
 * companies and projects they join.
 *
 * @param role the role
 * @param assignments the project-scoped assignments of the role
 * @param primary how many of them are the project's primary holder of the role
 * @param companies how many companies hold the role on at least one project
 * @param projects how many projects have at least one company in the role
 */
public record ProjectRoleCount(RoleCode role, long assignments, long primary, long companies, long projects) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException when the role is {@code null}
     * @throws IllegalArgumentException when a count is negative or more assignments are primary than exist
     */
    public ProjectRoleCount {
        requireNonNull(role, "role");
        checkArgument(assignments >= 0 && companies >= 0 && projects >= 0, "counts must not be negative");
        checkArgument(primary >= 0 && primary <= assignments,
                "primary must be between 0 and the assignments %s: %s", assignments, primary);
    }
}

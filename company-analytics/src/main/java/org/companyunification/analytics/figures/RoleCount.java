package org.companyunification.analytics.figures;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.companyunification.model.company.RoleCode;

/**
 * How many companies hold a role globally (not tied to a project).
 *
 * @param role the role
 * @param companies how many companies hold it, zero or more
 */
public record RoleCount(RoleCode role, long companies) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException when the role is {@code null}
     * @throws IllegalArgumentException when the count is negative
     */
    public RoleCount {
        requireNonNull(role, "role");
        checkArgument(companies >= 0, "companies must not be negative: %s", companies);
    }
}

package org.companyunification.analytics.figures;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.companyunification.model.company.RoleCode;

/**
 * A company among those holding a role on the most projects.
 *
 * @param role the role
 * @param rank its place for the role, from 1; companies on as many projects are ranked by id
 * @param companyId the company id
 * @param companyName the company name
 * @param projects the projects on which it holds the role
 */
public record TopCompany(RoleCode role, int rank, long companyId, String companyName, long projects) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException when the role or the name is {@code null}
     * @throws IllegalArgumentException when the rank or the projects are not positive
     */
    public TopCompany {
        requireNonNull(role, "role");
        requireNonNull(companyName, "companyName");
        checkArgument(rank >= 1, "rank must be positive: %s", rank);
        checkArgument(projects >= 1, "projects must be positive: %s", projects);
    }
}

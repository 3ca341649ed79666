package org.companyunification.query.view;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.companyunification.model.company.RoleCode;

/**
 * A company's role on a project: one row per project-scoped assignment, as the documented query "get companies
 * for a project" returns them. A company with two roles on the project appears twice.
 *
 * @param company the company
 * @param role the role; {@link RoleCode#label()} is the {@code role_label} of the catalogue
 * @param primary whether the company is the project's primary holder of the role
 * @param notes the assignment's notes, or empty
 */
public record ProjectCompany(CompanySummary company, RoleCode role, boolean primary, Optional<String> notes) {

    /**
     * Creates a row.
     *
     * @throws NullPointerException when a component is {@code null}
     */
    public ProjectCompany {
        checkNotNull(company, "company must not be null");
        checkNotNull(role, "role must not be null");
        checkNotNull(notes, "notes must not be null: use Optional.empty()");
    }

    /**
     * Returns the label people read for the role ({@code company_roles.role_label}).
     *
     * @return the label
     */
    public String roleLabel() {
        return role.label();
    }
}

package org.companyunification.query.view;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Set;
import org.companyunification.model.company.RoleCode;

/**
 * A company with every role it holds: its global roles and its roles on projects.
 *
 * @param company the company
 * @param globalRoles the roles it holds in general (not tied to a project), in catalogue order
 * @param projectRoles its roles on projects, by project id then role
 */
public record CompanyRoles(CompanySummary company, Set<RoleCode> globalRoles, List<ProjectRole> projectRoles) {

    /**
     * Creates the view; the collections are copied.
     *
     * @throws NullPointerException when a component is {@code null}
     */
    public CompanyRoles {
        checkNotNull(company, "company must not be null");
        globalRoles = Views.roles(globalRoles);
        projectRoles = List.copyOf(projectRoles);
    }
}

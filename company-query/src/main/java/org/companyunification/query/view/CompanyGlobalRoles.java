package org.companyunification.query.view;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Set;
import org.companyunification.model.company.RoleCode;

/**
 * A company with the roles it holds globally, as the documented query "company with all roles" lists them (there
 * with the labels joined by {@code GROUP_CONCAT}).
 *
 * @param company the company
 * @param roles its global roles, in catalogue order, empty when it holds none
 */
public record CompanyGlobalRoles(CompanyRef company, Set<RoleCode> roles) {

    /**
     * Creates the view; the roles are copied.
     *
     * @throws NullPointerException when a component is {@code null}
     */
    public CompanyGlobalRoles {
        checkNotNull(company, "company must not be null");
        roles = Views.roles(roles);
    }
}

package org.companyunification.query.view;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Set;
import org.companyunification.model.company.RoleCode;

/**
 * A row of the {@code /companies} list.
 *
 * @param company the company
 * @param globalRoles the roles it holds in general, in catalogue order
 * @param client whether it has a client profile
 */
public record CompanyListItem(CompanySummary company, Set<RoleCode> globalRoles, boolean client) {

    /**
     * Creates a row; the roles are copied.
     *
     * @throws NullPointerException when a component is {@code null}
     */
    public CompanyListItem {
        checkNotNull(company, "company must not be null");
        globalRoles = Views.roles(globalRoles);
    }
}

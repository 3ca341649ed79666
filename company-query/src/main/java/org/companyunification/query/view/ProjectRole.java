package org.companyunification.query.view;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.companyunification.model.company.RoleCode;

/**
 * A role a company holds on a project, seen from the company.
 *
 * @param project the project
 * @param role the role
 * @param primary whether the company is the project's primary holder of the role
 * @param notes the assignment's notes, or empty
 */
public record ProjectRole(ProjectRef project, RoleCode role, boolean primary, Optional<String> notes) {

    /**
     * Creates a project role.
     *
     * @throws NullPointerException when a component is {@code null}
     */
    public ProjectRole {
        checkNotNull(project, "project must not be null");
        checkNotNull(role, "role must not be null");
        checkNotNull(notes, "notes must not be null: use Optional.empty()");
    }
}

package org.companyunification.query.view;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A project named by its id and name.
 *
 * @param id the project id ({@code projects.project_id})
 * @param name the project name as stored
 */
public record ProjectRef(long id, String name) {

    /**
     * Creates a reference.
     *
     * @throws NullPointerException when the name is {@code null}
     */
    public ProjectRef {
        checkNotNull(name, "project name must not be null");
    }
}

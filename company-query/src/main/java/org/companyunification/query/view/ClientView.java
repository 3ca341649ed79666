package org.companyunification.query.view;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A client: a company with a client profile.
 *
 * @param company the company
 * @param profile its client profile
 */
public record ClientView(CompanySummary company, ClientProfileView profile) {

    /**
     * Creates the view.
     *
     * @throws NullPointerException when a component is {@code null}
     */
    public ClientView {
        checkNotNull(company, "company must not be null");
        checkNotNull(profile, "profile must not be null");
    }
}

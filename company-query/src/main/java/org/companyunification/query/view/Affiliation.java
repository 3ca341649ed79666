package org.companyunification.query.view;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A person's affiliation with a company ({@code person_company_affiliations} with {@code personnel}).
 *
 * @param id the affiliation id
 * @param personId the person's id ({@code personnel.personnel_id})
 * @param personName the person's full name
 * @param email the person's e-mail, or empty
 * @param title the title at the company, or empty
 * @param primary whether this is the person's primary affiliation
 * @param startDate when it started, or empty
 * @param endDate when it ended, or empty while it is current
 */
public record Affiliation(long id, long personId, String personName, Optional<String> email,
        Optional<String> title, boolean primary, Optional<LocalDate> startDate, Optional<LocalDate> endDate) {

    /**
     * Creates the view.
     *
     * @throws NullPointerException when a component is {@code null}
     */
    public Affiliation {
        checkNotNull(personName, "person name must not be null");
        checkNotNull(email, "email must not be null: use Optional.empty()");
        checkNotNull(title, "title must not be null: use Optional.empty()");
        checkNotNull(startDate, "start date must not be null: use Optional.empty()");
        checkNotNull(endDate, "end date must not be null: use Optional.empty()");
    }

    /**
     * Tells whether the affiliation is current: it has no end date.
     *
     * @return {@code true} when current
     */
    public boolean current() {
        return endDate.isEmpty();
    }
}

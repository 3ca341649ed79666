package org.companyunification.query.view;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;
import org.companyunification.model.company.ClientPriority;
import org.companyunification.model.company.RelationshipStrength;

/**
 * What the organisation knows about a company as a client ({@code client_profiles}).
 *
 * @param strength the relationship strength, or empty
 * @param priority the client priority, or empty
 * @param relationshipNotes the relationship notes, or empty
 * @param lastContactDate the last contact, or empty
 * @param nextContactDate the next planned contact, or empty
 */
public record ClientProfileView(Optional<RelationshipStrength> strength, Optional<ClientPriority> priority,
        Optional<String> relationshipNotes, Optional<LocalDate> lastContactDate,
        Optional<LocalDate> nextContactDate) {

    /**
     * Creates the view.
     *
     * @throws NullPointerException when a component is {@code null}
     */
    public ClientProfileView {
        checkNotNull(strength, "strength must not be null: use Optional.empty()");
        checkNotNull(priority, "priority must not be null: use Optional.empty()");
        checkNotNull(relationshipNotes, "relationship notes must not be null: use Optional.empty()");
        checkNotNull(lastContactDate, "last contact date must not be null: use Optional.empty()");
        checkNotNull(nextContactDate, "next contact date must not be null: use Optional.empty()");
    }
}

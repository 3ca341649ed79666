package org.companyunification.model.company;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import org.companyunification.model.internal.Texts;

/**
 * What the organisation records about a client: the values of a {@link ClientProfile}, stored in the CRM columns of
 * {@code client_profiles}. Every component may be {@code null} (not recorded). Legacy data has next contact dates before last contact dates; they are kept.
 *
 * <pre>{@code
 * ClientDetails details = ClientDetails.of(RelationshipStrength.STRONG, ClientPriority.HIGH)
 *         .lastContactedOn(LocalDate.of(2024, 3, 1));
 * }</pre>
 *
 * @param strength the relationship strength
 * @param priority the client priority
 * @param relationshipNotes notes on the relationship, blank read as none
 * @param lastContactDate when the client was last contacted
 * @param nextContactDate when the client is to be contacted next
 */
@Embeddable
public record ClientDetails(
        @Convert(converter = RelationshipStrengthConverter.class)
        @Column(name = "relationship_strength", length = 20) RelationshipStrength strength,
        @Convert(converter = ClientPriorityConverter.class)
        @Column(name = "client_priority", length = 20) ClientPriority priority,
        @Column(name = "relationship_notes") String relationshipNotes,
        @Column(name = "last_contact_date") LocalDate lastContactDate,
        @Column(name = "next_contact_date") LocalDate nextContactDate) {

    private static final ClientDetails NONE = new ClientDetails(null, null, null, null, null);

    /**
     * Creates client details, trimming the notes and reading blank notes as none.
     *
     * @param strength the relationship strength
     * @param priority the client priority
     * @param relationshipNotes notes on the relationship
     * @param lastContactDate when the client was last contacted
     * @param nextContactDate when the client is to be contacted next
     */
    public ClientDetails {
        relationshipNotes = Texts.optional(relationshipNotes, Integer.MAX_VALUE, "relationship notes");
    }

    /**
     * Returns client details with nothing recorded.
     *
     * @return the empty details
     */
    public static ClientDetails none() {
        return NONE;
    }

    /**
     * Returns details with a strength and a priority.
     *
     * @param strength the relationship strength, may be {@code null}
     * @param priority the client priority, may be {@code null}
     * @return the details
     */
    public static ClientDetails of(RelationshipStrength strength, ClientPriority priority) {
        return new ClientDetails(strength, priority, null, null, null);
    }

    /**
     * Returns a copy with other relationship notes.
     *
     * @param notes the notes, or {@code null} for none
     * @return the copy
     */
    public ClientDetails withRelationshipNotes(String notes) {
        return new ClientDetails(strength, priority, notes, lastContactDate, nextContactDate);
    }

    /**
     * Returns a copy with another last contact date.
     *
     * @param date the date, or {@code null} for none
     * @return the copy
     */
    public ClientDetails lastContactedOn(LocalDate date) {
        return new ClientDetails(strength, priority, relationshipNotes, date, nextContactDate);
    }

    /**
     * Returns a copy with another next contact date.
     *
     * @param date the date, or {@code null} for none
     * @return the copy
     */
    public ClientDetails nextContactOn(LocalDate date) {
        return new ClientDetails(strength, priority, relationshipNotes, lastContactDate, date);
    }
}

package org.companyunification.model.company;

import java.time.LocalDate;
import org.companyunification.model.internal.Texts;

/**
 * What the organisation records about a client: the values of a {@link ClientProfile}. Every component may be
 * {@code null} (not recorded). Legacy data has next contact dates before last contact dates; they are kept.
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
public record ClientDetails(RelationshipStrength strength, ClientPriority priority, String relationshipNotes,
        LocalDate lastContactDate, LocalDate nextContactDate) {

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

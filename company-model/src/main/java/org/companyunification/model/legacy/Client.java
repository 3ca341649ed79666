package org.companyunification.model.legacy;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Optional;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.companyunification.model.internal.Texts;

/**
 * A row of the legacy {@code clients} table: a client with the CRM columns that become a client profile. The
 * CRM values are kept verbatim: {@code relationship_strength} often holds values outside {@code Strong},
 * {@code Medium}, {@code Weak} and {@code New}; read them with
 * {@link org.companyunification.model.company.RelationshipStrength#normalise(String)}.
 */
@Entity
@Table(name = Client.TABLE)
@AttributeOverride(name = "id", column = @Column(name = "client_id"))
@AttributeOverride(name = "name", column = @Column(name = "client_name", nullable = false, length = 255))
public class Client extends LegacyCompany {

    /** The table name. */
    public static final String TABLE = "clients";

    @Column(name = "relationship_strength", length = 20)
    private String relationshipStrength;

    @Column(name = "client_priority", length = 20)
    private String clientPriority;

    @Column(name = "relationship_notes")
    private String relationshipNotes;

    @Column(name = "last_contact_date")
    private LocalDate lastContactDate;

    @Column(name = "next_contact_date")
    private LocalDate nextContactDate;

    /** For Hibernate. */
    protected Client() {}

    /**
     * Creates a row.
     *
     * @param id the {@code client_id}
     * @param name the {@code client_name}, kept verbatim, at most 255 characters
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} when the name is too long
     */
    public Client(long id, String name) {
        super(id, name);
    }

    /**
     * Returns the catalogue entry of the table.
     *
     * @return {@link LegacyTable#CLIENTS}
     */
    @Override
    public LegacyTable getLegacyTable() {
        return LegacyTable.CLIENTS;
    }

    /**
     * Replaces the CRM values, verbatim.
     *
     * @param relationshipStrength the strength as stored, at most 20 characters, {@code null} for none
     * @param clientPriority the priority as stored, at most 20 characters, {@code null} for none
     * @param relationshipNotes the notes, {@code null} for none
     * @param lastContactDate the last contact date, {@code null} for none
     * @param nextContactDate the next contact date, {@code null} for none
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} when a value is too long
     */
    public void changeRelationship(String relationshipStrength, String clientPriority, String relationshipNotes,
            LocalDate lastContactDate, LocalDate nextContactDate) {
        this.relationshipStrength = Texts.checkLength(relationshipStrength, 20, "relationship strength");
        this.clientPriority = Texts.checkLength(clientPriority, 20, "client priority");
        this.relationshipNotes = relationshipNotes;
        this.lastContactDate = lastContactDate;
        this.nextContactDate = nextContactDate;
    }

    /**
     * Returns the relationship strength as stored.
     *
     * @return the raw value, or empty when NULL
     */
    public Optional<String> getRelationshipStrength() {
        return Optional.ofNullable(relationshipStrength);
    }

    /**
     * Returns the client priority as stored.
     *
     * @return the raw value, or empty when NULL
     */
    public Optional<String> getClientPriority() {
        return Optional.ofNullable(clientPriority);
    }

    /**
     * Returns the relationship notes.
     *
     * @return the notes, or empty when NULL
     */
    public Optional<String> getRelationshipNotes() {
        return Optional.ofNullable(relationshipNotes);
    }

    /**
     * Returns the last contact date.
     *
     * @return the date, or empty when NULL
     */
    public Optional<LocalDate> getLastContactDate() {
        return Optional.ofNullable(lastContactDate);
    }

    /**
     * Returns the next contact date.
     *
     * @return the date, or empty when NULL
     */
    public Optional<LocalDate> getNextContactDate() {
        return Optional.ofNullable(nextContactDate);
    }
}

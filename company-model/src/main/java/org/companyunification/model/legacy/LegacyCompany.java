package org.companyunification.model.legacy;

import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.Objects;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.companyunification.model.company.ContactDetails;
import org.companyunification.model.company.RoleCode;
import org.companyunification.model.internal.Texts;
import org.companyunification.model.internal.TimestampedRow;
import org.companyunification.model.internal.Timestamps;

/**
 * The columns the six legacy company tables share: the id and the name (whose column names differ per table and
 * are overridden by each entity), the contact details, notes and timestamps. Values are kept verbatim, stray
 * whitespace and all: legacy rows are the record of what production holds.
 *
 * <p>Ids are assigned by the legacy applications, never generated. Two rows are equal when they are of the same
 * table and have the same id.
 */
@MappedSuperclass
public abstract class LegacyCompany extends TimestampedRow {

    @Id
    @Column(name = "id")
    private Long id;

    @Column(name = "name", nullable = false, length = 255)
    private String name;

    @Embedded
    private ContactDetails contactDetails;

    /** For Hibernate. */
    protected LegacyCompany() {}

    /**
     * Creates a row.
     *
     * @param id the row id
     * @param name the company name as the legacy table holds it, at most 255 characters
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} when the name is too long
     */
    protected LegacyCompany(long id, String name) {
        super(Timestamps.now());
        this.id = id;
        rename(name);
    }

    /**
     * Returns the entry of the {@link LegacyTable catalogue} that describes the table this row lives in.
     *
     * @return the table
     */
    public abstract LegacyTable getLegacyTable();

    /**
     * Returns the name of the table this row lives in.
     *
     * @return the table name, for example {@code technology_vendors}
     */
    public String getTableName() {
        return getLegacyTable().tableName();
    }

    /**
     * Returns the role a company plays by having a row in this table.
     *
     * @return the role
     */
    public RoleCode getRole() {
        return getLegacyTable().role();
    }

    /**
     * Replaces the name.
     *
     * @param name the name, kept verbatim, at most 255 characters
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} when it is too long
     */
    public void rename(String name) {
        checkNotNull(name, "the name of a %s row must not be null", getTableName());
        this.name = Texts.checkLength(name, 255, "name");
    }

    /**
     * Replaces the contact details.
     *
     * @param contactDetails the details, {@link ContactDetails#none()} for none
     */
    public void changeContactDetails(ContactDetails contactDetails) {
        checkNotNull(contactDetails, "contact details must not be null: use ContactDetails.none()");
        this.contactDetails = contactDetails.isEmpty() ? null : contactDetails;
    }

    /**
     * Replaces the notes.
     *
     * @param notes the notes, kept verbatim, {@code null} for none
     */
    public void changeNotes(String notes) {
        setNotes(notes);
    }

    /**
     * Returns the row id.
     *
     * @return the id
     */
    public Long getId() {
        return id;
    }

    /**
     * Returns the company name as stored.
     *
     * @return the name
     */
    public String getName() {
        return name;
    }

    /**
     * Returns the contact details.
     *
     * @return the details, {@link ContactDetails#none()} when all four columns are NULL
     */
    public ContactDetails getContactDetails() {
        return contactDetails == null ? ContactDetails.none() : contactDetails;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof LegacyCompany other && getTableName().equals(other.getTableName())
                && Objects.equals(id, other.getId());
    }

    @Override
    public int hashCode() {
        return Objects.hash(getTableName(), id);
    }

    @Override
    public String toString() {
        return getTableName() + "[" + id + " '" + name + "']";
    }
}

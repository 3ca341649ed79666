package org.companyunification.model.reference;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.companyunification.model.company.Company;
import org.companyunification.model.company.PersonAffiliation;
import org.companyunification.model.internal.Texts;
import org.companyunification.model.internal.TimestampedRow;
import org.companyunification.model.internal.Timestamps;

/**
 * A person ({@code personnel}). People are affiliated with companies through {@link
 * Company#affiliate(Person, org.companyunification.model.company.AffiliationTerms)}; {@link #getAffiliations()}
 * is the read-only view of those affiliations, loaded lazily. Equal by id, which is assigned and never changes.
 */
@Entity
@Table(name = "personnel")
public class Person extends TimestampedRow {

    @Id
    @Column(name = "personnel_id")
    private Long id;

    @Column(name = "full_name", nullable = false, length = 255)
    private String fullName;

    @Column(name = "email", length = 255)
    private String email;

    @Column(name = "phone", length = 50)
    private String phone;

    @OneToMany(mappedBy = "person")
    private List<PersonAffiliation> affiliations = new ArrayList<>();

    /** For Hibernate. */
    protected Person() {}

    /**
     * Creates a person.
     *
     * @param id the personnel id, assigned by the system that owns personnel
     * @param fullName the full name, trimmed, at most 255 characters
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} when the name is blank or too
     *     long
     */
    public Person(long id, String fullName) {
        super(Timestamps.now());
        this.id = id;
        this.fullName = Texts.required(fullName, 255, "full name");
    }

    /**
     * Changes the full name.
     *
     * @param fullName the new name, trimmed, at most 255 characters
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} when it is blank or too long
     */
    public void rename(String fullName) {
        this.fullName = Texts.required(fullName, 255, "full name");
    }

    /**
     * Records how to reach the person.
     *
     * @param email the e-mail address, at most 255 characters, {@code null} or blank for none
     * @param phone the phone number, at most 50 characters, {@code null} or blank for none
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} when a value is too long
     */
    public void changeContact(String email, String phone) {
        this.email = Texts.optional(email, 255, "e-mail");
        this.phone = Texts.optional(phone, 50, "phone");
    }

    /**
     * Replaces the notes.
     *
     * @param notes the notes, {@code null} or blank for none
     */
    public void changeNotes(String notes) {
        setNotes(Texts.optional(notes, Integer.MAX_VALUE, "notes"));
    }

    /**
     * Adds a new affiliation to this person's view, so that the view and the rule that a person has at most one
     * current primary affiliation see it before it is saved. {@link Company#affiliate} calls this; applications
     * have no need to.
     *
     * @param affiliation an affiliation of this person that is not in the view yet
     * @throws IllegalArgumentException when the affiliation belongs to another person
     */
    public void recordAffiliation(PersonAffiliation affiliation) {
        checkNotNull(affiliation, "affiliation must not be null");
        checkArgument(affiliation.getPerson() == this || equals(affiliation.getPerson()),
                "affiliation %s belongs to %s, not to %s", affiliation, affiliation.getPerson(), this);
        affiliations.add(affiliation);
    }

    /**
     * Returns the personnel id.
     *
     * @return the id
     */
    public Long getId() {
        return id;
    }

    /**
     * Returns the full name.
     *
     * @return the name
     */
    public String getFullName() {
        return fullName;
    }

    /**
     * Returns the e-mail address.
     *
     * @return the address, or empty when none
     */
    public Optional<String> getEmail() {
        return Optional.ofNullable(email);
    }

    /**
     * Returns the phone number.
     *
     * @return the number, or empty when none
     */
    public Optional<String> getPhone() {
        return Optional.ofNullable(phone);
    }

    /**
     * Returns the person's affiliations with companies, current and past, loaded on first use.
     *
     * @return a read-only view
     */
    public List<PersonAffiliation> getAffiliations() {
        return Collections.unmodifiableList(affiliations);
    }

    /**
     * Returns the person's current primary affiliation.
     *
     * @return the primary affiliation without an end date, or empty when there is none
     */
    public Optional<PersonAffiliation> getCurrentPrimaryAffiliation() {
        return affiliations.stream().filter(PersonAffiliation::isCurrentPrimary).findFirst();
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Person other && Objects.equals(id, other.getId());
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return "Person[" + id + " '" + fullName + "']";
    }
}

package org.companyunification.model.company;

import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Optional;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.companyunification.model.internal.Texts;
import org.companyunification.model.reference.Person;

/**
 * A person's affiliation with a company ({@code person_company_affiliations}), created by {@link
 * Company#affiliate}. An affiliation without an end date is current. A person has at most one current primary
 * affiliation: making one primary (or making a primary one current again) demotes the person's other current
 * primary affiliation, with whatever company.
 *
 * <p>The table's generated column {@code current_primary}, which makes the database enforce that rule, is not
 * mapped: the database computes it.
 */
@Entity
@Table(name = "person_company_affiliations")
@AssociationOverride(name = "company", joinColumns = @JoinColumn(name = "company_id", nullable = false))
public class PersonAffiliation extends CompanyOwnedRow {

    private static final String SEQUENCE = "person_company_affiliations_seq";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = SEQUENCE)
    @SequenceGenerator(name = SEQUENCE, sequenceName = SEQUENCE, allocationSize = 50)
    @Column(name = "affiliation_id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @Column(name = "title", length = 255)
    private String title;

    @Column(name = "is_primary", nullable = false)
    private boolean primary;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    /** For Hibernate. */
    protected PersonAffiliation() {}

    /** Creates a non-primary affiliation with the terms' title, period and notes. */
    PersonAffiliation(Person person, Company company, AffiliationTerms terms) {
        super(company, terms.notes());
        this.person = person;
        this.title = terms.title();
        this.startDate = terms.startDate();
        this.endDate = terms.endDate();
    }

    /**
     * Makes this the person's primary affiliation. When it is current, the person's other current primary
     * affiliation stops being primary.
     */
    public void makePrimary() {
        primary = true;
        if (isCurrent()) {
            demoteOtherCurrentPrimaries();
        }
    }

    /** Makes this a secondary affiliation of the person. */
    public void makeSecondary() {
        primary = false;
    }

    /**
     * Ends the affiliation.
     *
     * @param date the last day
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} when the date is before the
     *     start date
     */
    public void endOn(LocalDate date) {
        checkNotNull(date, "end date must not be null: use changePeriod(start, null) to make it current again");
        changePeriod(startDate, date);
    }

    /**
     * Replaces the period. Making a primary affiliation current again demotes the person's other current primary
     * affiliation.
     *
     * @param startDate the start date, {@code null} when unknown
     * @param endDate the end date, {@code null} for a current affiliation
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} when the end date is before the
     *     start date
     */
    public void changePeriod(LocalDate startDate, LocalDate endDate) {
        AffiliationTerms.checkPeriod(startDate, endDate);
        this.startDate = startDate;
        this.endDate = endDate;
        if (isCurrentPrimary()) {
            demoteOtherCurrentPrimaries();
        }
    }

    /**
     * Replaces the title.
     *
     * @param title the title, at most 255 characters, {@code null} or blank for none
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} when it is too long
     */
    public void changeTitle(String title) {
        this.title = Texts.optional(title, 255, "affiliation title");
    }

    private void demoteOtherCurrentPrimaries() {
        for (PersonAffiliation other : person.getAffiliations()) {
            if (other != this && other.isCurrentPrimary()) {
                other.makeSecondary();
            }
        }
    }

    /**
     * Returns the affiliation id.
     *
     * @return the id, {@code null} until saved
     */
    @Override
    public Long getId() {
        return id;
    }

    /**
     * Returns the person.
     *
     * @return the person
     */
    public Person getPerson() {
        return person;
    }

    /**
     * Returns the title.
     *
     * @return the title, or empty when none
     */
    public Optional<String> getTitle() {
        return Optional.ofNullable(title);
    }

    /**
     * Tells whether this is a primary affiliation of the person (current or, when ended, at the time).
     *
     * @return the primary flag
     */
    public boolean isPrimary() {
        return primary;
    }

    /**
     * Tells whether the affiliation is current.
     *
     * @return {@code true} when it has no end date
     */
    public boolean isCurrent() {
        return endDate == null;
    }

    /**
     * Tells whether this is the person's current primary affiliation.
     *
     * @return {@code true} when primary and without an end date
     */
    public boolean isCurrentPrimary() {
        return primary && endDate == null;
    }

    /**
     * Returns the start date.
     *
     * @return the start date, or empty when unknown
     */
    public Optional<LocalDate> getStartDate() {
        return Optional.ofNullable(startDate);
    }

    /**
     * Returns the end date.
     *
     * @return the end date, or empty while current
     */
    public Optional<LocalDate> getEndDate() {
        return Optional.ofNullable(endDate);
    }

    @Override
    public String toString() {
        return "PersonAffiliation[" + id + (primary ? " primary" : "") + (endDate == null ? " current" : "")
                + "]";
    }
}

package org.companyunification.model.company;

import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.util.Optional;
import org.companyunification.model.internal.Texts;
import org.companyunification.model.internal.UnifiedRow;
import org.hibernate.Hibernate;

/**
 * A unified row that a company owns and that carries free-text notes: a {@link RoleAssignment} and a {@link
 * PersonAffiliation}. The owning company ({@code company_id}) is loaded on first use.
 *
 * <p>Ids are generated when the row is saved. Two rows are equal when they are of the same entity and have the
 * same id; a row not saved yet is equal only to itself.
 */
@MappedSuperclass
public abstract class CompanyOwnedRow extends UnifiedRow {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id", nullable = false, updatable = false)
    private Company company;

    @Column(name = "notes")
    private String notes;

    /** For Hibernate. */
    protected CompanyOwnedRow() {}

    /**
     * Starts a row of the company.
     *
     * @param company the owning company
     * @param notes the notes, trimmed, {@code null} or blank for none
     */
    CompanyOwnedRow(Company company, String notes) {
        this.company = company;
        this.notes = cleanNotes(notes);
    }

    /**
     * Replaces the notes.
     *
     * @param notes the notes, {@code null} or blank for none
     */
    public void changeNotes(String notes) {
        this.notes = cleanNotes(notes);
    }

    private static String cleanNotes(String notes) {
        return Texts.optional(notes, Integer.MAX_VALUE, "notes");
    }

    /**
     * Returns the row's id.
     *
     * @return the id, {@code null} until saved
     */
    public abstract Long getId();

    /**
     * Returns the company that owns the row.
     *
     * @return the company
     */
    public Company getCompany() {
        return company;
    }

    /**
     * Returns the notes.
     *
     * @return the notes, or empty when none
     */
    public Optional<String> getNotes() {
        return Optional.ofNullable(notes);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof CompanyOwnedRow other && Hibernate.getClassLazy(this) == Hibernate.getClassLazy(other)
                && getId() != null && getId().equals(other.getId());
    }

    @Override
    public int hashCode() {
        return Hibernate.getClassLazy(this).hashCode();
    }
}

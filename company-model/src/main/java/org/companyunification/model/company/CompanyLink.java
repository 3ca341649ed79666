package org.companyunification.model.company;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PostRemove;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Optional;
import org.companyunification.model.internal.Texts;
import org.companyunification.model.internal.Timestamps;
import org.hibernate.Hibernate;

/**
 * A directed link from one company to another ({@code internal_external_links}), created by {@link
 * Company#linkTo}. A company is never linked to itself, and at most once with the same type to the same
 * company.
 */
@Entity
@Table(name = "internal_external_links")
public class CompanyLink {

    private static final String SEQUENCE = "internal_external_links_seq";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = SEQUENCE)
    @SequenceGenerator(name = SEQUENCE, sequenceName = SEQUENCE, allocationSize = 50)
    @Column(name = "link_id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id", nullable = false, updatable = false)
    private Company company;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "related_company_id", nullable = false)
    private Company relatedCompany;

    @Column(name = "link_type", nullable = false, length = LinkType.MAX_LENGTH, updatable = false)
    private String linkType;

    @Column(name = "notes")
    private String notes;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    /** For Hibernate. */
    protected CompanyLink() {}

    CompanyLink(Company company, Company relatedCompany, LinkType linkType, String notes) {
        this.company = company;
        this.relatedCompany = relatedCompany;
        this.linkType = linkType.value();
        this.notes = Texts.optional(notes, Integer.MAX_VALUE, "link notes");
        this.createdAt = Timestamps.now();
    }

    CompanyLink relink(String notes) {
        changeNotes(notes);
        return this;
    }

    @PostRemove
    void deleted() {
        if (Hibernate.isInitialized(company)) {
            company.forgetRemoved(this);
        }
    }

    /**
     * Replaces the notes.
     *
     * @param notes the notes, {@code null} or blank for none
     */
    public void changeNotes(String notes) {
        this.notes = Texts.optional(notes, Integer.MAX_VALUE, "link notes");
    }

    /**
     * Returns the link id.
     *
     * @return the id, {@code null} until saved
     */
    public Long getId() {
        return id;
    }

    /**
     * Returns the company the link starts from.
     *
     * @return the company
     */
    public Company getCompany() {
        return company;
    }

    /**
     * Returns the company the link points to.
     *
     * @return the related company
     */
    public Company getRelatedCompany() {
        return relatedCompany;
    }

    /**
     * Returns what the link means.
     *
     * @return the link type
     */
    public LinkType getLinkType() {
        return new LinkType(linkType);
    }

    /**
     * Returns the notes.
     *
     * @return the notes, or empty when none
     */
    public Optional<String> getNotes() {
        return Optional.ofNullable(notes);
    }

    /**
     * Returns when the link was created.
     *
     * @return the creation time
     */
    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof CompanyLink other && id != null && id.equals(other.getId());
    }

    @Override
    public int hashCode() {
        return CompanyLink.class.hashCode();
    }

    @Override
    public String toString() {
        return "CompanyLink[" + id + " '" + linkType + "']";
    }
}

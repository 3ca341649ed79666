package org.companyunification.model.company;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.companyunification.model.internal.Timestamps;
import org.companyunification.model.internal.UnifiedRow;
import org.hibernate.Hibernate;

/**
 * What the organisation records about a company as a client ({@code client_profiles}), sharing the company's
 * primary key. Created, changed and removed through {@link Company#setClientProfile(ClientDetails)} and {@link
 * Company#clearClientProfile()}. Equal when they belong to the same company.
 */
@Entity
@Table(name = "client_profiles")
public class ClientProfile extends UnifiedRow {

    @Id
    @Column(name = "company_id")
    private Long companyId;

    @MapsId
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id")
    private Company company;

    @Convert(converter = RelationshipStrengthConverter.class)
    @Column(name = "relationship_strength", length = 20)
    private RelationshipStrength strength;

    @Convert(converter = ClientPriorityConverter.class)
    @Column(name = "client_priority", length = 20)
    private ClientPriority priority;

    @Column(name = "relationship_notes")
    private String relationshipNotes;

    @Column(name = "last_contact_date")
    private LocalDate lastContactDate;

    @Column(name = "next_contact_date")
    private LocalDate nextContactDate;

    @Column(name = "updated_at")
    private LocalDateTime updatedAt;

    /** For Hibernate. */
    protected ClientProfile() {}

    ClientProfile(Company company, ClientDetails details) {
        this.company = company;
        change(details);
    }

    void change(ClientDetails details) {
        this.strength = details.strength();
        this.priority = details.priority();
        this.relationshipNotes = details.relationshipNotes();
        this.lastContactDate = details.lastContactDate();
        this.nextContactDate = details.nextContactDate();
    }

    @PostRemove
    void deleted() {
        if (Hibernate.isInitialized(company)) {
            company.forgetRemoved(this);
        }
    }

    @PreUpdate
    void touch() {
        updatedAt = Timestamps.now();
    }

    /**
     * Returns the company this profile describes.
     *
     * @return the company
     */
    public Company getCompany() {
        return company;
    }

    /**
     * Returns the recorded values.
     *
     * @return the details
     */
    public ClientDetails getDetails() {
        return new ClientDetails(strength, priority, relationshipNotes, lastContactDate, nextContactDate);
    }

    /**
     * Returns the relationship strength.
     *
     * @return the strength, or empty when not rated
     */
    public Optional<RelationshipStrength> getStrength() {
        return Optional.ofNullable(strength);
    }

    /**
     * Returns the client priority.
     *
     * @return the priority, or empty when not set
     */
    public Optional<ClientPriority> getPriority() {
        return Optional.ofNullable(priority);
    }

    /**
     * Returns when the profile was last changed.
     *
     * @return the time of the last change, or empty when never changed
     */
    public Optional<LocalDateTime> getUpdatedAt() {
        return Optional.ofNullable(updatedAt);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof ClientProfile other && company.equals(other.getCompany());
    }

    @Override
    public int hashCode() {
        return ClientProfile.class.hashCode();
    }

    @Override
    public String toString() {
        return "ClientProfile[" + companyId + " " + strength + " " + priority + "]";
    }
}

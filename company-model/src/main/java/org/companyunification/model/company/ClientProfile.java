package org.companyunification.model.company;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.PostRemove;
import jakarta.persistence.Table;
import java.util.Optional;
import org.companyunification.model.internal.ChangeableUnifiedRow;
import org.hibernate.Hibernate;

/**
 * What the organisation records about a company as a client ({@code client_profiles}), sharing the company's
 * primary key. Created, changed and removed through {@link Company#setClientProfile(ClientDetails)} and {@link
 * Company#clearClientProfile()}. Equal when they belong to the same company.
 */
@Entity
@Table(name = "client_profiles")
public class ClientProfile extends ChangeableUnifiedRow {

    @Id
    @Column(name = "company_id")
    private Long companyId;

    @MapsId
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id")
    private Company company;

    @Embedded
    private ClientDetails details;

    /** For Hibernate. */
    protected ClientProfile() {}

    ClientProfile(Company company, ClientDetails details) {
        this.company = company;
        change(details);
    }

    void change(ClientDetails details) {
        this.details = details;
    }

    @PostRemove
    void deleted() {
        if (Hibernate.isInitialized(company)) {
            company.forgetRemoved(this);
        }
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
        return details == null ? ClientDetails.none() : details;
    }

    /**
     * Returns the relationship strength.
     *
     * @return the strength, or empty when not rated
     */
    public Optional<RelationshipStrength> getStrength() {
        return Optional.ofNullable(getDetails().strength());
    }

    /**
     * Returns the client priority.
     *
     * @return the priority, or empty when not set
     */
    public Optional<ClientPriority> getPriority() {
        return Optional.ofNullable(getDetails().priority());
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
        return "ClientProfile[" + companyId + " " + getDetails().strength() + " " + getDetails().priority() + "]";
    }
}

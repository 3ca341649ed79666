package org.companyunification.model.company;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.annotations.Immutable;

/**
 * A row of the seeded role catalogue ({@code company_roles}), read-only. {@link RoleCode} carries the same ids,
 * codes and labels, so the domain never needs to load these rows; they are mapped for queries and reports.
 */
@Entity
@Immutable
@Table(name = "company_roles")
public class CompanyRole {

    @Id
    @Column(name = "role_id")
    private Integer id;

    @Column(name = "role_code", nullable = false, length = 30)
    private String code;

    @Column(name = "role_label", nullable = false, length = 100)
    private String label;

    @Column(name = "description", length = 500)
    private String description;

    /** For Hibernate. */
    protected CompanyRole() {}

    /**
     * Returns the role id.
     *
     * @return the id
     */
    public Integer getId() {
        return id;
    }

    /**
     * Returns the role code as stored.
     *
     * @return the code
     */
    public String getCode() {
        return code;
    }

    /**
     * Returns the role this row describes.
     *
     * @return the role
     */
    public RoleCode getRoleCode() {
        return RoleCode.of(code);
    }

    /**
     * Returns the label people read.
     *
     * @return the label
     */
    public String getLabel() {
        return label;
    }

    /**
     * Returns the description.
     *
     * @return the description, or empty when none
     */
    public Optional<String> getDescription() {
        return Optional.ofNullable(description);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof CompanyRole other && Objects.equals(id, other.getId());
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return "CompanyRole[" + id + " " + code + "]";
    }
}

package org.companyunification.model.legacy;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import org.companyunification.model.company.RoleCode;
import org.companyunification.model.internal.Timestamps;

/**
 * The columns the five legacy {@code project_*_relationships} tables share: a company row of one legacy table
 * plays its role on a project. The company id column is named per table ({@code vendor_id}, {@code owner_id},
 * ...) and overridden by each entity. The tables declare no foreign keys, so project and company ids are plain
 * values that may point at rows that do not exist.
 *
 * <p>Ids are assigned by the legacy applications, never generated. Two rows are equal when they are of the same
 * table and have the same id.
 */
@MappedSuperclass
public abstract class LegacyProjectRelationship {

    @Id
    @Column(name = "relationship_id")
    private Long id;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Column(name = "is_primary", nullable = false)
    private boolean primary;

    @Column(name = "notes")
    private String notes;

    @Column(name = "created_at")
    private LocalDateTime createdAt;

    /** For Hibernate. */
    protected LegacyProjectRelationship() {}

    /**
     * Creates a row.
     *
     * @param id the relationship id
     * @param projectId the project
     * @param companyId the id of the company row in the legacy company table of this relationship
     * @param primary whether the company is the project's primary holder of the role
     * @param notes the notes, kept verbatim, {@code null} for none
     */
    protected LegacyProjectRelationship(long id, long projectId, long companyId, boolean primary, String notes) {
        this.id = id;
        this.projectId = projectId;
        this.companyId = companyId;
        this.primary = primary;
        this.notes = notes;
        this.createdAt = Timestamps.now();
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
     * @return the table name, for example {@code project_vendor_relationships}
     */
    public String getTableName() {
        return getLegacyTable().tableName();
    }

    /**
     * Returns the legacy company table the company id points into.
     *
     * @return the table name, for example {@code technology_vendors}
     */
    public String getCompanyTableName() {
        return getLegacyTable().companyTable().tableName();
    }

    /**
     * Returns the role the company plays on the project.
     *
     * @return the role
     */
    public RoleCode getRole() {
        return getLegacyTable().role();
    }

    /** Makes the company the project's primary holder of the role. */
    public void makePrimary() {
        this.primary = true;
    }

    /** Makes the company a secondary holder of the role on the project. */
    public void makeSecondary() {
        this.primary = false;
    }

    /**
     * Replaces the notes.
     *
     * @param notes the notes, kept verbatim, {@code null} for none
     */
    public void changeNotes(String notes) {
        this.notes = notes;
    }

    /**
     * Returns the relationship id.
     *
     * @return the id
     */
    public Long getId() {
        return id;
    }

    /**
     * Returns the project id, which may point at no project.
     *
     * @return the project id
     */
    public long getProjectId() {
        return projectId;
    }

    /**
     * Returns the id of the company row in {@link #getCompanyTableName()}, which may point at no row.
     *
     * @return the company row id
     */
    public long getCompanyId() {
        return companyId;
    }

    /**
     * Tells whether the company is the project's primary holder of the role.
     *
     * @return the primary flag
     */
    public boolean isPrimary() {
        return primary;
    }

    /**
     * Returns the notes.
     *
     * @return the notes, or empty when NULL
     */
    public Optional<String> getNotes() {
        return Optional.ofNullable(notes);
    }

    /**
     * Returns when the row was created.
     *
     * @return the creation time, or empty when NULL
     */
    public Optional<LocalDateTime> getCreatedAt() {
        return Optional.ofNullable(createdAt);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof LegacyProjectRelationship other
                && getTableName().equals(other.getTableName()) && Objects.equals(id, other.getId());
    }

    @Override
    public int hashCode() {
        return Objects.hash(getTableName(), id);
    }

    @Override
    public String toString() {
        return getTableName() + "[" + id + " project " + projectId + " company " + companyId + "]";
    }
}

package org.companyunification.model.legacy;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.companyunification.model.company.RoleCode;

/**
 * The columns the five legacy {@code project_*_relationships} tables share: a company row of one legacy table
 * plays its role on a project. The company id column is named per table ({@code vendor_id}, {@code owner_id},
 * ...) and overridden by each entity. The tables declare no foreign keys, so project and company ids are plain
 * values that may point at rows that do not exist.
 */
@MappedSuperclass
public abstract class LegacyProjectRelationship extends LegacyRelationship {

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "company_id", nullable = false)
    private long companyId;

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
        super(id, primary, notes);
        this.projectId = projectId;
        this.companyId = companyId;
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
    @Override
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
        setPrimary(true);
    }

    /** Makes the company a secondary holder of the role on the project. */
    public void makeSecondary() {
        setPrimary(false);
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

    @Override
    public String toString() {
        return getTableName() + "[" + getId() + " project " + projectId + " company " + companyId + "]";
    }
}

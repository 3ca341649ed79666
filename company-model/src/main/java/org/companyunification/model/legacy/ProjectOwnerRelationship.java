package org.companyunification.model.legacy;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A row of the legacy {@code project_owner_relationships} table: an owner or developer of a project. */
@Entity
@Table(name = ProjectOwnerRelationship.TABLE)
@AttributeOverride(name = "companyId", column = @Column(name = "owner_id", nullable = false))
public class ProjectOwnerRelationship extends LegacyProjectRelationship {

    /** The table name. */
    public static final String TABLE = "project_owner_relationships";

    /** For Hibernate. */
    protected ProjectOwnerRelationship() {}

    /**
     * Creates a row.
     *
     * @param id the relationship id
     * @param projectId the project
     * @param ownerId the {@code owner_id}, a row of {@code owners_developers}
     * @param primary whether the company is the project's primary holder of the role
     * @param notes the notes, kept verbatim, {@code null} for none
     */
    public ProjectOwnerRelationship(long id, long projectId, long ownerId, boolean primary, String notes) {
        super(id, projectId, ownerId, primary, notes);
    }

    /**
     * Returns the catalogue entry of the table.
     *
     * @return {@link LegacyTable#PROJECT_OWNER_RELATIONSHIPS}
     */
    @Override
    public LegacyTable getLegacyTable() {
        return LegacyTable.PROJECT_OWNER_RELATIONSHIPS;
    }
}

package org.companyunification.model.legacy;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A row of the legacy {@code project_constructor_relationships} table: a constructor of a project. */
@Entity
@Table(name = ProjectConstructorRelationship.TABLE)
@AttributeOverride(name = "companyId", column = @Column(name = "constructor_id", nullable = false))
public class ProjectConstructorRelationship extends LegacyProjectRelationship {

    /** The table name. */
    public static final String TABLE = "project_constructor_relationships";

    /** For Hibernate. */
    protected ProjectConstructorRelationship() {}

    /**
     * Creates a row.
     *
     * @param id the relationship id
     * @param projectId the project
     * @param constructorId the {@code constructor_id}, a row of {@code constructors}
     * @param primary whether the company is the project's primary holder of the role
     * @param notes the notes, kept verbatim, {@code null} for none
     */
    public ProjectConstructorRelationship(long id, long projectId, long constructorId, boolean primary, String notes) {
        super(id, projectId, constructorId, primary, notes);
    }

    /**
     * Returns the catalogue entry of the table.
     *
     * @return {@link LegacyTable#PROJECT_CONSTRUCTOR_RELATIONSHIPS}
     */
    @Override
    public LegacyTable getLegacyTable() {
        return LegacyTable.PROJECT_CONSTRUCTOR_RELATIONSHIPS;
    }
}

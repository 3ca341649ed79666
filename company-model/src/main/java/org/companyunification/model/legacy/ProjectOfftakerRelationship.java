package org.companyunification.model.legacy;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A row of the legacy {@code project_offtaker_relationships} table: an off-taker of a project. */
@Entity
@Table(name = ProjectOfftakerRelationship.TABLE)
@AttributeOverride(name = "companyId", column = @Column(name = "offtaker_id", nullable = false))
public class ProjectOfftakerRelationship extends LegacyProjectRelationship {

    /** The table name. */
    public static final String TABLE = "project_offtaker_relationships";

    /** For Hibernate. */
    protected ProjectOfftakerRelationship() {}

    /**
     * Creates a row.
     *
     * @param id the relationship id
     * @param projectId the project
     * @param offtakerId the {@code offtaker_id}, a row of {@code offtakers}
     * @param primary whether the company is the project's primary holder of the role
     * @param notes the notes, kept verbatim, {@code null} for none
     */
    public ProjectOfftakerRelationship(long id, long projectId, long offtakerId, boolean primary, String notes) {
        super(id, projectId, offtakerId, primary, notes);
    }

    /**
     * Returns the catalogue entry of the table.
     *
     * @return {@link LegacyTable#PROJECT_OFFTAKER_RELATIONSHIPS}
     */
    @Override
    public LegacyTable getLegacyTable() {
        return LegacyTable.PROJECT_OFFTAKER_RELATIONSHIPS;
    }
}

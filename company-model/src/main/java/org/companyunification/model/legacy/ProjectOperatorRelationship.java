package org.companyunification.model.legacy;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A row of the legacy {@code project_operator_relationships} table: the operator of a project. */
@Entity
@Table(name = ProjectOperatorRelationship.TABLE)
@AttributeOverride(name = "companyId", column = @Column(name = "operator_id", nullable = false))
public class ProjectOperatorRelationship extends LegacyProjectRelationship {

    /** The table name. */
    public static final String TABLE = "project_operator_relationships";

    /** For Hibernate. */
    protected ProjectOperatorRelationship() {}

    /**
     * Creates a row.
     *
     * @param id the relationship id
     * @param projectId the project
     * @param operatorId the {@code operator_id}, a row of {@code operators}
     * @param primary whether the company is the project's primary holder of the role
     * @param notes the notes, kept verbatim, {@code null} for none
     */
    public ProjectOperatorRelationship(long id, long projectId, long operatorId, boolean primary, String notes) {
        super(id, projectId, operatorId, primary, notes);
    }

    /**
     * Returns the catalogue entry of the table.
     *
     * @return {@link LegacyTable#PROJECT_OPERATOR_RELATIONSHIPS}
     */
    @Override
    public LegacyTable getLegacyTable() {
        return LegacyTable.PROJECT_OPERATOR_RELATIONSHIPS;
    }
}

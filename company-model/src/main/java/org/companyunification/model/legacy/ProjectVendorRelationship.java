package org.companyunification.model.legacy;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A row of the legacy {@code project_vendor_relationships} table: a vendor on a project. */
@Entity
@Table(name = ProjectVendorRelationship.TABLE)
@AttributeOverride(name = "companyId", column = @Column(name = "vendor_id", nullable = false))
public class ProjectVendorRelationship extends LegacyProjectRelationship {

    /** The table name. */
    public static final String TABLE = "project_vendor_relationships";

    /** For Hibernate. */
    protected ProjectVendorRelationship() {}

    /**
     * Creates a row.
     *
     * @param id the relationship id
     * @param projectId the project
     * @param vendorId the {@code vendor_id}, a row of {@code technology_vendors}
     * @param primary whether the company is the project's primary holder of the role
     * @param notes the notes, kept verbatim, {@code null} for none
     */
    public ProjectVendorRelationship(long id, long projectId, long vendorId, boolean primary, String notes) {
        super(id, projectId, vendorId, primary, notes);
    }

    /**
     * Returns the catalogue entry of the table.
     *
     * @return {@link LegacyTable#PROJECT_VENDOR_RELATIONSHIPS}
     */
    @Override
    public LegacyTable getLegacyTable() {
        return LegacyTable.PROJECT_VENDOR_RELATIONSHIPS;
    }
}

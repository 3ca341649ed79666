package org.companyunification.sync.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;

/** A row of the legacy {@code owners_developers} table, with its own column names. */
public record OwnerDeveloperRow(
        long ownerId,
        String companyName,
        String companyType,
        String website,
        String country,
        String contactEmail,
        String contactPhone,
        String notes,
        LocalDateTime createdAt,
        LocalDateTime updatedAt) {

    /** The columns, in the order of the record's components. */
    static final String COLUMNS = "owner_id, company_name, company_type, website, country, contact_email, contact_phone, notes, created_at, updated_at";

    static OwnerDeveloperRow read(ResultSet rs) throws SQLException {
        return new OwnerDeveloperRow(
                rs.getLong("owner_id"),
                rs.getString("company_name"),
                rs.getString("company_type"),
                rs.getString("website"),
                rs.getString("country"),
                rs.getString("contact_email"),
                rs.getString("contact_phone"),
                rs.getString("notes"),
                rs.getObject("created_at", LocalDateTime.class),
                rs.getObject("updated_at", LocalDateTime.class));
    }
}

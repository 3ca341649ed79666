package org.companyunification.sync.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;

/** A row of the legacy {@code offtakers} table, with its own column names. */
public record OfftakerRow(
        long offtakerId,
        String organizationName,
        String website,
        String country,
        String contactEmail,
        String contactPhone,
        String sector,
        String notes,
        LocalDateTime createdAt,
        LocalDateTime updatedAt) {

    /** The columns, in the order of the record's components. */
    static final String COLUMNS = "offtaker_id, organization_name, website, country, contact_email, contact_phone, sector, notes, created_at, updated_at";

    static OfftakerRow read(ResultSet rs) throws SQLException {
        return new OfftakerRow(
                rs.getLong("offtaker_id"),
                rs.getString("organization_name"),
                rs.getString("website"),
                rs.getString("country"),
                rs.getString("contact_email"),
                rs.getString("contact_phone"),
                rs.getString("sector"),
                rs.getString("notes"),
                rs.getObject("created_at", LocalDateTime.class),
                rs.getObject("updated_at", LocalDateTime.class));
    }
}

package org.companyunification.sync.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;

/** A row of the legacy {@code technology_vendors} table, with its own column names. */
public record VendorRow(
        long vendorId,
        String vendorName,
        String website,
        String country,
        String contactEmail,
        String contactPhone,
        String reactorType,
        String notes,
        LocalDateTime createdAt,
        LocalDateTime updatedAt) {

    /** The columns, in the order of the record's components. */
    static final String COLUMNS = "vendor_id, vendor_name, website, country, contact_email, contact_phone, reactor_type, notes, created_at, updated_at";

    static VendorRow read(ResultSet rs) throws SQLException {
        return new VendorRow(
                rs.getLong("vendor_id"),
                rs.getString("vendor_name"),
                rs.getString("website"),
                rs.getString("country"),
                rs.getString("contact_email"),
                rs.getString("contact_phone"),
                rs.getString("reactor_type"),
                rs.getString("notes"),
                rs.getObject("created_at", LocalDateTime.class),
                rs.getObject("updated_at", LocalDateTime.class));
    }
}

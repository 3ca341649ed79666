package org.companyunification.sync.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;

/** A row of the legacy {@code operators} table, with its own column names. */
public record OperatorRow(
        long operatorId,
        String operatorName,
        String website,
        String country,
        String contactEmail,
        String contactPhone,
        String notes,
        LocalDateTime createdAt,
        LocalDateTime updatedAt) {

    /** The columns, in the order of the record's components. */
    static final String COLUMNS = "operator_id, operator_name, website, country, contact_email, contact_phone, notes, created_at, updated_at";

    static OperatorRow read(ResultSet rs) throws SQLException {
        return new OperatorRow(
                rs.getLong("operator_id"),
                rs.getString("operator_name"),
                rs.getString("website"),
                rs.getString("country"),
                rs.getString("contact_email"),
                rs.getString("contact_phone"),
                rs.getString("notes"),
                rs.getObject("created_at", LocalDateTime.class),
                rs.getObject("updated_at", LocalDateTime.class));
    }
}

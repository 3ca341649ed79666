package org.companyunification.sync.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A row of the legacy {@code clients} table, with its own column names. */
public record ClientRow(
        long clientId,
        String clientName,
        String website,
        String country,
        String contactEmail,
        String contactPhone,
        String relationshipStrength,
        String clientPriority,
        String relationshipNotes,
        LocalDate lastContactDate,
        LocalDate nextContactDate,
        String notes,
        LocalDateTime createdAt,
        LocalDateTime updatedAt) {

    /** The columns, in the order of the record's components. */
    static final String COLUMNS = "client_id, client_name, website, country, contact_email, contact_phone, relationship_strength, client_priority, relationship_notes, last_contact_date, next_contact_date, notes, created_at, updated_at";

    static ClientRow read(ResultSet rs) throws SQLException {
        return new ClientRow(
                rs.getLong("client_id"),
                rs.getString("client_name"),
                rs.getString("website"),
                rs.getString("country"),
                rs.getString("contact_email"),
                rs.getString("contact_phone"),
                rs.getString("relationship_strength"),
                rs.getString("client_priority"),
                rs.getString("relationship_notes"),
                rs.getObject("last_contact_date", LocalDate.class),
                rs.getObject("next_contact_date", LocalDate.class),
                rs.getString("notes"),
                rs.getObject("created_at", LocalDateTime.class),
                rs.getObject("updated_at", LocalDateTime.class));
    }
}

package org.companyunification.sync;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.companyunification.model.legacy.LegacyTable;

/** A row of the legacy {@link LegacyTable#PERSONNEL_ENTITY_RELATIONSHIPS} table. */
record PersonnelRelationshipRow(
        long relationshipId, long personnelId, String entityType, long entityId, String roleTitle,
        boolean isPrimary, LocalDate startDate, LocalDate endDate, String notes, LocalDateTime createdAt) {

    /** The table the rows come from. */
    static final LegacyTable TABLE = LegacyTable.PERSONNEL_ENTITY_RELATIONSHIPS;

    /** Reads the current row of a result set that selected the table's columns. */
    static PersonnelRelationshipRow read(ResultSet rs) throws SQLException {
        return new PersonnelRelationshipRow(rs.getLong(TABLE.idColumn()), rs.getLong("personnel_id"),
                rs.getString("entity_type"), rs.getLong("entity_id"), rs.getString("role_title"),
                rs.getBoolean("is_primary"), rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class), rs.getString("notes"),
                rs.getObject("created_at", LocalDateTime.class));
    }
}

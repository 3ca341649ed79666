package org.companyunification.sync;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import org.companyunification.model.legacy.LegacyTable;

/**
 * A row of one of the five legacy project relationship tables ({@link LegacyTable#projectRelationshipTables()}).
 * They share one shape; only the column naming the company differs ({@link LegacyTable#companyIdColumn()}), read
 * here as {@code partyId}.
 */
record ProjectRelationshipRow(
        long relationshipId, long projectId, long partyId, boolean isPrimary, String notes, LocalDateTime createdAt) {

    /** Reads the current row of a result set that selected the columns of {@code table}. */
    static ProjectRelationshipRow read(LegacyTable table, ResultSet rs) throws SQLException {
        return new ProjectRelationshipRow(rs.getLong(table.idColumn()), rs.getLong("project_id"),
                rs.getLong(table.companyIdColumn()), rs.getBoolean("is_primary"), rs.getString("notes"),
                rs.getObject("created_at", LocalDateTime.class));
    }
}

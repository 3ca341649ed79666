package org.companyunification.sync;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.companyunification.model.legacy.LegacyTable;

/**
 * Reads the rows of one legacy company table, whose columns the catalogue ({@link LegacyTable}) lists: the id
 * and name from the table's own columns, the other columns by their common names where the table has them.
 */
final class CompanyRowReader {

    private final LegacyTable table;
    private final Set<String> columns;

    CompanyRowReader(LegacyTable table) {
        this.table = table;
        this.columns = Set.copyOf(table.columnNames());
    }

    /** Reads the current row of a result set that selected the table's columns. */
    LegacyCompanyRow read(ResultSet rs) throws SQLException {
        return new LegacyCompanyRow(table.tableName(), rs.getLong(table.idColumn()), rs.getString(table.nameColumn()),
                text(rs, "company_type"), text(rs, "website"), text(rs, "country"), text(rs, "contact_email"),
                text(rs, "contact_phone"), text(rs, "reactor_type"), text(rs, "sector"), text(rs, "notes"),
                value(rs, "created_at", LocalDateTime.class), value(rs, "updated_at", LocalDateTime.class),
                text(rs, "relationship_strength"), text(rs, "client_priority"), text(rs, "relationship_notes"),
                value(rs, "last_contact_date", LocalDate.class), value(rs, "next_contact_date", LocalDate.class));
    }

    private String text(ResultSet rs, String column) throws SQLException {
        return columns.contains(column) ? rs.getString(column) : null;
    }

    private <T> T value(ResultSet rs, String column, Class<T> type) throws SQLException {
        return columns.contains(column) ? rs.getObject(column, type) : null;
    }
}

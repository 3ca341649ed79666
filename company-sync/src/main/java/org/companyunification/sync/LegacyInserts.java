package org.companyunification.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.companyunification.model.legacy.LegacyTable;
import org.companyunification.sync.internal.Sql;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Inserts rows into legacy tables, which have no sequences: the ids continue from the table's highest id. Other
 * writers (legacy applications, other transactions of this library) may take the same ids at the same time, so
 * the rows of a table go in as one batch under a savepoint; when the database refuses an id as taken (or a lock
 * wait on it times out), the batch is rolled back to the savepoint and tried again with higher ids, up to
 * {@value #ATTEMPTS} times, each time further up, so that concurrent writers spread out quickly. Ids are
 * therefore unique but may leave gaps.
 */
final class LegacyInserts {

    /** How many times a batch is tried before the transaction fails. */
    static final int ATTEMPTS = 10;

    private static final Logger LOG = LoggerFactory.getLogger(LegacyInserts.class);

    private final Connection connection;
    private final Map<LegacyTable, Long> next = new EnumMap<>(LegacyTable.class);

    LegacyInserts(Connection connection) {
        this.connection = connection;
    }

    /**
     * Inserts rows, each given as its values by column name (columns left out are NULL; the id column is set
     * here), and returns their ids in order.
     */
    List<Long> insert(LegacyTable table, List<Map<String, Object>> rows) throws SQLException {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<LegacyTable.Column> columns = table.columns();
        String sql = "INSERT INTO " + table.tableName() + " (" + String.join(", ", table.columnNames())
                + ") VALUES " + Sql.in(columns.size());
        long start = Math.max(highestId(table) + 1, next.getOrDefault(table, 1L));
        for (int attempt = 1; ; attempt++) {
            Savepoint savepoint = connection.setSavepoint();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int r = 0; r < rows.size(); r++) {
                    Map<String, Object> row = rows.get(r);
                    statement.setLong(1, start + r);
                    for (int c = 1; c < columns.size(); c++) {
                        Object value = row.get(columns.get(c).name());
                        if (value == null) {
                            statement.setNull(c + 1, columns.get(c).sqlType());
                        } else {
                            statement.setObject(c + 1, value);
                        }
                    }
                    statement.addBatch();
                }
                statement.executeBatch();
                connection.releaseSavepoint(savepoint);
                next.put(table, start + rows.size());
                List<Long> ids = new ArrayList<>(rows.size());
                for (int r = 0; r < rows.size(); r++) {
                    ids.add(start + r);
                }
                return Collections.unmodifiableList(ids);
            } catch (SQLException e) {
                if (!idTaken(e)) {
                    throw e;
                }
                try {
                    connection.rollback(savepoint);
                } catch (SQLException lost) {
                    // The database rolled the whole transaction back (MariaDB does on a deadlock).
                    e.addSuppressed(lost);
                    throw e;
                }
                if (attempt == ATTEMPTS) {
                    throw new CompanyUnificationException(ErrorCode.DATABASE_ERROR, "Cannot insert " + rows.size()
                            + " row(s) into the legacy table " + table.tableName() + ": other writers took the ids "
                            + "tried " + ATTEMPTS + " times (last from " + start + "). The transaction is rolled "
                            + "back; run it again.", e);
                }
                long retry = Math.max(highestId(table) + 1, start + ((long) rows.size() << attempt));
                LOG.debug("Ids {} to {} of {} are taken ({}); trying again from {}", start,
                        start + rows.size() - 1, table.tableName(), e.getMessage(), retry);
                start = retry;
            }
        }
    }

    private long highestId(LegacyTable table) throws SQLException {
        return Sql.count(connection, "SELECT COALESCE(MAX(" + table.idColumn() + "), 0) FROM " + table.tableName());
    }

    /** Tells whether an insert failed because another writer holds or took one of its ids. */
    private static boolean idTaken(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    String state = s.getSQLState() == null ? "" : s.getSQLState();
                    if (state.equals("23505") || state.equals("40P01") || state.equals("HYT00")
                            || state.equals("23000") && s.getErrorCode() == 1062 || s.getErrorCode() == 90131) {
                        return true;
                    }
                    if (s.getNextException() == s) {
                        break;
                    }
                }
            }
        }
        return false;
    }
}

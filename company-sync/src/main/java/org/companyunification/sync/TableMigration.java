package org.companyunification.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.companyunification.model.legacy.LegacyTable;
import org.companyunification.sync.internal.Sql;

/**
 * Migrates one legacy table, a page of rows at a time, in the order of the table's primary key. The subclasses
 * decide what a page's rows become; this class reads the pages, collects the writes and closes them.
 */
abstract class TableMigration implements AutoCloseable {

    /** Maps the current row of a page's result set. */
    @FunctionalInterface
    interface RowMapper<R> {
        R map(ResultSet rs) throws SQLException;
    }

    final LegacyTable table;
    private Writes writes;

    TableMigration(LegacyTable table) {
        this.table = table;
    }

    final Step step() {
        return Step.of(table);
    }

    final String tableName() {
        return table.tableName();
    }

    /** Counts the table's rows, for progress. */
    final long count(Connection connection) throws SQLException {
        return Sql.count(connection, "SELECT COUNT(*) FROM " + table.tableName());
    }

    /**
     * Reads up to {@code limit} rows with ids above {@code afterId}, migrates them and sends the writes to the
     * database (without committing). Records each row read, and the issues raised, in the context.
     */
    abstract void migratePage(PageContext page, long afterId, int limit) throws SQLException;

    /** Returns the table's columns, each qualified with the alias, for a select list. */
    final String selectList(String alias) {
        return table.columnNames().stream().map(column -> alias + "." + column).collect(Collectors.joining(", "));
    }

    /**
     * Runs a page query and maps its rows in order, counting each as read. {@code selectSql} ends with
     * {@code WHERE }; the page adds the condition on the id column of the table aliased {@code alias}: the ids above
     * {@code afterId}, at most {@code limit} of them, or, when the page names its rows ({@link PageContext#only}),
     * those rows. A row whose values cannot be read (a value the driver cannot convert to the column's type) is
     * rejected with its id and left out. The list grows with the rows actually read, never with the limit asked
     * for.
     */
    final <R> List<R> readPage(PageContext page, String selectSql, String alias, long afterId, int limit,
            RowMapper<R> mapper) throws SQLException {
        List<R> rows = new ArrayList<>();
        String idColumn = alias + "." + table.idColumn();
        String sql = page.only == null ? selectSql + idColumn + " > ? ORDER BY " + idColumn + " LIMIT " + limit
                : selectSql + idColumn + " IN " + Sql.in(page.only.size()) + " ORDER BY " + idColumn;
        try (PreparedStatement statement = page.connection.prepareStatement(sql)) {
            if (page.only == null) {
                statement.setLong(1, afterId);
            } else {
                Sql.bind(statement, 1, page.only);
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(table.idColumn());
                    try {
                        rows.add(mapper.map(rs));
                    } catch (SQLException | RuntimeException e) {
                        page.reject(id, null, "a value of the row cannot be read (" + e.getMessage() + "); correct"
                                + " it and run the backfill again");
                    }
                    page.read(id);
                }
            }
        }
        return rows;
    }

    /** Returns the writes of this table's pages, prepared on first use and kept until {@link #close()}. */
    final Writes writes(PageContext page) {
        if (writes == null) {
            writes = new Writes(page.connection, page.dryRun);
        }
        return writes;
    }

    @Override
    public final void close() throws SQLException {
        if (writes != null) {
            writes.close();
        }
    }
}

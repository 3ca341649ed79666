package org.companyunification.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    private final Dialect dialect;
    private final String originTable;
    private final String originAlias;
    private final String rowDigest;
    /** Whether the next page in id order asks only for the rows whose digest changed. */
    private boolean changedRowsOnly = true;
    private Writes writes;

    /**
     * @param table the legacy table
     * @param dialect the database's dialect
     * @param alias the alias of the legacy table in the page query
     * @param originTable the table of the origin records of the table's rows
     * @param originAlias its alias in the page query
     */
    TableMigration(LegacyTable table, Dialect dialect, String alias, String originTable, String originAlias) {
        this.table = table;
        this.dialect = dialect;
        this.originTable = originTable;
        this.originAlias = originAlias;
        this.rowDigest = dialect.rowDigest(alias, table.columnNames());
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
     * Migrates a page, as {@link #migratePage}, then stores the current digest of each unchanged row whose origin
     * record holds none or another one (origin records written before digests were kept, or by a dual-write), so
     * that the next run leaves the row in the database.
     */
    final void migrate(PageContext page, long afterId, int limit) throws SQLException {
        migratePage(page, afterId, limit);
        if (page.dryRun || page.staleDigests.isEmpty()) {
            return;
        }
        String sql = "UPDATE " + originTable + " SET source_digest = ? WHERE source_table = ?"
                + " AND source_id = ?";
        try (BatchStatement statement = new BatchStatement(page.connection, sql)) {
            for (Map.Entry<Long, String> stale : page.staleDigests.entrySet()) {
                statement.add(stale.getValue(), table.tableName(), stale.getKey());
            }
            statement.execute();
        }
    }

    /**
     * Reads up to {@code limit} rows with ids above {@code afterId}, migrates them and sends the writes to the
     * database (without committing). Records each row read, and the issues raised, in the context.
     */
    abstract void migratePage(PageContext page, long afterId, int limit) throws SQLException;

    /**
     * Returns the select-list items every page query ends with: the row's digest ({@code row_digest}) and the
     * one its origin record holds ({@code origin_digest}).
     */
    final String digestColumns() {
        return rowDigest + " AS row_digest, " + originAlias + ".source_digest AS origin_digest";
    }

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
     *
     * <p>A page in id order asks only for the rows whose digest differs from their origin record's (new rows,
     * changed rows, rows never migrated): the database leaves out the rows that are as they were migrated, and
     * one count of the ids the page covered tells how many it left out, which count as read and unchanged. While
     * most rows of a page need work (a first run), the next page reads every row instead, in id order, which keeps
     * the join to the origin records an index lookup a row on every database; once most rows of a page are
     * unchanged again, the pages go back to asking only for changed rows.
     */
    final <R> List<R> readPage(PageContext page, String selectSql, String alias, long afterId, int limit,
            RowMapper<R> mapper) throws SQLException {
        List<R> rows = new ArrayList<>();
        String idColumn = alias + "." + table.idColumn();
        boolean filtered = page.only == null && changedRowsOnly;
        String sql = page.only != null
                ? selectSql + idColumn + " IN " + Sql.in(page.only.size()) + " ORDER BY " + idColumn
                : selectSql + (filtered ? "(" + originAlias + ".source_digest IS NULL OR " + originAlias
                        + ".source_digest <> " + rowDigest + ") AND " : "") + idColumn + " > ? ORDER BY " + idColumn
                        + " LIMIT " + limit;
        int returned = 0;
        int sameDigest = 0;
        try (PreparedStatement statement = page.connection.prepareStatement(sql)) {
            if (page.only == null) {
                statement.setLong(1, afterId);
            } else {
                Sql.bind(statement, 1, page.only);
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(table.idColumn());
                    returned++;
                    String digest = rs.getString("row_digest");
                    String originDigest = rs.getString("origin_digest");
                    if (digest != null && digest.equals(originDigest)) {
                        sameDigest++;
                    }
                    page.digest(id, digest, originDigest);
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
        if (filtered) {
            long leftOut = countLeftOut(page, afterId, returned == limit ? page.lastId : Long.MAX_VALUE, returned);
            changedRowsOnly = leftOut * 2 >= returned + leftOut;
        } else if (page.only == null) {
            changedRowsOnly = sameDigest * 2 >= returned;
        }
        return rows;
    }

    /**
     * Counts the rows of ids after {@code afterId} up to {@code upTo} that the page query left out as unchanged,
     * and returns how many.
     */
    private long countLeftOut(PageContext page, long afterId, long upTo, int returned) throws SQLException {
        long leftOut = Sql.count(page.connection, "SELECT COUNT(*) FROM " + table.tableName() + " WHERE "
                + table.idColumn() + " > ? AND " + table.idColumn() + " <= ?", afterId, upTo) - returned;
        page.unchangedInDatabase(leftOut);
        return leftOut;
    }

    /** Returns the writes of this table's pages, prepared on first use and kept until {@link #close()}. */
    final Writes writes(PageContext page) throws SQLException {
        if (writes == null) {
            writes = new Writes(page.connection, page.dryRun,
                    !page.dryRun && dialect.copiesInserts(page.connection));
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

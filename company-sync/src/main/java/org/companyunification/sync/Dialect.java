package org.companyunification.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.companyunification.model.schema.DatabaseVendor;

/** The few places where the SQL of the three databases differs. */
final class Dialect {

    /** The statistics target of a sampled refresh, see {@link #refreshStatistics}. */
    static final int SAMPLED_STATISTICS_TARGET = 10;

    private final DatabaseVendor vendor;

    private Dialect(DatabaseVendor vendor) {
        this.vendor = vendor;
    }

    /**
     * Returns the dialect of a database.
     *
     * @param vendor the database
     * @return its dialect
     */
    public static Dialect of(DatabaseVendor vendor) {
        return new Dialect(vendor);
    }

    /**
     * Returns the database.
     *
     * @return the vendor
     */
    public DatabaseVendor vendor() {
        return vendor;
    }

    /**
     * Returns a query that draws the next value of a sequence.
     *
     * @param sequence the sequence name
     * @return the query
     */
    public String nextValue(String sequence) {
        return vendor == DatabaseVendor.POSTGRESQL
                ? "SELECT nextval('" + sequence + "')"
                : "SELECT NEXT VALUE FOR " + sequence;
    }

    /**
     * Returns a query that draws the next values of a sequence, as many as its one parameter says (at least 1),
     * one a row, in the order drawn.
     *
     * @param sequence the sequence name
     * @return the query
     */
    public String nextValues(String sequence) {
        return switch (vendor) {
            case POSTGRESQL -> "SELECT nextval('" + sequence + "') FROM generate_series(1, ?)";
            case H2 -> "SELECT NEXT VALUE FOR " + sequence + " FROM SYSTEM_RANGE(1, ?)";
            case MARIADB -> "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)"
                    + " SELECT NEXT VALUE FOR " + sequence + " FROM n";
        };
    }

    /**
     * Refreshes the planner statistics of tables that grew, where the database needs it. PostgreSQL plans
     * joins from statistics that autovacuum refreshes only now and then; tables that grow from empty during a
     * backfill would otherwise be planned as empty, with nested scans that make each page cost as much as the
     * whole table. H2 and MariaDB estimate from the indexes themselves.
     *
     * <p>A sampled refresh reads a tenth of the rows a full one reads ({@code default_statistics_target} 10 for
     * the transaction instead of the server's setting, 100 by default): enough for the row counts and the
     * distinct values that decide between an index and a scan while a run writes, at a tenth of the cost (at scale
     * 100 the refreshes of a first backfill took 13.9 s of its 62 s with the full sample). A run ends with one
     * full refresh of the tables it sampled.
     *
     * @param connection an open connection, in a transaction when {@code sampled}
     * @param tables the tables
     * @param sampled whether to refresh from the small sample
     * @throws SQLException when the statement fails
     */
    public void refreshStatistics(Connection connection, List<String> tables, boolean sampled)
            throws SQLException {
        if (vendor == DatabaseVendor.POSTGRESQL && !tables.isEmpty()) {
            try (Statement statement = connection.createStatement()) {
                if (sampled) {
                    statement.execute("SET LOCAL default_statistics_target = " + SAMPLED_STATISTICS_TARGET);
                }
                statement.execute("ANALYZE " + String.join(", ", tables));
            }
        }
    }

    /**
     * Runs a lookup of companies by a list of name keys so that PostgreSQL answers it from the B-tree index on
     * {@code name_key} or a scan. The trigram index behind the name search serves {@code =} too, and while the
     * companies grow during a backfill PostgreSQL, misjudging how few rows it returns, chose it for a list of
     * thousands of keys: five to ten seconds a page instead of milliseconds (a first backfill of 8,000 companies
     * took 26 s instead of 3). Bitmap scans, the only way the trigram index is read, are off for that statement
     * alone ({@code SET LOCAL}, back to the default right after). Outside a transaction, and on the other
     * databases, the lookup runs as it is.
     *
     * @param connection an open connection
     * @param lookup the statement to run
     * @throws SQLException when a statement fails
     */
    public void lookUpNameKeys(Connection connection, SqlWork lookup) throws SQLException {
        if (vendor != DatabaseVendor.POSTGRESQL || connection.getAutoCommit()) {
            lookup.run();
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCAL enable_bitmapscan = off");
            try {
                lookup.run();
            } finally {
                statement.execute("SET LOCAL enable_bitmapscan TO DEFAULT");
            }
        }
    }

    /**
     * Returns whether a page's inserts go to the database with {@code COPY} ({@link CopyBatch}): on PostgreSQL,
     * over a connection of its JDBC driver (or one that unwraps to it). The server's time for a scale-100
     * backfill's inserts fell from 35.4 s as batched multi-row inserts to 26.9 s copied; what remains is mostly the
     * indexes and foreign keys each row maintains, which a copy pays too. Elsewhere, and over a connection that
     * does not unwrap, inserts are JDBC batches.
     *
     * @param connection an open connection
     * @return whether to copy
     * @throws SQLException when the connection cannot tell what it wraps
     */
    public boolean copiesInserts(Connection connection) throws SQLException {
        return vendor == DatabaseVendor.POSTGRESQL && CopyBatch.supported(connection);
    }

    /** Work on a connection that may throw {@link SQLException}. */
    @FunctionalInterface
    interface SqlWork {

        /**
         * Does the work.
         *
         * @throws SQLException when a statement fails
         */
        void run() throws SQLException;
    }

    /**
     * Returns the tables whose planner statistics may have fallen behind, where the database keeps statistics
     * that way: on PostgreSQL, the tables that hold more pages now than when they were last analysed (or were never
     * analysed and hold rows), read from the catalogue in one query. A table that did not grow keeps its
     * statistics. The other databases need no refresh (see {@link #refreshStatistics}) and get an empty list.
     *
     * @param connection an open connection
     * @param tables the tables to look at
     * @return the stale ones, in the order given
     * @throws SQLException when the query fails
     */
    public List<String> staleStatistics(Connection connection, List<String> tables) throws SQLException {
        if (vendor != DatabaseVendor.POSTGRESQL) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("SELECT t.name, c.relpages,"
                + " pg_relation_size(c.oid) / current_setting('block_size')::bigint FROM (VALUES ");
        for (int i = 0; i < tables.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ").append(i).append(')');
        }
        sql.append(") AS t(name, position) JOIN pg_class c ON c.oid = to_regclass(t.name) ORDER BY t.position");
        List<String> stale = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < tables.size(); i++) {
                statement.setString(i + 1, tables.get(i));
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    long analysedPages = rs.getLong(2);
                    long pages = rs.getLong(3);
                    if (pages > Math.max(0, analysedPages)) {
                        stale.add(rs.getString(1));
                    }
                }
            }
        }
        return stale;
    }

    /**
     * Returns the aggregate that joins strings with a comma.
     *
     * @param expression what to join
     * @return the SQL expression
     */
    public String listAgg(String expression) {
        return vendor == DatabaseVendor.POSTGRESQL
                ? "string_agg(" + expression + ", ',')"
                : "GROUP_CONCAT(" + expression + ")";
    }

    /**
     * Returns an expression for the digest of a row's values as the database itself spells them: a hash of the
     * values each quoted ({@code QUOTE}, {@code quote_nullable}, on H2 {@code QUOTE_IDENT} with {@code N} for
     * {@code NULL}) and joined, so that no two different rows, {@code NULL} and the empty string included, spell
     * the same text. The hash is the MD5 (32 hexadecimal digits) on H2 and MariaDB; on PostgreSQL it is
     * {@code hashtextextended}, the 64-bit hash PostgreSQL partitions tables with, written in decimal, which
     * costs about half what {@code md5} costs there (a run over unchanged data computes it for every row: 37 ms
     * against 69 ms for 39,307 rows) and, at 64 bits, misses a change as rarely as the row's fingerprint does.
     * A run stores it beside the row's fingerprint and asks the database for the rows whose digest differs, so
     * that unchanged rows never leave it. Only equality matters: the text of a date, say, may depend on the
     * session's settings, which at worst makes an unchanged row look changed, and then its fingerprint decides;
     * a digest stored by an earlier version in the other form is one such difference, and the run stores the new
     * one.
     *
     * @param alias the alias of the table in the query
     * @param columns the columns, as the catalogue lists them
     * @return the SQL expression
     */
    public String rowDigest(String alias, List<String> columns) {
        StringBuilder values = new StringBuilder();
        for (String column : columns) {
            String value = alias + "." + column;
            values.append(", ").append(switch (vendor) {
                case MARIADB -> "QUOTE(" + value + ")";
                case POSTGRESQL -> "quote_nullable(" + value + ")";
                case H2 -> "COALESCE(QUOTE_IDENT(CAST(" + value + " AS VARCHAR)), 'N')";
            });
        }
        String joined = "CONCAT_WS(','" + values + ")";
        return switch (vendor) {
            case MARIADB -> "MD5(" + joined + ")";
            case POSTGRESQL -> "hashtextextended(" + joined + ", 0)::text";
            case H2 -> "LOWER(RAWTOHEX(HASH('MD5', " + joined + ")))";
        };
    }
}

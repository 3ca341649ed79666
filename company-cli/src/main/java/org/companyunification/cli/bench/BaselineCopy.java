package org.companyunification.cli.bench;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.companyunification.cli.bench.IdLayout.Range;
import org.companyunification.cli.internal.Connections;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.companyunification.model.legacy.LegacyTable;
import org.companyunification.model.schema.DatabaseVendor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The benchmark's yardstick: copies the legacy rows into the unified tables with a handful of hand-written,
 * set-based {@code INSERT ... SELECT} statements, as fast as the database can, and times each statement.
 *
 * <pre>{@code
 * BaselineResult result = BaselineCopy.of(dataSource).run();
 * result.statements().forEach(s -> System.out.println(s.name() + ": " + s.duration()));
 * }</pre>
 *
 * <p>It does what the backfill does minus everything that makes the backfill a migration: no matching (every
 * legacy company row becomes a company of its own, with its global role assignment), no origin records, no
 * issue reports, no resumable batches. In detail:
 *
 * <ul>
 *   <li>{@code companies}: one per legacy company row, the name trimmed, {@code name_key} its lower case (not
 *       the matching rule's key); a global role assignment for each.
 *   <li>{@code client_profiles}: one per client row; a relationship strength or priority that matches a known
 *       value case- and space-insensitively is stored in its canonical spelling, any other is left empty.
 *   <li>{@code company_role_assignments} for projects: one per project relationship whose project and company
 *       row exist (orphans are left out by the joins); of several rows for the same project and company row,
 *       the first by id.
 *   <li>{@code person_company_affiliations}: one per personnel relationship whose entity type (trimmed, any
 *       case) names a company table and whose person and company row exist and whose dates are in order. A
 *       person keeps at most one current primary affiliation: of several, the one that started last (no start
 *       date counts as earliest; on a tie the lowest id), the others are copied as non-primary. This is the
 *       backfill's rule, so both produce the same primary flags.
 * </ul>
 *
 * <p><b>Ids.</b> Each unified id is the legacy id plus a constant per legacy table, fixed once from the id ranges
 * and the sequences ({@link IdLayout}): no lookups, no row numbering. The sequences are moved past the copied
 * ids first, so later inserts by the library or by Hibernate never collide with them.
 *
 * <p><b>A database of its own.</b> The copy runs into empty unified tables, in a database that holds the same
 * legacy rows as the one the backfill is measured on, not in that same database: a backfill run afterwards would
 * join legacy rows to these companies wherever the lower-cased name equals its matching key.
 *
 * <p><b>Transactions.</b> The sequences move in their own statements (MariaDB and H2 commit on
 * {@code ALTER SEQUENCE}); then all inserts run in one transaction, committed at the end. A failure leaves the
 * unified tables empty and only gaps in the sequences.
 */
public final class BaselineCopy {

    private static final Logger LOG = LoggerFactory.getLogger(BaselineCopy.class);

    private static final List<String> UNIFIED_TABLES = List.of("companies", "company_role_assignments",
            "client_profiles", "person_company_affiliations");

    private final DataSource dataSource;

    private BaselineCopy(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Returns the copy for a database.
     *
     * @param dataSource a database with the legacy tables and the unified schema, its unified tables empty
     * @return the copy
     * @throws NullPointerException when the data source is {@code null}
     */
    public static BaselineCopy of(DataSource dataSource) {
        return new BaselineCopy(requireNonNull(dataSource, "dataSource"));
    }

    /**
     * Copies the legacy rows and times each statement.
     *
     * @return the statements with their row counts and times
     * @throws CompanyUnificationException with {@link ErrorCode#SCHEMA_MISSING} when a legacy or unified table is
     *     missing, {@link ErrorCode#INVALID_ARGUMENT} when a unified table already has rows,
     *     {@link ErrorCode#DATABASE_UNAVAILABLE} when no connection can be opened, or
     *     {@link ErrorCode#DATABASE_ERROR} when a statement fails (the inserts are then rolled back)
     */
    public BaselineResult run() {
        try (Connection connection = Connections.open(dataSource, "for the baseline copy")) {
            DatabaseVendor vendor = DatabaseVendor.of(connection);
            connection.setAutoCommit(true);
            checkUnifiedTablesEmpty(connection);
            List<StatementTiming> timings = new ArrayList<>();
            long started = System.nanoTime();
            IdLayout ids = layout(connection, vendor);
            timings.add(new StatementTiming("read id ranges and sequences", null, 0, since(started)));
            try (Statement statement = connection.createStatement()) {
                for (BaselineSql.Statement sql : BaselineSql.restartSequences(ids)) {
                    timings.add(execute(statement, sql));
                }
                connection.setAutoCommit(false);
                try {
                    for (BaselineSql.Statement sql : BaselineSql.copy(ids)) {
                        timings.add(execute(statement, sql));
                    }
                    long commit = System.nanoTime();
                    connection.commit();
                    timings.add(new StatementTiming("commit", null, 0, since(commit)));
                } catch (SQLException | RuntimeException e) {
                    connection.rollback();
                    throw e;
                } finally {
                    connection.setAutoCommit(true);
                }
            }
            BaselineResult result = new BaselineResult(vendor, timings);
            LOG.info("Baseline copy on {}: {} rows in {} ms", vendor.displayName(), result.totalRows(),
                    result.total().toMillis());
            return result;
        } catch (SQLException e) {
            throw new CompanyUnificationException(ErrorCode.DATABASE_ERROR, "The baseline copy failed: "
                    + e.getMessage() + " (SQL state " + e.getSQLState() + "); the inserts were rolled back", e);
        }
    }

    private static StatementTiming execute(Statement statement, BaselineSql.Statement sql) throws SQLException {
        long started = System.nanoTime();
        int rows;
        try {
            rows = statement.executeUpdate(sql.sql());
        } catch (SQLException e) {
            throw new SQLException("'" + sql.name() + "' failed: " + e.getMessage(), e.getSQLState(), e);
        }
        Duration duration = since(started);
        LOG.debug("{}: {} rows in {} ms", sql.name(), rows, duration.toMillis());
        return new StatementTiming(sql.name(), sql.table(), sql.table() == null ? 0 : rows, duration);
    }

    private static void checkUnifiedTablesEmpty(Connection connection) {
        for (String table : UNIFIED_TABLES) {
            long rows;
            try {
                rows = count(connection, "SELECT COUNT(*) FROM " + table);
            } catch (SQLException e) {
                throw new CompanyUnificationException(ErrorCode.SCHEMA_MISSING, "The unified table " + table
                        + " cannot be read (" + e.getMessage() + "); apply the unified schema first", e);
            }
            if (rows > 0) {
                throw new CompanyUnificationException(ErrorCode.INVALID_ARGUMENT, "The unified table " + table
                        + " already has " + rows + " rows; the baseline copy runs into empty unified tables");
            }
        }
    }

    private static IdLayout layout(Connection connection, DatabaseVendor vendor) throws SQLException {
        Map<LegacyTable, Range> ranges = new EnumMap<>(LegacyTable.class);
        for (LegacyTable table : LegacyTable.values()) {
            if (table.kind() != LegacyTable.Kind.SHARED) {
                ranges.put(table, range(connection, table));
            }
        }
        return new IdLayout(ranges,
                count(connection, BaselineSql.nextValue(vendor, "companies_seq")),
                count(connection, BaselineSql.nextValue(vendor, "company_role_assignments_seq")),
                count(connection, BaselineSql.nextValue(vendor, "person_company_affiliations_seq")));
    }

    private static Range range(Connection connection, LegacyTable table) throws SQLException {
        String id = table.idColumn();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT MIN(" + id + "), MAX(" + id + ") FROM "
                        + table.tableName())) {
            rs.next();
            long min = rs.getLong(1);
            return rs.wasNull() ? Range.EMPTY : new Range(min, rs.getLong(2));
        } catch (SQLException e) {
            throw new CompanyUnificationException(ErrorCode.SCHEMA_MISSING, "The legacy table " + table.tableName()
                    + " cannot be read (" + e.getMessage() + "); the baseline copy needs the legacy schema", e);
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Duration since(long nanoTime) {
        return Duration.ofNanos(System.nanoTime() - nanoTime);
    }
}

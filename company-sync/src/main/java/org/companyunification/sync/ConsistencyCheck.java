package org.companyunification.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.companyunification.model.legacy.LegacyTable;
import org.companyunification.sync.consistency.ConsistencyReport;
import org.companyunification.sync.internal.Preflight;
import org.companyunification.sync.internal.UnfinishedRuns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a consistency check on one read-only connection: the company tables, each project relationship table and
 * the personnel relationships, one streamed query each.
 */
final class ConsistencyCheck {

    private static final Logger LOG = LoggerFactory.getLogger(ConsistencyCheck.class);

    /** Rows a streamed query fetches at a time. */
    static final int FETCH_SIZE = 1000;

    /** Handles the current row of a streamed query. */
    @FunctionalInterface
    interface RowHandler {
        void handle(ResultSet rs) throws SQLException;
    }

    private final DataSource dataSource;
    private final MatchingPolicy policy;
    private final int differenceLimit;

    ConsistencyCheck(DataSource dataSource, MatchingPolicy policy, int differenceLimit) {
        this.dataSource = dataSource;
        this.policy = policy;
        this.differenceLimit = differenceLimit;
    }

    ConsistencyReport run() {
        Instant began = Instant.now();
        List<LegacyTable> tables = new ArrayList<>(LegacyTable.companyTables());
        tables.addAll(LegacyTable.projectRelationshipTables());
        tables.add(LegacyTable.PERSONNEL_ENTITY_RELATIONSHIPS);
        DifferenceSink sink = new DifferenceSink(differenceLimit, tables);
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            throw new CompanyUnificationException(ErrorCode.DATABASE_UNAVAILABLE,
                    "Cannot connect to the database: " + e.getMessage(), e);
        }
        List<String> unfinished;
        try (connection) {
            Settings settings = Settings.of(connection);
            try {
                unfinished = check(connection, sink);
            } finally {
                settings.restore(connection);
            }
        } catch (SQLException e) {
            throw new CompanyUnificationException(ErrorCode.DATABASE_ERROR, "The consistency check failed in the"
                    + " database: " + e.getMessage() + " (SQL state " + e.getSQLState() + "). It only reads: run it"
                    + " again once the cause is fixed.", e);
        }
        LOG.info("Consistency check: {} differences in {} ms", sink.count(),
                Duration.between(began, Instant.now()).toMillis());
        return new ConsistencyReport(began, sink.count() == 0, sink.count(), sink.tables(), sink.listed(),
                unfinished);
    }

    /** Compares the tables in one snapshot and returns the runs that had not finished when it was taken. */
    private List<String> check(Connection connection, DifferenceSink sink) throws SQLException {
        try {
            snapshot(connection);
            List<String> legacy = new ArrayList<>();
            for (Step step : Step.values()) {
                legacy.addAll(step.legacyTables());
            }
            Preflight.check(connection, legacy);
            List<String> unfinished = UnfinishedRuns.describe(connection);
            new CompanyConsistency(policy, sink).check(connection);
            for (LegacyTable table : LegacyTable.projectRelationshipTables()) {
                new AssignmentConsistency(table, sink).check(connection);
            }
            new AffiliationConsistency(sink).check(connection);
            return unfinished;
        } finally {
            connection.rollback();
        }
    }

    /**
     * The transaction settings of a connection as it was handed over, put back before it is closed, so that a
     * pooled connection goes back to the pool as it came.
     */
    private record Settings(boolean autoCommit, boolean readOnly, int isolation) {

        static Settings of(Connection connection) throws SQLException {
            return new Settings(connection.getAutoCommit(), connection.isReadOnly(),
                    connection.getTransactionIsolation());
        }

        void restore(Connection connection) throws SQLException {
            connection.setTransactionIsolation(isolation);
            connection.setReadOnly(readOnly);
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Makes the connection read one snapshot in a read-only transaction, where the database offers it. */
    private static void snapshot(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        connection.setReadOnly(true);
        if (connection.getMetaData().supportsTransactionIsolationLevel(Connection.TRANSACTION_REPEATABLE_READ)) {
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        }
    }

    /** Runs a query and hands each row to the handler, fetching a bounded number of rows at a time. */
    static void stream(Connection connection, String sql, RowHandler handler) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY)) {
            statement.setFetchSize(FETCH_SIZE);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    handler.handle(rs);
                }
            }
        }
    }

    /** A context that the backfill's value rules write their warnings to; the check does not need them. */
    static PageContext scratch(LegacyTable table) {
        return new PageContext(null, true, null, table.tableName(), new Counts(), null, null);
    }
}

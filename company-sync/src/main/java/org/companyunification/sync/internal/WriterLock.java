package org.companyunification.sync.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.hash.Hashing;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.companyunification.model.schema.DatabaseVendor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database-wide lock that lets one operation at a time write the unified tables (a backfill, a rollback,
 * and every later operation that writes them). It is held on a dedicated connection, opened for the purpose and
 * kept open for as long as the operation writes, and it belongs to that connection's session: PostgreSQL's
 * advisory lock (keyed on the current schema, since advisory locks are per database), MariaDB's {@code GET_LOCK}
 * (named after the current database, since its names are server-wide), and on H2 the one row of
 * {@code writer_lock}, locked {@code FOR UPDATE} in a transaction left open. The database releases it when the
 * connection closes, including when the process holding it is killed; there is never a row to delete by hand.
 *
 * <p>The holder records who it is (operation, run id, host, process id, since when) in the committed row of
 * {@code writer_lock_holder}, so a writer that is refused can name it.
 *
 * <pre>{@code
 * try (WriterLock lock = WriterLock.acquire(dataSource, vendor, "backfill", null, Duration.ZERO)) {
 *     long runId = ...;
 *     lock.recordRun(runId);
 *     ...
 * }
 * }</pre>
 */
public final class WriterLock implements AutoCloseable {

    /** The first key of the PostgreSQL advisory lock, the same for every schema ({@code 'CUNI'}). */
    static final int POSTGRESQL_LOCK_CLASS = 0x43554E49;

    private static final Logger LOG = LoggerFactory.getLogger(WriterLock.class);
    private static final long POLL_MILLIS = 200;
    /** H2's error code for a lock that could not be obtained within the session's lock timeout. */
    private static final int H2_LOCK_TIMEOUT = 50200;
    private static final int MARIADB_MAX_LOCK_NAME = 64;

    private final DataSource dataSource;
    private final DatabaseVendor vendor;
    private final Connection connection;
    private final String mariaDbName;
    private final String operation;
    private boolean closed;

    private WriterLock(DataSource dataSource, DatabaseVendor vendor, Connection connection, String mariaDbName,
            String operation) {
        this.dataSource = dataSource;
        this.vendor = vendor;
        this.connection = connection;
        this.mariaDbName = mariaDbName;
        this.operation = operation;
    }

    /**
     * Takes the lock, or waits for it up to the given time, and records the holder.
     *
     * @param dataSource the database; the lock holds one connection of it until {@link #close()}
     * @param vendor its kind
     * @param operation what is about to write, as the refused writers will read it ({@code backfill},
     *     {@code rollback})
     * @param runId the run the operation works on, or {@code null} when not known yet (see {@link #recordRun})
     * @param wait how long to wait for a holder to let go; {@link Duration#ZERO} refuses at once
     * @return the lock, held until closed
     * @throws CompanyUnificationException with {@link ErrorCode#WRITER_BUSY}, naming the holder, when another
     *     operation holds the lock after the wait, or {@link ErrorCode#DATABASE_ERROR} when the database fails
     */
    public static WriterLock acquire(DataSource dataSource, DatabaseVendor vendor, String operation, Long runId,
            Duration wait) {
        requireNonNull(dataSource, "dataSource");
        requireNonNull(vendor, "vendor");
        requireNonNull(operation, "operation");
        checkArgument(!wait.isNegative(), "the wait must not be negative: %s", wait);
        String intent = runId == null ? "the " + operation : "the " + operation + " of run " + runId;
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            String mariaDbName = prepare(connection, vendor);
            long deadline = System.nanoTime() + wait.toNanos();
            boolean announced = false;
            while (!tryLock(connection, vendor, mariaDbName)) {
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    throw busy(intent, holder(dataSource), wait);
                }
                if (!announced) {
                    LOG.info("Waiting up to {} for {} to let go of the writer lock", wait,
                            describe(holder(dataSource)));
                    announced = true;
                }
                sleep(Math.min(TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS), remaining), intent);
            }
            WriterLock lock = new WriterLock(dataSource, vendor, connection, mariaDbName, operation);
            lock.record(runId);
            LOG.debug("Took the writer lock for {}", intent);
            return lock;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new CompanyUnificationException(ErrorCode.DATABASE_ERROR, "Taking the writer lock for " + intent
                    + " failed: " + e.getMessage() + " (SQL state " + e.getSQLState() + "). Nothing was changed.",
                    e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /**
     * Records the run the holder works on, once it is known (a backfill learns its run id after taking the lock).
     *
     * @param runId the run
     * @throws CompanyUnificationException with {@link ErrorCode#DATABASE_ERROR} when the database fails
     */
    public void recordRun(long runId) {
        try {
            record(runId);
        } catch (SQLException e) {
            throw new CompanyUnificationException(ErrorCode.DATABASE_ERROR, "Recording run " + runId
                    + " as the holder of the writer lock failed: " + e.getMessage(), e);
        }
    }

    /** Clears the holder's record and lets go of the lock; the database would do the same if the process died. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            write(null, null, null, null, null);
            release();
        } catch (SQLException e) {
            LOG.warn("Letting go of the writer lock failed ({}); closing its connection releases it", e.getMessage());
        } finally {
            closeQuietly(connection);
        }
    }

    private static String prepare(Connection connection, DatabaseVendor vendor) throws SQLException {
        switch (vendor) {
            case H2 -> {
                connection.setAutoCommit(false);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET LOCK_TIMEOUT 0");
                }
                return null;
            }
            case POSTGRESQL -> {
                connection.setAutoCommit(true);
                return null;
            }
            case MARIADB -> {
                connection.setAutoCommit(true);
                String database = queryString(connection, "SELECT DATABASE()");
                String name = "company_unification_writer:" + database;
                return name.length() <= MARIADB_MAX_LOCK_NAME ? name : "company_unification_writer:"
                        + Hashing.sha256().hashString(database, StandardCharsets.UTF_8).toString().substring(0, 32);
            }
            default -> throw new IllegalStateException("unsupported database: " + vendor);
        }
    }

    private static boolean tryLock(Connection connection, DatabaseVendor vendor, String mariaDbName)
            throws SQLException {
        switch (vendor) {
            case H2 -> {
                try (Statement statement = connection.createStatement();
                        ResultSet rs = statement.executeQuery(
                                "SELECT lock_id FROM writer_lock WHERE lock_id = 1 FOR UPDATE")) {
                    if (!rs.next()) {
                        throw new CompanyUnificationException(ErrorCode.SCHEMA_MISSING, "The table writer_lock has"
                                + " no row 1: apply the unified schema migrations again, or insert it"
                                + " (INSERT INTO writer_lock (lock_id) VALUES (1)).");
                    }
                    return true;
                } catch (SQLException e) {
                    connection.rollback();
                    if (e.getErrorCode() == H2_LOCK_TIMEOUT) {
                        return false;
                    }
                    throw e;
                }
            }
            case POSTGRESQL -> {
                return queryBoolean(connection, "SELECT pg_try_advisory_lock(" + POSTGRESQL_LOCK_CLASS
                        + ", hashtext(current_schema()))");
            }
            case MARIADB -> {
                try (PreparedStatement statement = connection.prepareStatement("SELECT GET_LOCK(?, 0)")) {
                    statement.setString(1, mariaDbName);
                    try (ResultSet rs = statement.executeQuery()) {
                        rs.next();
                        return rs.getInt(1) == 1;
                    }
                }
            }
            default -> throw new IllegalStateException("unsupported database: " + vendor);
        }
    }

    private void release() throws SQLException {
        switch (vendor) {
            case H2 -> connection.rollback();
            case POSTGRESQL -> queryBoolean(connection, "SELECT pg_advisory_unlock(" + POSTGRESQL_LOCK_CLASS
                    + ", hashtext(current_schema()))");
            case MARIADB -> {
                try (PreparedStatement statement = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
                    statement.setString(1, mariaDbName);
                    statement.executeQuery().close();
                }
            }
            default -> throw new IllegalStateException("unsupported database: " + vendor);
        }
    }

    private void record(Long runId) throws SQLException {
        write(operation, runId, host(), ProcessHandle.current().pid(), LocalDateTime.now(ZoneOffset.UTC));
    }

    /** Writes the holder's row on a short connection of its own: on H2 the lock's transaction never commits. */
    private void write(String op, Long runId, String host, Long pid, LocalDateTime since) throws SQLException {
        try (Connection writer = dataSource.getConnection()) {
            writer.setAutoCommit(true);
            Sql.update(writer, "UPDATE writer_lock_holder SET operation = ?, run_id = ?, host = ?, process_id = ?,"
                    + " acquired_at = ? WHERE lock_id = 1", op, runId, host, pid, since);
        }
    }

    /** Reads who holds the lock, as far as it has said; empty when it has not (yet). */
    static Optional<Holder> holder(DataSource dataSource) {
        try (Connection reader = dataSource.getConnection();
                Statement statement = reader.createStatement();
                ResultSet rs = statement.executeQuery("SELECT operation, run_id, host, process_id, acquired_at"
                        + " FROM writer_lock_holder WHERE lock_id = 1")) {
            if (!rs.next() || rs.getString("operation") == null) {
                return Optional.empty();
            }
            LocalDateTime since = rs.getObject("acquired_at", LocalDateTime.class);
            return Optional.of(new Holder(rs.getString("operation"), Sql.nullableLong(rs, "run_id"),
                    rs.getString("host"), Sql.nullableLong(rs, "process_id"),
                    since == null ? null : since.toInstant(ZoneOffset.UTC)));
        } catch (SQLException e) {
            LOG.debug("Cannot read the holder of the writer lock: {}", e.getMessage());
            return Optional.empty();
        }
    }

    private static CompanyUnificationException busy(String intent, Optional<Holder> holder, Duration wait) {
        String waited = wait.isZero() ? "" : " after waiting " + wait.toString().substring(2).toLowerCase(java.util.Locale.ROOT);
        return new CompanyUnificationException(ErrorCode.WRITER_BUSY, "Cannot start " + intent + ": "
                + describe(holder) + " is writing to this database" + waited + " (it holds the writer lock)."
                + " One operation writes at a time: try again when it has finished, or let this one wait for it"
                + " (--wait on the command line, lockWait in the library).");
    }

    private static String describe(Optional<Holder> holder) {
        return holder.map(Holder::toString).orElse("another operation (it has not yet recorded what it is)");
    }

    private static void sleep(long nanos, String intent) {
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompanyUnificationException(ErrorCode.WRITER_BUSY, "Interrupted while " + intent
                    + " waited for the writer lock; nothing was changed.", e);
        }
    }

    private static String host() {
        try {
            String name = InetAddress.getLocalHost().getHostName();
            return name.length() > 255 ? name.substring(0, 255) : name;
        } catch (UnknownHostException e) {
            return "unknown host";
        }
    }

    private static boolean queryBoolean(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private static String queryString(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debug("Closing the writer lock's connection failed: {}", e.getMessage());
        }
    }

    /**
     * Who holds the writer lock, as it recorded itself.
     *
     * @param operation what it is doing ({@code backfill}, {@code rollback})
     * @param runId the run it works on, or {@code null}
     * @param host the host it runs on
     * @param processId its process id, or {@code null}
     * @param since when it took the lock, or {@code null}
     */
    record Holder(String operation, Long runId, String host, Long processId, Instant since) {

        /** Reads, for example, {@code backfill run 7 (host ops-1, process 4242, since 2024-05-01T10:15:30Z)}. */
        @Override
        public String toString() {
            return operation + (runId == null ? "" : " run " + runId) + " (host " + host
                    + (processId == null ? "" : ", process " + processId)
                    + (since == null ? "" : ", since " + since.truncatedTo(ChronoUnit.SECONDS)) + ")";
        }
    }
}

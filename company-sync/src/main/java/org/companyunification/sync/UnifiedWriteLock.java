package org.companyunification.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.companyunification.model.schema.DatabaseVendor;

/**
 * Serialises the transactions that reconcile legacy rows into the unified tables: every dual-write and every
 * batch of a backfill or sync first locks the one row of {@code writer_lock_holder} ({@code SELECT ... FOR
 * UPDATE}) in its own transaction, and the database releases it when that transaction commits or rolls back.
 * Without it, two transactions that both add a row for the same new organisation would each find no company with
 * its matching key and create one each. The lock is taken before the unified tables are read, so on H2 and
 * PostgreSQL (read committed) the reads that follow see every company the previous holder committed.
 *
 * <p>The row is the one the session-long writer lock records its holder in; that lock itself is not involved,
 * so dual-writes go on while a backfill or sync holds it, one batch at a time between them.
 *
 * <p>MariaDB's default isolation (repeatable read) reads every table as it was at the transaction's first read,
 * which may come before the lock (an application that loaded a legacy entity, say). Such a transaction cannot see
 * the unified rows the previous holder committed, so on MariaDB {@link #lockFresh} compares the highest company,
 * assignment and affiliation ids it reads with the latest committed ones and refuses to go on when they differ:
 * the caller rolls back and retries the whole transaction, which then starts after the lock is free.
 */
final class UnifiedWriteLock {

    private static final String SQL = "SELECT lock_id FROM writer_lock_holder WHERE lock_id = 1 FOR UPDATE";

    /** The unified tables whose new rows a stale MariaDB transaction would miss, by their id columns. */
    private static final List<String> NEWEST_ROWS = List.of("SELECT MAX(company_id) FROM companies",
            "SELECT MAX(assignment_id) FROM company_role_assignments",
            "SELECT MAX(affiliation_id) FROM person_company_affiliations");

    private UnifiedWriteLock() {}

    /**
     * Locks as {@link #lock}, and on MariaDB makes sure the transaction sees every unified row committed before.
     *
     * @return {@code true} when the transaction sees the latest unified rows; {@code false} on MariaDB when it
     *     read the database before the lock was free and would miss rows committed since
     */
    static boolean lockFresh(Connection connection, DatabaseVendor vendor) throws SQLException {
        lock(connection);
        if (vendor != DatabaseVendor.MARIADB) {
            return true;
        }
        for (String newest : NEWEST_ROWS) {
            // the plain read answers from the transaction's snapshot, the locking read from the latest commit
            if (max(connection, newest) != max(connection, newest + " LOCK IN SHARE MODE")) {
                return false;
            }
        }
        return true;
    }

    private static long max(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Locks until the connection's transaction ends; waits for the transaction holding it, if any. */
    static void lock(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SQL);
                ResultSet rows = statement.executeQuery()) {
            if (!rows.next()) {
                throw new SQLException("writer_lock_holder has no row 1; run the schema migration again");
            }
        }
    }
}

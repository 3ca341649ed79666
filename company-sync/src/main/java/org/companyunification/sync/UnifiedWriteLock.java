package org.companyunification.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

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
 */
final class UnifiedWriteLock {

    private static final String SQL = "SELECT lock_id FROM writer_lock_holder WHERE lock_id = 1 FOR UPDATE";

    private UnifiedWriteLock() {}

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

package org.companyunification.sync.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;

/** Checks, before any work, that the tables an operation needs are there, and says what to do if not. */
public final class Preflight {

    private static final String UNIFIED_PROBE = "writer_lock_holder";

    private Preflight() {}

    /**
     * Checks that the unified schema is applied and that the given legacy tables exist.
     *
     * @param connection an open connection
     * @param legacyTables the legacy tables the operation reads
     * @throws CompanyUnificationException with {@link ErrorCode#SCHEMA_MISSING} naming the first missing table
     */
    public static void check(Connection connection, Collection<String> legacyTables) {
        if (!exists(connection, UNIFIED_PROBE)) {
            throw new CompanyUnificationException(ErrorCode.SCHEMA_MISSING, "The unified schema is missing or"
                    + " out of date (no table " + UNIFIED_PROBE + "): apply it first (the 'schema' command, or"
                    + " CompanySchema.configure().dataSource(ds).load().migrate()).");
        }
        for (String table : legacyTables) {
            if (!exists(connection, table)) {
                throw new CompanyUnificationException(ErrorCode.SCHEMA_MISSING, "The legacy table " + table
                        + " is missing: point the tool at the database that holds the legacy tables (or create"
                        + " them with 'schema --with-legacy' for a demo).");
            }
        }
    }

    private static boolean exists(Connection connection, String table) {
        try (Statement statement = connection.createStatement()) {
            statement.executeQuery("SELECT 1 FROM " + table + " WHERE 1 = 0").close();
            return true;
        } catch (SQLException e) {
            rollbackQuietly(connection);
            return false;
        }
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            if (!connection.getAutoCommit()) {
                // PostgreSQL aborts the transaction after a failed statement.
                connection.rollback();
            }
        } catch (SQLException ignored) {
            // The connection is unusable; the caller's next statement reports it.
        }
    }
}

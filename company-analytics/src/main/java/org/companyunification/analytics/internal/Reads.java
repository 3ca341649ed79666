package org.companyunification.analytics.internal;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.hibernate.Session;

/**
 * Runs read work on one connection: a connection of a data source, or the connection of an app's entity manager
 * in whatever transaction the app has open. Counts run on a data source's connection as it comes (one aggregate
 * statement needs no transaction of its own); {@linkplain #stream streamed reads} run in a transaction that is
 * rolled back at the end, because PostgreSQL streams a result with a fetch size only outside auto-commit.
 */
public abstract class Reads {

    /** Work on a connection. */
    @FunctionalInterface
    public interface Work<T> {

        /**
         * Does the work.
         *
         * @param connection the connection, not to be closed
         * @return the result
         * @throws SQLException when a statement fails
         */
        T apply(Connection connection) throws SQLException;
    }

    private Reads() {}

    /**
     * Reads through connections of a data source, each call in its own transaction, rolled back at the end.
     *
     * @param dataSource the database
     * @return the reads
     */
    public static Reads of(DataSource dataSource) {
        requireNonNull(dataSource, "data source must not be null");
        return new Reads() {
            @Override
            <T> T run(Work<T> work) throws SQLException {
                try (Connection connection = dataSource.getConnection()) {
                    return work.apply(connection);
                }
            }

            @Override
            <T> T runStreaming(Work<T> work) throws SQLException {
                try (Connection connection = dataSource.getConnection()) {
                    boolean autoCommit = connection.getAutoCommit();
                    // Out of auto-commit, PostgreSQL streams a result with a fetch size instead of loading it whole.
                    connection.setAutoCommit(false);
                    try {
                        return work.apply(connection);
                    } finally {
                        connection.rollback();
                        connection.setAutoCommit(autoCommit);
                    }
                }
            }
        };
    }

    /**
     * Reads through the connection of an app's entity manager, in its current transaction if it has one.
     *
     * @param entityManager the app's entity manager, open
     * @return the reads
     */
    public static Reads borrowing(EntityManager entityManager) {
        requireNonNull(entityManager, "entity manager must not be null");
        return new Reads() {
            @Override
            <T> T run(Work<T> work) {
                return entityManager.unwrap(Session.class).doReturningWork(work::apply);
            }

            @Override
            <T> T runStreaming(Work<T> work) {
                return run(work);
            }
        };
    }

    abstract <T> T run(Work<T> work) throws SQLException;

    abstract <T> T runStreaming(Work<T> work) throws SQLException;

    /**
     * Runs the work.
     *
     * @param <T> the result type
     * @param what what the work does, for the error message, for example {@code counting the companies by role}
     * @param work the work
     * @return its result
     * @throws CompanyUnificationException with {@link ErrorCode#DATABASE_ERROR} when a statement fails
     */
    public <T> T read(String what, Work<T> work) {
        try {
            return run(work);
        } catch (SQLException e) {
            throw failed(what, e);
        } catch (org.hibernate.JDBCException e) {
            throw failed(what, e.getSQLException());
        }
    }

    /**
     * Runs work that streams large results, in a transaction rolled back at the end on a data source's
     * connection.
     *
     * @param <T> the result type
     * @param what what the work does, for the error message
     * @param work the work
     * @return its result
     * @throws CompanyUnificationException with {@link ErrorCode#DATABASE_ERROR} when a statement fails
     */
    public <T> T stream(String what, Work<T> work) {
        try {
            return runStreaming(work);
        } catch (SQLException e) {
            throw failed(what, e);
        } catch (org.hibernate.JDBCException e) {
            throw failed(what, e.getSQLException());
        }
    }

    private static CompanyUnificationException failed(String what, SQLException e) {
        return new CompanyUnificationException(ErrorCode.DATABASE_ERROR, "Failed " + what + ": " + e.getMessage()
                + ". Check that the unified schema is migrated (company-cli schema) and the database reachable", e);
    }
}

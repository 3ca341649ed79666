package org.companyunification.cli.internal;

import static java.util.Objects.requireNonNull;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a failure to connect into the one line the operator reads: refused credentials, an unreachable server, or
 * anything else, each saying what to check.
 *
 * <p>Refused credentials are recognised by what the drivers report: SQLState class {@code 28} (PostgreSQL
 * {@code 28P01} and {@code 28000}, MariaDB {@code 28000}, H2 {@code 28000}), MariaDB's error codes 1045 and 1698,
 * and PostgreSQL's refusal to connect without a password to a server that asks for one (SQLState {@code 08004},
 * "no password was provided"), which would otherwise read as an unreachable server.
 */
public final class ConnectionFailure {

    /** MariaDB and MySQL: access denied for a user and password. */
    private static final int MARIADB_ACCESS_DENIED = 1045;

    /** MariaDB and MySQL: access denied for a user without a password (socket authentication). */
    private static final int MARIADB_ACCESS_DENIED_NO_PASSWORD = 1698;

    /** PostgreSQL: the server rejected the connection, which the driver also reports for a missing password. */
    private static final String POSTGRESQL_CONNECTION_REJECTED = "08004";

    private ConnectionFailure() {}

    /**
     * Describes a failure to connect to a target.
     *
     * @param target where the connection went
     * @param failure what the pool or the driver threw
     * @return the error to report, with the failure as its cause
     */
    public static CliException describe(ConnectionTarget target, Throwable failure) {
        requireNonNull(target, "target");
        requireNonNull(failure, "failure");
        Optional<SQLException> sql = first(failure, SQLException.class);
        String reason = sql.map(Throwable::getMessage)
                .or(() -> Optional.ofNullable(rootCause(failure).getMessage()))
                .orElse(failure.getClass().getSimpleName())
                .strip()
                .replaceAll("\\.+$", "");
        if (refusedCredentials(failure)) {
            String user = target.user().map(name -> "user '" + name + "'").orElse("the driver's default user");
            String none = target.password().filter(password -> !password.isEmpty()).isPresent() ? ""
                    : "; none was given";
            return new CliException("the database at " + target.describe() + " refused the credentials of " + user
                    + ": " + reason + ". Check the user and the password (" + ConnectionOptions.PASSWORD_VARIABLE
                    + " or --password-file" + none + ")", failure);
        }
        String state = sql.map(SQLException::getSQLState).orElse("");
        if (state != null && state.startsWith("08") || first(failure, ConnectException.class).isPresent()
                || first(failure, UnknownHostException.class).isPresent()) {
            return new CliException("cannot reach the database at " + target.describe() + ": " + reason
                    + ". Check the host and port and that the server is running", failure);
        }
        String who = target.user().map(user -> " as user '" + user + "'").orElse("");
        return new CliException("cannot connect to the database at " + target.describe() + who + ": " + reason,
                failure);
    }

    /**
     * Tells whether a failure means the server refused the user or the password.
     *
     * @param failure what the pool or the driver threw
     * @return {@code true} when any SQL exception in its causes reports refused credentials
     */
    static boolean refusedCredentials(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState() == null ? "" : sql.getSQLState();
                String message = sql.getMessage() == null ? "" : sql.getMessage().toLowerCase(Locale.ROOT);
                if (state.startsWith("28") || sql.getErrorCode() == MARIADB_ACCESS_DENIED
                        || sql.getErrorCode() == MARIADB_ACCESS_DENIED_NO_PASSWORD
                        || state.equals(POSTGRESQL_CONNECTION_REJECTED) && message.contains("password")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static <T extends Throwable> Optional<T> first(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return Optional.of(type.cast(cause));
            }
        }
        return Optional.empty();
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}

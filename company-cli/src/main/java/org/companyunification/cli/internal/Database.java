package org.companyunification.cli.internal;

import static java.util.Objects.requireNonNull;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.schema.DatabaseVendor;

/**
 * An open, pooled connection to the database a command works on. Opening it connects once, so a wrong URL,
 * password or host fails at once with a clear message; {@link #close()} closes the pool.
 */
public final class Database implements AutoCloseable {

    /** The most connections the pool opens. */
    static final int MAXIMUM_POOL_SIZE = 4;

    private static final int CONNECT_TIMEOUT_SECONDS = 10;

    private final HikariDataSource dataSource;
    private final DatabaseVendor vendor;
    private final ConnectionTarget target;

    private Database(HikariDataSource dataSource, DatabaseVendor vendor, ConnectionTarget target) {
        this.dataSource = dataSource;
        this.vendor = vendor;
        this.target = target;
    }

    /**
     * Opens a pool on the target and checks that it connects.
     *
     * @param target where to connect
     * @return the open database
     * @throws CliException when the URL is not one of the supported databases, or the database cannot be
     *     reached or refuses the credentials
     * @throws CompanyUnificationException when the database is of an unsupported kind
     */
    public static Database open(ConnectionTarget target) {
        requireNonNull(target, "target");
        String driver = driverFor(target.url());
        HikariConfig config = new HikariConfig();
        config.setPoolName("company-cli");
        config.setJdbcUrl(target.url());
        config.setDriverClassName(driver);
        target.user().ifPresent(config::setUsername);
        target.password().ifPresent(config::setPassword);
        config.setMaximumPoolSize(MAXIMUM_POOL_SIZE);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(CONNECT_TIMEOUT_SECONDS * 1000L);
        // Connect once while starting, and fail at once if that connection fails.
        config.setInitializationFailTimeout(1);
        switch (driver) {
            case "org.postgresql.Driver" -> {
                config.addDataSourceProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
                // The backfill writes in JDBC batches; rewritten as multi-row inserts they run several times faster.
                if (!target.url().contains("reWriteBatchedInserts")) {
                    config.addDataSourceProperty("reWriteBatchedInserts", "true");
                }
            }
            case "org.mariadb.jdbc.Driver" -> config.addDataSourceProperty("connectTimeout",
                    String.valueOf(CONNECT_TIMEOUT_SECONDS * 1000));
            default -> { }
        }
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw connectionFailure(target, e);
        }
        try {
            return new Database(dataSource, DatabaseVendor.of(dataSource), target);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    /**
     * Returns the pooled data source; hand it to the library.
     *
     * @return the data source
     */
    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * Returns the kind of database.
     *
     * @return the vendor, as the database reported it
     */
    public DatabaseVendor vendor() {
        return vendor;
    }

    /**
     * Returns where the database is.
     *
     * @return the target it was opened on
     */
    public ConnectionTarget target() {
        return target;
    }

    /** Closes every pooled connection. */
    @Override
    public void close() {
        dataSource.close();
    }

    private static String driverFor(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:h2:")) {
            return "org.h2.Driver";
        }
        if (lower.startsWith("jdbc:postgresql:")) {
            return "org.postgresql.Driver";
        }
        if (lower.startsWith("jdbc:mariadb:")) {
            return "org.mariadb.jdbc.Driver";
        }
        throw new CliException("unsupported database URL '" + url + "': use jdbc:h2:..., "
                + "jdbc:postgresql://HOST:PORT/DATABASE or jdbc:mariadb://HOST:PORT/DATABASE");
    }

    private static CliException connectionFailure(ConnectionTarget target, RuntimeException failure) {
        Optional<SQLException> sql = causes(failure, SQLException.class);
        String reason = sql.map(Throwable::getMessage)
                .or(() -> Optional.ofNullable(rootCause(failure).getMessage()))
                .orElse(failure.getClass().getSimpleName())
                .strip()
                .replaceAll("\\.+$", "");
        String state = sql.map(SQLException::getSQLState).orElse("");
        String who = target.user().map(user -> " as user '" + user + "'").orElse("");
        if (state.startsWith("28")) {
            return new CliException("the database at " + target.describe() + " refused the login" + who + ": "
                    + reason + ". Check the user and the password (" + ConnectionOptions.PASSWORD_VARIABLE
                    + " or --password-file)", failure);
        }
        if (state.startsWith("08") || causes(failure, ConnectException.class).isPresent()
                || causes(failure, UnknownHostException.class).isPresent()) {
            return new CliException("cannot reach the database at " + target.describe() + ": " + reason
                    + ". Check the host and port and that the server is running", failure);
        }
        return new CliException("cannot connect to the database at " + target.describe() + who + ": " + reason,
                failure);
    }

    private static <T extends Throwable> Optional<T> causes(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
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

package org.companyunification.cli.internal;

import static java.util.Objects.requireNonNull;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import javax.sql.DataSource;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.schema.DatabaseVendor;

/**
 * An open, pooled connection to the database a command works on. Opening it connects once, so a wrong URL,
 * password or host fails at once with a clear message (see {@link ConnectionFailure}); {@link #close()} closes the
 * pool.
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
        if (driver.equals("org.h2.Driver")) {
            prepareH2Directory(target.url());
        }
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
            throw ConnectionFailure.describe(target, e);
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
        throw new CliException("unsupported database URL '" + Secrets.maskUrl(url) + "': use jdbc:h2:..., "
                + "jdbc:postgresql://HOST:PORT/DATABASE or jdbc:mariadb://HOST:PORT/DATABASE");
    }

    /**
     * Creates the directory of an embedded H2 database file before H2 tries to: when H2 cannot create it, it
     * prints its own stack trace to the process's standard error, past the tool's one-line error.
     */
    private static void prepareH2Directory(String url) {
        String rest = url.substring("jdbc:h2:".length());
        if (rest.regionMatches(true, 0, "file:", 0, 5)) {
            rest = rest.substring(5);
        } else if (rest.matches("(?s)^[A-Za-z]{2,}:.*")) {
            // mem:, tcp:, ssl:, zip:, nio... : not a plain file on this machine.
            return;
        }
        String name = rest.split(";", 2)[0];
        if (name.startsWith("~")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        Path directory;
        try {
            Path file = Path.of(name);
            if (!(name.startsWith("./") || name.startsWith("../") || file.isAbsolute())) {
                // H2 refuses implicitly relative names itself, with a message that says what to write instead.
                return;
            }
            directory = file.toAbsolutePath().normalize().getParent();
        } catch (InvalidPathException e) {
            // Not a path this file system knows; H2 reports it.
            return;
        }
        if (directory == null) {
            return;
        }
        try {
            Files.createDirectories(directory);
        } catch (IOException | SecurityException e) {
            throw new CliException("cannot create the directory " + directory + " for the H2 database "
                    + Secrets.maskUrl(url) + " (" + e.getClass().getSimpleName() + "). Give a --url in a directory"
                    + " that exists or can be created, and that you can write to", e);
        }
        if (!Files.isWritable(directory)) {
            throw new CliException("cannot write to the directory " + directory + " of the H2 database "
                    + Secrets.maskUrl(url) + ". Give a --url in a directory you can write to");
        }
    }
}

package org.companyunification.testing;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.companyunification.model.schema.CompanySchema;
import org.companyunification.model.schema.DatabaseVendor;

/**
 * A private, empty database for one test: an in-memory (or file) H2 database, a fresh schema on PostgreSQL, or
 * a fresh database on MariaDB. {@link #close()} drops it, so each test cleans up after itself and tests never
 * see each other's rows.
 *
 * <pre>{@code
 * try (TestDatabase db = TestDatabase.create(DatabaseVendor.POSTGRESQL).withLegacySchema().withUnifiedSchema()) {
 *     DataSource dataSource = db.dataSource();
 *     ...
 * }
 * }</pre>
 */
public final class TestDatabase implements AutoCloseable {

    private static final Map<DatabaseVendor, Optional<String>> UNAVAILABLE = new EnumMap<>(DatabaseVendor.class);

    private final DatabaseVendor vendor;
    private final String name;
    private final String url;
    private final String user;
    private final String password;
    private final Path directory;
    private final DataSource dataSource;

    private TestDatabase(DatabaseVendor vendor, String name, String url, String user, String password,
            Path directory) {
        this.vendor = vendor;
        this.name = name;
        this.url = url;
        this.user = user;
        this.password = password;
        this.directory = directory;
        this.dataSource = new DriverDataSource(url, user, password);
    }

    /**
     * Creates an empty database on the given server, with the settings of {@link DatabaseSettings}.
     *
     * @param vendor the database
     * @return the new database
     * @throws IllegalStateException when the database's JDBC driver is not on the class path (the message names
     *     the Maven artifact to add) or the server cannot be reached; see {@link #unavailableReason}
     */
    public static TestDatabase create(DatabaseVendor vendor) {
        requireNonNull(vendor, "vendor");
        missingDriver(vendor, TestDatabase.class.getClassLoader()).ifPresent(problem -> {
            throw new IllegalStateException(problem);
        });
        String name = "cu_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
        DatabaseSettings settings = DatabaseSettings.of(vendor);
        try {
            return switch (vendor) {
                case H2 -> new TestDatabase(vendor, name, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "",
                        null);
                case POSTGRESQL -> {
                    execute(settings, "CREATE SCHEMA " + name);
                    yield new TestDatabase(vendor, name, withParameter(settings.url(), "currentSchema=" + name),
                            settings.user(), settings.password(), null);
                }
                case MARIADB -> {
                    execute(settings, "CREATE DATABASE " + name
                            + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
                    yield new TestDatabase(vendor, name, withDatabase(settings.url(), name), settings.user(),
                            settings.password(), null);
                }
            };
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a test database on " + vendor.displayName() + " at "
                    + settings.url() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Creates an empty H2 database in files under a new temporary directory, which other processes can open
     * too (H2's automatic mixed mode), for tests that run the library in a separate JVM.
     *
     * @return the new database
     */
    public static TestDatabase createH2File() {
        try {
            Path directory = Files.createTempDirectory("company-test-");
            String name = "cu_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
            String url = "jdbc:h2:file:" + directory.resolve(name).toAbsolutePath() + ";AUTO_SERVER=TRUE";
            return new TestDatabase(DatabaseVendor.H2, name, url, "sa", "", directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Tells why a database cannot be used for tests, probing it once per JVM: its JDBC driver is not on the class
     * path, its server cannot be reached, or it refuses the user or password (SQLState class 28).
     *
     * @param vendor the database
     * @return the reason (naming the Maven artifact to add when the driver is missing), or empty when it can be
     *     used
     */
    public static synchronized Optional<String> unavailableReason(DatabaseVendor vendor) {
        return UNAVAILABLE.computeIfAbsent(vendor, v -> {
            Optional<String> missingDriver = missingDriver(v, TestDatabase.class.getClassLoader());
            if (missingDriver.isPresent() || v == DatabaseVendor.H2) {
                return missingDriver;
            }
            return probe(DatabaseSettings.of(v));
        });
    }

    /** Tells why a server cannot be used with these settings, or empty when it can. */
    static Optional<String> probe(DatabaseSettings settings) {
        DatabaseVendor v = settings.vendor();
        try (Connection ignored = connect(settings)) {
            return Optional.empty();
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("28")) {
                return Optional.of(v.displayName() + " at " + settings.url() + " refused the credentials of user '"
                        + settings.user() + "' (" + e.getMessage() + "); set COMPANY_TEST_" + v.name()
                        + "_USER and _PASSWORD to a user the server accepts");
            }
            return Optional.of(v.displayName() + " is unreachable at " + settings.url() + " as user '"
                    + settings.user() + "' (" + e.getMessage() + "); set COMPANY_TEST_"
                    + v.name() + "_URL, _USER and _PASSWORD to point the tests at a server");
        }
    }

    /**
     * Tells whether a class loader can load the JDBC driver of a database.
     *
     * @param vendor the database
     * @param loader where to look for the driver
     * @return what to add when it cannot, or empty when the driver is there
     */
    static Optional<String> missingDriver(DatabaseVendor vendor, ClassLoader loader) {
        Driver driver = Driver.of(vendor);
        try {
            Class.forName(driver.className, false, loader);
            return Optional.empty();
        } catch (ClassNotFoundException e) {
            return Optional.of("The " + vendor.displayName() + " JDBC driver (" + driver.className + ") is not on"
                    + " the class path: add the Maven artifact " + driver.artifact + " with test scope to run the "
                    + vendor.displayName() + " variants of the database tests");
        }
    }

    /**
     * Runs a step that prepares a resource and closes the resource when the step fails. The step's exception is
     * the one thrown; a failure to close is added to it as suppressed, so it never hides the cause.
     */
    static <T> T closedOnFailure(AutoCloseable resource, Supplier<T> step) {
        try {
            return step.get();
        } catch (RuntimeException | Error e) {
            try {
                resource.close();
            } catch (Exception closeFailure) {
                e.addSuppressed(closeFailure);
            }
            throw e;
        }
    }

    /** The JDBC driver of each database and the Maven artifact that holds it. */
    private record Driver(String className, String artifact) {

        static Driver of(DatabaseVendor vendor) {
            return switch (vendor) {
                case H2 -> new Driver("org.h2.Driver", "com.h2database:h2");
                case POSTGRESQL -> new Driver("org.postgresql.Driver", "org.postgresql:postgresql");
                case MARIADB -> new Driver("org.mariadb.jdbc.Driver", "org.mariadb.jdbc:mariadb-java-client");
            };
        }
    }

    /**
     * Applies the legacy schema migrations (the six company tables, relationship tables, projects, personnel).
     *
     * @return this database
     */
    public TestDatabase withLegacySchema() {
        CompanySchema.configure().dataSource(dataSource).load().migrateLegacy();
        return this;
    }

    /**
     * Applies the unified schema migrations.
     *
     * @return this database
     */
    public TestDatabase withUnifiedSchema() {
        CompanySchema.configure().dataSource(dataSource).load().migrate();
        return this;
    }

    /**
     * Returns a data source on this database; each call to {@code getConnection()} opens a new connection.
     *
     * @return the data source
     */
    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * Returns the database kind.
     *
     * @return the vendor
     */
    public DatabaseVendor vendor() {
        return vendor;
    }

    /**
     * Returns the JDBC URL of this database, for tools that take a URL (the command-line tool).
     *
     * @return the URL
     */
    public String url() {
        return url;
    }

    /**
     * Returns the user name.
     *
     * @return the user
     */
    public String user() {
        return user;
    }

    /**
     * Returns the password, empty for none.
     *
     * @return the password
     */
    public String password() {
        return password;
    }

    /**
     * Returns the generated name of the schema or database.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /** Drops the database and everything in it. */
    @Override
    public void close() {
        try {
            switch (vendor) {
                case H2 -> {
                    try (Connection connection = dataSource.getConnection();
                            Statement statement = connection.createStatement()) {
                        statement.execute("SHUTDOWN");
                    }
                    if (directory != null) {
                        deleteRecursively(directory);
                    }
                }
                case POSTGRESQL -> execute(DatabaseSettings.of(vendor), "DROP SCHEMA " + name + " CASCADE");
                case MARIADB -> execute(DatabaseSettings.of(vendor), "DROP DATABASE " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot drop test database " + name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return vendor.displayName() + " " + name;
    }

    private static void execute(DatabaseSettings settings, String sql) throws SQLException {
        try (Connection connection = connect(settings); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Connection connect(DatabaseSettings settings) throws SQLException {
        String url = switch (settings.vendor()) {
            case POSTGRESQL -> withParameter(settings.url(), "connectTimeout=5");
            case MARIADB -> withParameter(settings.url(), "connectTimeout=5000");
            case H2 -> settings.url();
        };
        return DriverManager.getConnection(url, settings.user(), settings.password());
    }

    private static String withParameter(String url, String parameter) {
        return url + (url.contains("?") ? "&" : "?") + parameter;
    }

    /** Replaces the database segment of {@code jdbc:mariadb://host:port/database?options}. */
    private static String withDatabase(String url, String database) {
        int hostStart = url.indexOf("//") + 2;
        int pathStart = url.indexOf('/', hostStart);
        int query = url.indexOf('?');
        String base = pathStart < 0 ? (query < 0 ? url : url.substring(0, query)) : url.substring(0, pathStart);
        String options = query < 0 ? "" : url.substring(query);
        return base + "/" + database.toLowerCase(Locale.ROOT) + options;
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

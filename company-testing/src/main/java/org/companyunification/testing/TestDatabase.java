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
     * @throws IllegalStateException when the server cannot be reached; see {@link #unavailableReason}
     */
    public static TestDatabase create(DatabaseVendor vendor) {
        requireNonNull(vendor, "vendor");
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
     * Tells why a database server cannot be used for tests, probing it once per JVM.
     *
     * @param vendor the database
     * @return the reason it is unreachable, or empty when it can be used
     */
    public static synchronized Optional<String> unavailableReason(DatabaseVendor vendor) {
        return UNAVAILABLE.computeIfAbsent(vendor, v -> {
            if (v == DatabaseVendor.H2) {
                return Optional.empty();
            }
            DatabaseSettings settings = DatabaseSettings.of(v);
            try (Connection ignored = connect(settings)) {
                return Optional.empty();
            } catch (SQLException e) {
                return Optional.of(v.displayName() + " is unreachable at " + settings.url() + " as user '"
                        + settings.user() + "' (" + e.getMessage() + "); set COMPANY_TEST_"
                        + v.name() + "_URL, _USER and _PASSWORD to point the tests at a server");
            }
        });
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

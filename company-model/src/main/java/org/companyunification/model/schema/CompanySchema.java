package org.companyunification.model.schema;

import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import javax.sql.DataSource;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.companyunification.model.schema.internal.FlywayLog;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the versioned schema migrations shipped in this jar. The entry point of the schema, configured and
 * run like Flyway, which does the work underneath:
 *
 * <pre>{@code
 * SchemaMigrationResult result = CompanySchema.configure().dataSource(dataSource).load().migrate();
 * }</pre>
 *
 * <p>{@link #migrate()} adds the unified schema (and the seeded role catalogue). On a database that already
 * holds the legacy tables and their data, the production case, it adds the unified tables and leaves the legacy
 * ones untouched; the shared {@code projects} and {@code personnel} tables are created only when missing.
 * {@link #migrateLegacy()} creates the legacy schema, for tests and demos. Each set keeps its own history
 * table ({@value #UNIFIED_HISTORY_TABLE}, {@value #LEGACY_HISTORY_TABLE}), so either may be applied first.
 *
 * <p>The scripts live under {@code db/migration/unified} and {@code db/migration/legacy} in this jar, in a folder
 * per database ({@code h2}, {@code postgresql}, {@code mariadb}) and, for a script that H2 and PostgreSQL run
 * unchanged, once in {@code h2-postgresql}.
 * Flyway's routine progress output is logged at debug level; the library logs one line at info level when it
 * applies migrations, and warnings and errors keep their level.
 */
public final class CompanySchema {

    /** The Flyway history table of the unified migrations. */
    public static final String UNIFIED_HISTORY_TABLE = "company_schema_history";

    /** The Flyway history table of the legacy migrations. */
    public static final String LEGACY_HISTORY_TABLE = "legacy_schema_history";

    private static final String MIGRATIONS = "classpath:db/migration/";
    private static final Logger LOG = LoggerFactory.getLogger(CompanySchema.class);

    private final DataSource dataSource;
    private final DatabaseVendor vendor;

    private CompanySchema(DataSource dataSource, DatabaseVendor vendor) {
        this.dataSource = dataSource;
        this.vendor = vendor;
    }

    /**
     * Starts a configuration.
     *
     * @return a new configuration
     */
    public static Configuration configure() {
        return new Configuration();
    }

    /**
     * Returns the database the migrations run on.
     *
     * @return the vendor, detected from the data source
     */
    public DatabaseVendor vendor() {
        return vendor;
    }

    /**
     * Brings the unified schema to the latest version. Safe to call on a current schema: nothing runs.
     *
     * @return what was applied
     * @throws CompanyUnificationException with {@link ErrorCode#MIGRATION_FAILED} when a migration fails
     */
    public SchemaMigrationResult migrate() {
        return run("unified", UNIFIED_HISTORY_TABLE, true);
    }

    /**
     * Creates the legacy schema (the six company tables, the relationship tables and the shared tables), for
     * tests and demos. Production databases have it already and never need this.
     *
     * @return what was applied
     * @throws CompanyUnificationException with {@link ErrorCode#MIGRATION_FAILED} when a migration fails
     */
    public SchemaMigrationResult migrateLegacy() {
        return run("legacy", LEGACY_HISTORY_TABLE, false);
    }

    private SchemaMigrationResult run(String set, String historyTable, boolean shared) {
        Flyway flyway = Flyway.configure(CompanySchema.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations(set, shared))
                .table(historyTable)
                .loggers(FlywayLog.class.getName())
                // A database that already holds tables (the legacy schema in production) has no history table
                // yet; a baseline at version 0 lets every migration of this set still run.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
        try {
            MigrateResult result = flyway.migrate();
            if (result.migrationsExecuted > 0) {
                LOG.info("Applied {} {} schema migration(s) to {}: now at version {}", result.migrationsExecuted,
                        set, vendor.displayName(), result.targetSchemaVersion);
            }
            return new SchemaMigrationResult(vendor, set, result.initialSchemaVersion,
                    result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion,
                    result.migrationsExecuted);
        } catch (FlywayException e) {
            throw new CompanyUnificationException(ErrorCode.MIGRATION_FAILED,
                    "Applying the " + set + " schema migrations to " + vendor.displayName() + " failed: "
                            + e.getMessage() + ". Fix the cause and run the migration again; applied"
                            + " migrations are recorded in " + historyTable + ".", e);
        }
    }

    /**
     * Returns where the migrations of a set live: {@code db/migration/<set>/<vendor>} for the scripts written for
     * one database and, for a set that has them, {@code db/migration/<set>/all} for the scripts every database
     * runs unchanged and {@code db/migration/<set>/h2-postgresql} for those H2 and PostgreSQL run unchanged (MariaDB
     * spells table options and key names its own way). A version number is in only one folder of a database's
     * list.
     */
    private String[] locations(String set, boolean shared) {
        String perVendor = MIGRATIONS + set + "/" + vendor.id();
        if (!shared) {
            return new String[] {perVendor};
        }
        String all = MIGRATIONS + set + "/all";
        return vendor != DatabaseVendor.MARIADB
                ? new String[] {all, MIGRATIONS + set + "/h2-postgresql", perVendor}
                : new String[] {all, perVendor};
    }

    /** Settings of a {@link CompanySchema}. */
    public static final class Configuration {

        private DataSource dataSource;

        private Configuration() {}

        /**
         * Sets the database to migrate (no default: required).
         *
         * @param dataSource the data source; the library opens and closes its own connections on it
         * @return this configuration
         */
        public Configuration dataSource(DataSource dataSource) {
            this.dataSource = requireNonNull(dataSource, "dataSource");
            return this;
        }

        /**
         * Connects once to detect the database and returns the schema entry point.
         *
         * @return the configured entry point
         * @throws IllegalStateException when no data source was set
         * @throws CompanyUnificationException with {@link ErrorCode#DATABASE_UNAVAILABLE} when the database
         *     cannot be reached or is not supported
         */
        public CompanySchema load() {
            checkState(dataSource != null, "a data source is required: call dataSource(...) before load()");
            return new CompanySchema(dataSource, DatabaseVendor.of(dataSource));
        }
    }
}

package org.companyunification.testing.generator;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.companyunification.model.legacy.LegacyTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills empty legacy tables with invented but realistically shaped data for the benchmark, straight through JDBC
 * batches:
 *
 * <pre>{@code
 * GeneratedData data = new LegacyDataGenerator(42, 1000).generate(dataSource);   // 1M company rows
 * }</pre>
 *
 * <p><b>Size.</b> Scale 1 writes 1,000 legacy company rows, 2,000 project relationships, 1,000 personnel
 * relationships, 100 projects and 500 persons; every count grows in proportion to the scale (rounded, at least one
 * project, person and company row), so scale 1000 writes the 1M / 2M / 1M rows of the benchmark.
 *
 * <p><b>Repeatable.</b> The same seed and scale write exactly the same rows, on any database: every value comes
 * from {@link java.util.SplittableRandom} streams derived from the seed.
 *
 * <p><b>Shape.</b> Organisations are spread over the six company tables roughly as in production
 * (owners/developers 42%, vendors 17%, off-takers 14%, constructors 11%, operators 9%, clients 7% of main
 * tables). About 15% of organisations have rows in two or three tables and 2% a second row in the same table,
 * under spellings the default matching rule ({@code MatchingPolicy.byNameKey()}) joins: case, punctuation,
 * legal-form suffixes, stray spaces, {@code &} for {@code and}, a hyphen for a space. About 2% are named one
 * word-form away from another organisation ({@code Energy}/{@code Energies}) and must stay apart. About 1% of
 * project and of personnel relationships point at missing rows; clients carry dirty codes ({@code "strong "},
 * {@code "Very Strong"}, {@code "HIGH"}); persons have one to four affiliations, 8% of those with several have two
 * current primary ones; personnel relationships also link to projects, name unknown entity types, and end before
 * they start. {@link GeneratedData#shape()} counts each of these as written, so a test can compare a migration's
 * result with them.
 *
 * <p><b>Speed and memory.</b> Rows are streamed: batches of {@link #batchSize(int)} rows per table are sent and
 * committed as they fill, and nothing else is held in memory. On H2 and MariaDB a plain JDBC batch is fast; on
 * PostgreSQL add {@code reWriteBatchedInserts=true} to the JDBC URL, which lets the driver send each batch as
 * multi-row inserts and loads several times faster.
 */
public final class LegacyDataGenerator {

    private static final Logger LOG = LoggerFactory.getLogger(LegacyDataGenerator.class);

    /** The largest scale: ten million company rows. */
    public static final double MAX_SCALE = 10_000;

    /** How many rows of each kind a scale asks for. */
    record Plan(long companyRows, long projectRelationships, long personnelRelationships, long projects,
            long personnel) {

        static Plan of(double scale) {
            return new Plan(Math.max(1, Math.round(1000 * scale)), Math.round(2000 * scale),
                    Math.round(1000 * scale), Math.max(1, Math.round(100 * scale)),
                    Math.max(1, Math.round(500 * scale)));
        }

        long totalRows() {
            return companyRows + projectRelationships + personnelRelationships + projects + personnel;
        }
    }

    /** What a generator was configured with. */
    record Settings(long seed, double scale, int batchSize, GenerationListener listener) {}

    private final Settings settings;

    /**
     * Creates a generator with a batch size of 2,000 rows and no listener.
     *
     * @param seed any number; the same seed and scale give the same rows
     * @param scale the size: 1 means about 1,000 legacy company rows; more than 0, at most {@value #MAX_SCALE}
     * @throws IllegalArgumentException when the scale is out of range
     */
    public LegacyDataGenerator(long seed, double scale) {
        this(seed, scale, 2_000, GenerationListener.NONE);
    }

    private LegacyDataGenerator(long seed, double scale, int batchSize, GenerationListener listener) {
        checkArgument(scale > 0 && scale <= MAX_SCALE, "scale must be more than 0 and at most %s: %s", MAX_SCALE,
                scale);
        this.settings = new Settings(seed, scale, batchSize, listener);
    }

    /**
     * Returns a generator that sends and commits a batch every {@code batchSize} rows of a table (default:
     * 2,000). Batches of 1,000 to 5,000 rows load fastest on the three databases.
     *
     * @param batchSize rows per batch, positive
     * @return a generator with that batch size
     * @throws IllegalArgumentException when not positive
     */
    public LegacyDataGenerator batchSize(int batchSize) {
        checkArgument(batchSize > 0, "batch size must be positive: %s", batchSize);
        return new LegacyDataGenerator(settings.seed(), settings.scale(), batchSize, settings.listener());
    }

    /**
     * Returns a generator that reports its progress (default: {@link GenerationListener#NONE}).
     *
     * @param listener the listener
     * @return a generator with that listener
     */
    public LegacyDataGenerator listener(GenerationListener listener) {
        return new LegacyDataGenerator(settings.seed(), settings.scale(), settings.batchSize(),
                requireNonNull(listener, "listener"));
    }

    /**
     * Returns how many rows {@link #generate} will write in all.
     *
     * @return the total over the fourteen legacy tables
     */
    public long plannedRows() {
        return Plan.of(settings.scale()).totalRows();
    }

    /**
     * Writes the rows into the legacy tables, ids from 1 up in each table.
     *
     * @param dataSource a database with the legacy schema and empty legacy tables
     * @return the rows written per table and the shape of the data
     * @throws CompanyUnificationException with {@link ErrorCode#SCHEMA_MISSING} when a legacy table is missing,
     *     {@link ErrorCode#INVALID_ARGUMENT} when a legacy table already has rows,
     *     {@link ErrorCode#DATABASE_UNAVAILABLE} when no connection can be opened, or
     *     {@link ErrorCode#DATABASE_ERROR} when an insert fails (the batches committed until then stay)
     */
    public GeneratedData generate(DataSource dataSource) {
        requireNonNull(dataSource, "dataSource");
        long started = System.nanoTime();
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            throw new CompanyUnificationException(ErrorCode.DATABASE_UNAVAILABLE,
                    "Cannot connect to the database to generate legacy data: " + e.getMessage(), e);
        }
        try (connection) {
            checkEmpty(connection);
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            GenerationRun run = new GenerationRun(connection, settings);
            try {
                SharedRows.writeProjects(run);
                SharedRows.writePersonnel(run);
                CompanyRows.write(run);
                ProjectRelationshipRows.write(run);
                PersonnelRelationshipRows.write(run);
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw new CompanyUnificationException(ErrorCode.DATABASE_ERROR, "Generating legacy data failed: "
                        + e.getMessage() + ". The batches committed before the failure stay in the legacy tables;"
                        + " empty them before generating again.", e);
            } finally {
                connection.setAutoCommit(autoCommit);
            }
            Duration duration = Duration.ofNanos(System.nanoTime() - started);
            GeneratedData data = new GeneratedData(settings.seed(), settings.scale(), run.rowsByName(),
                    run.shape.toShape(), duration);
            LOG.info("Generated {} legacy rows (seed {}, scale {}) in {} ms: {} rows/s", data.totalRows(),
                    settings.seed(), settings.scale(), duration.toMillis(), Math.round(data.rowsPerSecond()));
            return data;
        } catch (SQLException e) {
            throw new CompanyUnificationException(ErrorCode.DATABASE_ERROR,
                    "Generating legacy data failed: " + e.getMessage(), e);
        }
    }

    private static void checkEmpty(Connection connection) throws SQLException {
        for (LegacyTable legacyTable : LegacyTable.values()) {
            String table = legacyTable.tableName();
            long rows;
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                rs.next();
                rows = rs.getLong(1);
            } catch (SQLException e) {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                }
                throw new CompanyUnificationException(ErrorCode.SCHEMA_MISSING, "The legacy table " + table
                        + " cannot be read (" + e.getMessage() + "); create the legacy schema first, for example"
                        + " with CompanySchema.configure().dataSource(ds).load().migrateLegacy()", e);
            }
            if (rows > 0) {
                throw new CompanyUnificationException(ErrorCode.INVALID_ARGUMENT, "The legacy table " + table
                        + " already has " + rows + " rows; the generator writes ids from 1 up and needs empty legacy"
                        + " tables");
            }
        }
    }
}

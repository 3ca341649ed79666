package org.companyunification.cli.bench;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.companyunification.cli.bench.BenchmarkReport.DatabaseProduct;
import org.companyunification.cli.bench.BenchmarkReport.Machine;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.companyunification.model.schema.CompanySchema;
import org.companyunification.model.schema.DatabaseVendor;
import org.companyunification.sync.Backfill;
import org.companyunification.sync.BackfillResult;
import org.companyunification.sync.RowCounts;
import org.companyunification.sync.Sync;
import org.companyunification.sync.SyncResult;
import org.companyunification.sync.duplicates.CandidateBand;
import org.companyunification.sync.duplicates.DuplicateFinder;
import org.companyunification.sync.duplicates.DuplicateSearchResult;
import org.companyunification.sync.validation.Validation;
import org.companyunification.sync.validation.ValidationReport;
import org.companyunification.testing.generator.GeneratedData;
import org.companyunification.testing.generator.LegacyDataGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures the backfill against the set-based {@link BaselineCopy} on one database, side by side:
 *
 * <pre>{@code
 * BenchmarkReport report = Benchmark.configure().dataSource(dataSource).scale(10).load().run();
 * double ratio = report.backfillToBaselineRatio();
 * }</pre>
 *
 * <p>In order: it creates the legacy and unified schemas where they are missing; writes the legacy data with the
 * {@link LegacyDataGenerator} (timed, not part of any ratio); runs the full backfill, timing it and measuring its
 * peak heap; runs it a second time over the unchanged data, then a catch-up sync over them; times a dry run;
 * times the validation and one read of every row of the tables the validation reads; times the duplicate
 * candidates search over the backfilled companies ({@code DuplicateFinder}); times the documented queries, the
 * name search and the company detail through {@code CompanyQuery} against the same queries in plain JDBC (median
 * and 99th percentile of many calls after a warm-up, see {@link QueryMeasurement}), and each count of
 * {@code Analytics} against the same {@code GROUP BY} written by hand; streams the network to a JSON file, timing
 * it and measuring its peak heap ({@link NetworkExportMeasurement}); empties the unified tables (the seeded
 * {@code company_roles} and the sequences stay) and times the baseline copy of the same legacy rows. Finally it
 * empties every table it wrote. See {@link BenchmarkReport} for the figures and their targets.
 *
 * <p><b>Only on an empty database.</b> It refuses to start when a legacy or unified table holds a row: it writes
 * test data and deletes it afterwards, so it runs only on a scratch database or schema, never on real data.
 *
 * <p>The numbers are wall-clock times of one run each, on a warm JVM only in so far as the earlier steps warmed
 * it; run the benchmark alone on the machine and database.
 */
public final class Benchmark {

    private static final Logger LOG = LoggerFactory.getLogger(Benchmark.class);

    /** The default scale: 1,000 legacy company rows. */
    public static final double DEFAULT_SCALE = 1;

    /** The default seed of the generated data. */
    public static final long DEFAULT_SEED = 42;

    /** The default batch size of the backfill, its own default. */
    public static final int DEFAULT_BATCH_SIZE = 5000;

    /** The default number of warm-up calls of each query, not measured. */
    public static final int DEFAULT_QUERY_WARMUP = 20;

    /** The default least time, in seconds, each query is warmed up for, not measured: see {@link QueryTiming}. */
    public static final int DEFAULT_QUERY_WARMUP_SECONDS = 2;

    /** The default number of measured calls of each query. */
    public static final int DEFAULT_QUERY_CALLS = 200;

    /**
     * The tables the validation reads: the legacy company and relationship tables, the shared tables its
     * integrity checks join, and the unified tables, origins and bookkeeping it compares them with.
     */
    static final List<String> VALIDATED_TABLES = Stream.of(ScratchTables.LEGACY.stream(), Stream.of("companies",
            "company_roles", "company_role_assignments", "person_company_affiliations", "company_origins",
            "assignment_origins", "affiliation_origins", "backfill_positions", "backfill_issues"))
            .flatMap(tables -> tables).toList();

    private final DataSource dataSource;
    private final double scale;
    private final long seed;
    private final int batchSize;
    private final BenchmarkListener listener;
    private final boolean cleanUp;
    private final QueryTiming queryTiming;
    private final int repeat;

    private Benchmark(Configuration configuration) {
        this.dataSource = configuration.dataSource;
        this.scale = configuration.scale;
        this.seed = configuration.seed;
        this.batchSize = configuration.batchSize;
        this.listener = configuration.listener;
        this.cleanUp = configuration.cleanUp;
        this.queryTiming = new QueryTiming(configuration.queryWarmup, configuration.queryWarmupTime,
                configuration.queryCalls);
        this.repeat = configuration.repeat;
    }

    /**
     * Starts a configuration.
     *
     * @return a new configuration with the defaults
     */
    public static Configuration configure() {
        return new Configuration();
    }

    /**
     * Runs the benchmark.
     *
     * @return the figures
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} when a legacy or unified table
     *     already holds rows (nothing is written then), {@link ErrorCode#MIGRATION_FAILED} when the schema cannot
     *     be created, or the errors of the generator, the backfill, the validation and the baseline copy; the
     *     rows written so far are removed before the exception (or an {@link OutOfMemoryError}) is thrown, unless
     *     clean-up is off
     */
    public BenchmarkReport run() {
        DatabaseProduct product;
        boolean legacySchema;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            DatabaseMetaData metaData = connection.getMetaData();
            product = new DatabaseProduct(DatabaseVendor.of(connection), metaData.getDatabaseProductName(),
                    metaData.getDatabaseProductVersion());
            refuseTablesWithRows(connection);
            legacySchema = ScratchTables.allExist(connection, ScratchTables.LEGACY);
        } catch (SQLException e) {
            throw new CompanyUnificationException(ErrorCode.DATABASE_UNAVAILABLE,
                    "Cannot read the database to benchmark: " + e.getMessage(), e);
        }
        CompanySchema schema = CompanySchema.configure().dataSource(dataSource).load();
        if (!legacySchema) {
            schema.migrateLegacy();
        }
        schema.migrate();
        BenchmarkReport report;
        try {
            report = measure(product);
        } catch (RuntimeException | OutOfMemoryError e) {
            // Out of memory too: what the failed step held is unreachable by now, so the clean-up can run.
            if (cleanUp) {
                try {
                    empty(product.vendor(), ScratchTables.ALL);
                } catch (RuntimeException cleanUpFailure) {
                    e.addSuppressed(cleanUpFailure);
                }
            }
            throw e;
        }
        if (cleanUp) {
            listener.stepStarted("remove the benchmark's rows");
            empty(product.vendor(), ScratchTables.ALL);
        }
        return report;
    }

    private BenchmarkReport measure(DatabaseProduct product) {
        listener.stepStarted("generate legacy data");
        long started = System.nanoTime();
        GeneratedData data = new LegacyDataGenerator(seed, scale).generate(dataSource);
        Measurement generation = Measurement.since("generate legacy data", started, data.totalRows());
        refreshLegacyStatistics(product.vendor());
        long legacyRows = data.companyRows() + data.projectRelationshipRows() + data.personnelRelationshipRows();

        Backfill backfill = Backfill.configure().dataSource(dataSource).batchSize(batchSize).listener(listener)
                .load();
        listener.stepStarted("backfill");
        HeapPeak heap = HeapPeak.start();
        started = System.nanoTime();
        BackfillResult first = backfill.run();
        Measurement firstRun = Measurement.since("backfill", started, first.total().read());
        long peakHeap = heap.bytes();

        Timed<BackfillResult> second = repeated("second backfill", backfill::run, r -> r.total().read());
        Measurement secondRun = second.measurement();
        RowCounts secondTotal = second.result().total();
        if (secondTotal.created() + secondTotal.updated() > 0) {
            LOG.warn("The second backfill over unchanged data created {} and updated {} rows; it should change"
                    + " none", secondTotal.created(), secondTotal.updated());
        }

        Sync syncRun = Sync.configure().dataSource(dataSource).batchSize(batchSize).listener(listener).load();
        Timed<SyncResult> synced = repeated("sync", syncRun::run, r -> r.run().total().read());
        Measurement sync = synced.measurement();
        RowCounts syncTotal = synced.result().run().total();
        if (syncTotal.created() + syncTotal.updated() > 0) {
            LOG.warn("The sync over unchanged data created {} and updated {} rows; it should change none",
                    syncTotal.created(), syncTotal.updated());
        }

        Measurement dryRun = repeated("dry run", backfill::dryRun, r -> r.total().read()).measurement();

        Timed<ValidationReport> validated = repeated("validation",
                () -> Validation.configure().dataSource(dataSource).load().validate(), r -> 0);
        ValidationReport validationReport = validated.result();
        Measurement readRows = repeated("read rows", this::readValidatedRows, rows -> rows).measurement();
        Measurement validation = new Measurement("validation", validated.measurement().duration(), readRows.rows(),
                validated.measurement().repeats());

        listener.stepStarted("duplicate search");
        started = System.nanoTime();
        DuplicateSearchResult found = DuplicateFinder.configure().dataSource(dataSource).load().find();
        DuplicateSearchFigures duplicates = new DuplicateSearchFigures(Measurement.since("duplicate search", started,
                found.companies()), found.comparisons(), found.candidates(CandidateBand.STRONG).size(),
                found.candidates(CandidateBand.REVIEW).size());

        listener.stepStarted("queries");
        List<QueryMeasurement> queries = new ArrayList<>(new QueryBenchmark(dataSource, product.vendor(),
                queryTiming).run());
        AnalyticsBenchmark analytics = new AnalyticsBenchmark(dataSource, queryTiming);
        listener.stepStarted("analytics counts");
        queries.addAll(analytics.counts());
        listener.stepStarted("network export");
        NetworkExportMeasurement networkExport = analytics.networkExport();

        listener.stepStarted("wipe the unified tables");
        empty(product.vendor(), ScratchTables.UNIFIED);
        listener.stepStarted("baseline copy");
        started = System.nanoTime();
        BaselineResult baselineResult = BaselineCopy.of(dataSource).run();
        Measurement baseline = Measurement.since("baseline copy", started, legacyRows);
        LOG.info("Baseline copy inserted {} rows", baselineResult.totalRows());

        return new BenchmarkReport(Instant.now(), scale, seed, batchSize, product, Machine.current(), generation,
                firstRun, secondRun, sync, dryRun, validation, readRows, baseline, peakHeap, validationReport.passed(),
                queries, duplicates, networkExport);
    }

    /**
     * Reads once every row of every table the validation reads, on one connection, and returns how many there
     * are: per table a count and a sum over the text of its last column, which no database answers from its
     * metadata (H2 keeps row counts, so a bare {@code COUNT(*)} there reads nothing).
     */
    private long readValidatedRows() {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            long rows = 0;
            for (String table : VALIDATED_TABLES) {
                rows += ScratchTables.readAll(connection, table);
            }
            return rows;
        } catch (SQLException e) {
            throw new CompanyUnificationException(ErrorCode.DATABASE_ERROR, "Reading the rows the validation reads"
                    + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Times a short step {@code repeat} times over the same data and returns the last result with the median
     * time and every repeat's.
     */
    private <R> Timed<R> repeated(String step, Supplier<R> work, ToLongFunction<R> rows) {
        List<Duration> times = new ArrayList<>();
        R result = null;
        for (int i = 1; i <= repeat; i++) {
            listener.stepStarted(repeat == 1 ? step : step + " (" + i + " of " + repeat + ")");
            long started = System.nanoTime();
            result = work.get();
            times.add(Duration.ofNanos(System.nanoTime() - started));
        }
        return new Timed<>(result, Measurement.median(step, times, rows.applyAsLong(result)));
    }

    /** The last result of a repeated step and its measurement. */
    private record Timed<R>(R result, Measurement measurement) {}

    private static void refuseTablesWithRows(Connection connection) throws SQLException {
        for (Map.Entry<String, Long> table : ScratchTables.rowCounts(connection, ScratchTables.ALL).entrySet()) {
            if (table.getValue() > 0) {
                throw new CompanyUnificationException(ErrorCode.INVALID_ARGUMENT, "Refusing to benchmark: the table "
                        + table.getKey() + " holds " + table.getValue() + (table.getValue() == 1 ? " row" : " rows")
                        + ". The benchmark writes test data and deletes it afterwards, so it never runs on real data;"
                        + " point it at a scratch database or schema whose legacy and unified tables are empty");
            }
        }
    }

    /**
     * Gives PostgreSQL statistics on the freshly written legacy tables, as a production database has, so that
     * neither the backfill nor the baseline copy plans its joins on empty statistics. The other databases keep
     * their statistics up to date themselves.
     */
    private void refreshLegacyStatistics(DatabaseVendor vendor) {
        if (vendor != DatabaseVendor.POSTGRESQL) {
            return;
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            for (String table : ScratchTables.LEGACY) {
                statement.execute("ANALYZE " + table);
            }
        } catch (SQLException e) {
            throw new CompanyUnificationException(ErrorCode.DATABASE_ERROR, "Analysing the legacy tables failed: "
                    + e.getMessage(), e);
        }
    }

    private void empty(DatabaseVendor vendor, List<String> tables) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            ScratchTables.empty(connection, vendor, tables);
        } catch (SQLException e) {
            throw new CompanyUnificationException(ErrorCode.DATABASE_ERROR, "Emptying the tables "
                    + String.join(", ", tables) + " failed: " + e.getMessage(), e);
        }
    }

    /** Settings of a {@link Benchmark}; each has a default but the data source. */
    public static final class Configuration {

        /** The most repeats of a short step. */
        public static final int MAX_REPEAT = 50;

        private DataSource dataSource;
        private double scale = DEFAULT_SCALE;
        private long seed = DEFAULT_SEED;
        private int batchSize = DEFAULT_BATCH_SIZE;
        private BenchmarkListener listener = BenchmarkListener.NONE;
        private boolean cleanUp = true;
        private int queryWarmup = DEFAULT_QUERY_WARMUP;
        private Duration queryWarmupTime = Duration.ofSeconds(DEFAULT_QUERY_WARMUP_SECONDS);
        private int queryCalls = DEFAULT_QUERY_CALLS;
        private int repeat = 1;

        private Configuration() {}

        /**
         * Sets how many times each short step runs over the same data: the second backfill, the sync, the dry run,
         * the validation and the read of its rows (default: 1). Each is reported with the median of its repeats and
         * keeps every repeat's time, so one noisy run on a shared machine does not decide a target.
         *
         * @param repeat from 1 to {@value #MAX_REPEAT}
         * @return this configuration
         * @throws IllegalArgumentException when outside that range
         */
        public Configuration repeat(int repeat) {
            checkArgument(repeat >= 1 && repeat <= MAX_REPEAT, "repeat must be from 1 to %s: %s", MAX_REPEAT,
                    repeat);
            this.repeat = repeat;
            return this;
        }

        /**
         * Sets the calls of each query made before timing, to warm the JVM, Hibernate and the database up
         * (default: {@value Benchmark#DEFAULT_QUERY_WARMUP}).
         *
         * @param queryWarmup 0 or more
         * @return this configuration
         * @throws IllegalArgumentException when negative
         */
        public Configuration queryWarmup(int queryWarmup) {
            checkArgument(queryWarmup >= 0, "query warm-up must not be negative: %s", queryWarmup);
            this.queryWarmup = queryWarmup;
            return this;
        }

        /**
         * Sets the least time each query is warmed up for, both ways, before it is timed; the warm-up lasts until
         * both this time has passed and the {@linkplain #queryWarmup warm-up calls} are made (default: {@value
         * Benchmark#DEFAULT_QUERY_WARMUP_SECONDS} seconds). See {@link QueryTiming} for why a count of calls alone is
         * not enough.
         *
         * @param queryWarmupTime zero or more
         * @return this configuration
         * @throws IllegalArgumentException when negative
         */
        public Configuration queryWarmupTime(Duration queryWarmupTime) {
            checkArgument(!queryWarmupTime.isNegative(), "query warm-up time must not be negative: %s",
                    queryWarmupTime);
            this.queryWarmupTime = queryWarmupTime;
            return this;
        }

        /**
         * Sets the timed calls of each query, each way (default: {@value Benchmark#DEFAULT_QUERY_CALLS}).
         *
         * @param queryCalls a positive number
         * @return this configuration
         * @throws IllegalArgumentException when not positive
         */
        public Configuration queryCalls(int queryCalls) {
            checkArgument(queryCalls > 0, "query calls must be positive: %s", queryCalls);
            this.queryCalls = queryCalls;
            return this;
        }

        /**
         * Sets the database (required): a scratch database or schema whose legacy and unified tables are empty
         * or missing.
         *
         * @param dataSource the data source
         * @return this configuration
         */
        public Configuration dataSource(DataSource dataSource) {
            this.dataSource = requireNonNull(dataSource, "dataSource");
            return this;
        }

        /**
         * Sets the size of the generated data (default: 1, which is 1,000 legacy company rows; 1000 is the
         * 1M-row benchmark).
         *
         * @param scale more than 0, at most {@value LegacyDataGenerator#MAX_SCALE}
         * @return this configuration
         * @throws IllegalArgumentException when out of range
         */
        public Configuration scale(double scale) {
            checkArgument(scale > 0 && scale <= LegacyDataGenerator.MAX_SCALE,
                    "scale must be more than 0 and at most %s: %s", LegacyDataGenerator.MAX_SCALE, scale);
            this.scale = scale;
            return this;
        }

        /**
         * Sets the seed of the generated data (default: {@value Benchmark#DEFAULT_SEED}).
         *
         * @param seed any number; the same seed and scale generate the same rows
         * @return this configuration
         */
        public Configuration seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * Sets the backfill's rows per transaction (default: {@value Benchmark#DEFAULT_BATCH_SIZE}).
         *
         * @param batchSize a positive number
         * @return this configuration
         * @throws IllegalArgumentException when not positive
         */
        public Configuration batchSize(int batchSize) {
            checkArgument(batchSize > 0, "batch size must be positive: %s", batchSize);
            this.batchSize = batchSize;
            return this;
        }

        /**
         * Sets the listener that receives progress (default: {@link BenchmarkListener#NONE}).
         *
         * @param listener the listener
         * @return this configuration
         */
        public Configuration listener(BenchmarkListener listener) {
            this.listener = requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Sets whether the rows the benchmark wrote are removed at the end (default: {@code true}). Turn it off
         * to inspect them, or when the whole database is thrown away afterwards; the unified tables then hold
         * the baseline copy's rows.
         *
         * @param cleanUp whether to empty the tables at the end
         * @return this configuration
         */
        public Configuration cleanUp(boolean cleanUp) {
            this.cleanUp = cleanUp;
            return this;
        }

        /**
         * Returns the benchmark.
         *
         * @return the benchmark
         * @throws IllegalStateException when no data source was set
         */
        public Benchmark load() {
            checkState(dataSource != null, "a data source is required: call dataSource(...) before load()");
            return new Benchmark(this);
        }
    }
}

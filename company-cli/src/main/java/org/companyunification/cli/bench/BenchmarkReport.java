package org.companyunification.cli.bench;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.companyunification.model.schema.DatabaseVendor;

/**
 * The figures of one {@link Benchmark} run, the ratios between them and the targets they are held against.
 *
 * <p>What each measurement's rows count: {@link #generation()} the legacy rows written (all fourteen tables);
 * {@link #dryRun()}, {@link #backfill()}, {@link #secondBackfill()}, {@link #sync()} and {@link #baseline()} the
 * legacy company and relationship rows read, the same number for all five, so their speeds compare directly;
 * {@link #validation()} and {@link #readRows()} the rows of the tables validation reads.
 *
 * <p>The targets: the backfill takes at most {@value #H2_BACKFILL_LIMIT} times the baseline copy's time on H2,
 * {@value #POSTGRESQL_BACKFILL_LIMIT} times on PostgreSQL and {@value #MARIADB_BACKFILL_LIMIT} times on MariaDB; a
 * second run over
 * unchanged data takes at most {@value #SECOND_RUN_LIMIT} of the first, and a sync over it at most
 * {@value #SYNC_LIMIT}; validation takes at most
 * {@value #VALIDATION_LIMIT} times as long as reading once the rows it reads; the backfill's peak heap stays below
 * {@value #PEAK_HEAP_LIMIT_BYTES} bytes (256 MB); the duplicate candidates search takes at most
 * {@value #DUPLICATE_SEARCH_LIMIT_SECONDS} seconds per {@value #DUPLICATE_SEARCH_COMPANIES} companies (and at most
 * that for fewer).
 *
 * @param date when the benchmark finished
 * @param scale the generator's scale (1 means 1,000 legacy company rows)
 * @param seed the generator's seed
 * @param batchSize the backfill's rows per transaction
 * @param database the database it ran on
 * @param machine the machine and JVM it ran on
 * @param generation writing the legacy data; reported, not part of any ratio
 * @param backfill the first full backfill, all three steps
 * @param secondBackfill a second full backfill over the unchanged data
 * @param sync a catch-up sync over the same unchanged data
 * @param dryRun the backfill's dry run over the migrated data
 * @param validation the validation after the backfill
 * @param readRows one read of every row of every table the validation reads (a count and a sum over a column
 *     of each row), the reference the validation is held against
 * @param baseline the set-based {@link BaselineCopy} into the emptied unified tables
 * @param peakHeapBytes the peak heap during the first backfill: the largest heap in use after a collection
 * @param validationPassed whether the validation passed
 * @param queries the queries timed through {@code CompanyQuery} and the counts timed through {@code Analytics},
 *     each against plain JDBC, each ratio held against {@value QueryMeasurement#LIMIT}
 * @param duplicates the duplicate candidates search over the backfilled companies
 * @param networkExport the network streamed to a JSON file, its peak heap held below 256 MB
 */
public record BenchmarkReport(
        Instant date, double scale, long seed, int batchSize, DatabaseProduct database, Machine machine,
        Measurement generation, Measurement backfill, Measurement secondBackfill, Measurement sync, Measurement dryRun,
        Measurement validation, Measurement readRows, Measurement baseline, long peakHeapBytes,
        boolean validationPassed, List<QueryMeasurement> queries, DuplicateSearchFigures duplicates,
        NetworkExportMeasurement networkExport) {

    /** The most the backfill may take on H2, as a multiple of the baseline copy's time. */
    public static final double H2_BACKFILL_LIMIT = 1.5;

    /** The most the backfill may take on PostgreSQL, as a multiple of the baseline copy's time. */
    public static final double POSTGRESQL_BACKFILL_LIMIT = 2.0;

    /** The most the backfill may take on MariaDB, as a multiple of the baseline copy's time. */
    public static final double MARIADB_BACKFILL_LIMIT = 2.0;

    /** The most a second run over unchanged data may take, as a share of the first run's time. */
    public static final double SECOND_RUN_LIMIT = 0.05;

    /** The most a catch-up sync over unchanged data may take, as a share of the first run's time. */
    public static final double SYNC_LIMIT = 0.10;

    /** The most validation may take, as a multiple of the time to read once the rows it reads. */
    public static final double VALIDATION_LIMIT = 2.0;

    /** What the backfill's peak heap must stay below: 256 MB. */
    public static final long PEAK_HEAP_LIMIT_BYTES = 256L * 1024 * 1024;

    /** The JSON key of the backfill-to-baseline ratio. */
    public static final String BACKFILL_TO_BASELINE = "backfillToBaselineRatio";

    /** The JSON key of the second-to-first-run ratio. */
    public static final String SECOND_TO_FIRST_RUN = "secondToFirstRunRatio";

    /** The JSON key of the sync-to-first-run ratio. */
    public static final String SYNC_TO_FIRST_RUN = "syncToFirstRunRatio";

    /** The JSON key of the validation-to-read ratio. */
    public static final String VALIDATION_TO_READ = "validationToReadRatio";

    /** The JSON key of the peak heap. */
    public static final String PEAK_HEAP = "peakHeapBytes";

    /** The most seconds the duplicate candidates search may take for {@value #DUPLICATE_SEARCH_COMPANIES} companies. */
    public static final double DUPLICATE_SEARCH_LIMIT_SECONDS = 60;

    /** The number of companies the duplicate search limit is stated for. */
    public static final int DUPLICATE_SEARCH_COMPANIES = 100_000;

    /** The JSON key of the duplicate candidates search's seconds. */
    public static final String DUPLICATE_SEARCH = "duplicateSearchSeconds";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * Checks the parts.
     *
     * @throws NullPointerException when a part is missing
     */
    public BenchmarkReport {
        requireNonNull(date, "date");
        requireNonNull(database, "database");
        requireNonNull(machine, "machine");
        requireNonNull(generation, "generation");
        requireNonNull(backfill, "backfill");
        requireNonNull(secondBackfill, "secondBackfill");
        requireNonNull(sync, "sync");
        requireNonNull(dryRun, "dryRun");
        requireNonNull(validation, "validation");
        requireNonNull(readRows, "readRows");
        requireNonNull(baseline, "baseline");
        requireNonNull(duplicates, "duplicates");
        queries = List.copyOf(queries);
        requireNonNull(networkExport, "networkExport");
    }

    /**
     * Returns the backfill's time over the baseline copy's.
     *
     * @return {@code backfill().seconds() / baseline().seconds()}
     */
    public double backfillToBaselineRatio() {
        return ratio(backfill, baseline);
    }

    /**
     * Returns the second run's time over the first run's.
     *
     * @return {@code secondBackfill().seconds() / backfill().seconds()}
     */
    public double secondToFirstRunRatio() {
        return ratio(secondBackfill, backfill);
    }

    /**
     * Returns the sync's time over the first run's.
     *
     * @return {@code sync().seconds() / backfill().seconds()}
     */
    public double syncToFirstRunRatio() {
        return ratio(sync, backfill);
    }

    /**
     * Returns the validation's time over the time to read once every row of the tables it reads.
     *
     * @return {@code validation().seconds() / readRows().seconds()}
     */
    public double validationToReadRatio() {
        return ratio(validation, readRows);
    }

    /**
     * Returns the measurements in the order they ran, generation first.
     *
     * @return the nine measurements
     */
    public List<Measurement> measurements() {
        return List.of(generation, backfill, secondBackfill, sync, dryRun, validation, readRows,
                duplicates.search(), baseline);
    }

    /**
     * Returns the most seconds the duplicate candidates search may take for the companies it read.
     *
     * @return {@value #DUPLICATE_SEARCH_LIMIT_SECONDS} seconds per {@value #DUPLICATE_SEARCH_COMPANIES} companies,
     *     and at least {@value #DUPLICATE_SEARCH_LIMIT_SECONDS}
     */
    public double duplicateSearchLimitSeconds() {
        return DUPLICATE_SEARCH_LIMIT_SECONDS * Math.max(1.0, duplicates.search().rows()
                / (double) DUPLICATE_SEARCH_COMPANIES);
    }

    /**
     * Returns the backfill's limit on this report's database, as a multiple of the baseline copy's time.
     *
     * @return {@value #H2_BACKFILL_LIMIT} on H2, {@value #POSTGRESQL_BACKFILL_LIMIT} on PostgreSQL,
     *     {@value #MARIADB_BACKFILL_LIMIT} on MariaDB
     */
    public double backfillLimit() {
        return switch (database.vendor()) {
            case H2 -> H2_BACKFILL_LIMIT;
            case POSTGRESQL -> POSTGRESQL_BACKFILL_LIMIT;
            case MARIADB -> MARIADB_BACKFILL_LIMIT;
        };
    }

    /**
     * Returns the figures held against targets: the three ratios, the peak heap and the duplicate search time.
     *
     * @return the backfill-to-baseline ratio, the second-to-first-run ratio, the sync-to-first-run ratio, the
     *     validation-to-read ratio, the peak heap and the duplicate search's seconds, in that order
     */
    public List<Target> targets() {
        return List.of(
                Target.atMost(BACKFILL_TO_BASELINE, backfillToBaselineRatio(), backfillLimit()),
                Target.atMost(SECOND_TO_FIRST_RUN, secondToFirstRunRatio(), SECOND_RUN_LIMIT),
                Target.atMost(SYNC_TO_FIRST_RUN, syncToFirstRunRatio(), SYNC_LIMIT),
                Target.atMost(VALIDATION_TO_READ, validationToReadRatio(), VALIDATION_LIMIT),
                Target.below(PEAK_HEAP, peakHeapBytes, PEAK_HEAP_LIMIT_BYTES),
                Target.atMost(DUPLICATE_SEARCH, duplicates.search().seconds(), duplicateSearchLimitSeconds()));
    }

    /**
     * Returns the figures as an indented JSON document: the settings, the machine and the database; each
     * measurement under {@code steps} with {@code seconds} (the median of its repeats), {@code rows},
     * {@code rowsPerSecond} and {@code repeatSeconds} (every repeat, in order); the ratios
     * under {@value #BACKFILL_TO_BASELINE}, {@value #SECOND_TO_FIRST_RUN}, {@value #SYNC_TO_FIRST_RUN} and
     * {@value #VALIDATION_TO_READ};
     * {@value #PEAK_HEAP}; and under {@code targets} each figure with its {@code limit} ({@code null} for none)
     * and {@code status}; under {@code queries} each query with its medians and 99th percentiles in
     * milliseconds, its ratio, limit and status; under {@code duplicates} the companies searched, the pairs
     * compared and the strong and review candidates found; and under {@code networkExport} the nodes, edges,
     * bytes, seconds and peak heap of the network export with its limit and status.
     *
     * @return the JSON text
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} when Jackson cannot write the
     *     document
     */
    public String toJson() {
        try {
            return JSON.writeValueAsString(toJsonNode());
        } catch (JsonProcessingException e) {
            throw new CompanyUnificationException(ErrorCode.INVALID_ARGUMENT,
                    "Cannot write the benchmark figures as JSON: " + e.getMessage(), e);
        }
    }

    /** Returns the document {@link #toJson()} writes. */
    ObjectNode toJsonNode() {
        ObjectNode root = JSON.createObjectNode();
        root.put("date", date.toString());
        root.put("scale", scale);
        root.put("seed", seed);
        root.put("batchSize", batchSize);
        ObjectNode db = root.putObject("database");
        db.put("vendor", database.vendor().displayName());
        db.put("product", database.name());
        db.put("version", database.version());
        ObjectNode host = root.putObject("machine");
        host.put("availableProcessors", machine.availableProcessors());
        host.put("maxHeapBytes", machine.maxHeapBytes());
        if (machine.totalPhysicalMemoryBytes().isPresent()) {
            host.put("totalPhysicalMemoryBytes", machine.totalPhysicalMemoryBytes().getAsLong());
        } else {
            host.putNull("totalPhysicalMemoryBytes");
        }
        host.put("javaVersion", machine.javaVersion());
        host.put("operatingSystem", machine.operatingSystem());
        ObjectNode steps = root.putObject("steps");
        step(steps, "generation", generation);
        step(steps, "backfill", backfill);
        step(steps, "secondBackfill", secondBackfill);
        step(steps, "sync", sync);
        step(steps, "dryRun", dryRun);
        step(steps, "validation", validation);
        step(steps, "readRows", readRows);
        step(steps, "duplicateSearch", duplicates.search());
        step(steps, "baseline", baseline);
        root.put(BACKFILL_TO_BASELINE, backfillToBaselineRatio());
        root.put(SECOND_TO_FIRST_RUN, secondToFirstRunRatio());
        root.put(SYNC_TO_FIRST_RUN, syncToFirstRunRatio());
        root.put(VALIDATION_TO_READ, validationToReadRatio());
        root.put(PEAK_HEAP, peakHeapBytes);
        root.put("validationPassed", validationPassed);
        ObjectNode targets = root.putObject("targets");
        for (Target target : targets()) {
            ObjectNode node = targets.putObject(target.key());
            node.put("value", target.value());
            if (target.limit().isPresent()) {
                node.put("limit", target.limit().getAsDouble());
            } else {
                node.putNull("limit");
            }
            node.put("comparison", target.limitExcluded() ? "<" : "<=");
            node.put("status", target.status().name());
        }
        ObjectNode queryNodes = root.putObject("queries");
        for (QueryMeasurement query : queries) {
            ObjectNode node = queryNodes.putObject(query.key());
            node.put("warmupRounds", query.warmup().rounds());
            node.put("warmupSeconds", query.warmup().seconds());
            node.put("calls", query.companyQuery().calls());
            node.put("companyQueryMedianMillis", query.companyQuery().medianMillis());
            node.put("companyQueryP99Millis", query.companyQuery().p99Millis());
            node.put("jdbcMedianMillis", query.jdbc().medianMillis());
            node.put("jdbcP99Millis", query.jdbc().p99Millis());
            node.put("ratio", query.ratio());
            node.put("limit", QueryMeasurement.LIMIT);
            node.put("status", query.target().status().name());
        }
        ObjectNode duplicateNode = root.putObject("duplicates");
        duplicateNode.put("companies", duplicates.search().rows());
        duplicateNode.put("comparisons", duplicates.comparisons());
        duplicateNode.put("strongCandidates", duplicates.strongCandidates());
        duplicateNode.put("reviewCandidates", duplicates.reviewCandidates());
        ObjectNode network = root.putObject("networkExport");
        network.put("nodes", networkExport.nodes());
        network.put("edges", networkExport.edges());
        network.put("bytes", networkExport.bytes());
        network.put("seconds", networkExport.seconds());
        network.put("peakHeapBytes", networkExport.peakHeapBytes());
        network.put("maxHeapBytes", networkExport.maxHeapBytes());
        network.put("limit", PEAK_HEAP_LIMIT_BYTES);
        network.put("status", networkExport.target().status().name());
        return root;
    }

    private static void step(ObjectNode steps, String key, Measurement measurement) {
        ObjectNode node = steps.putObject(key);
        node.put("seconds", measurement.seconds());
        node.put("rows", measurement.rows());
        node.put("rowsPerSecond", measurement.rowsPerSecond());
        ArrayNode repeats = node.putArray("repeatSeconds");
        measurement.repeats().forEach(repeat -> repeats.add(repeat.toNanos() / 1e9));
    }

    private static double ratio(Measurement numerator, Measurement denominator) {
        return numerator.seconds() / denominator.seconds();
    }

    /**
     * The database a benchmark ran on.
     *
     * @param vendor its kind
     * @param name the product name its driver reports
     * @param version the product version its driver reports
     */
    public record DatabaseProduct(DatabaseVendor vendor, String name, String version) {

        /**
         * Checks the parts.
         *
         * @throws NullPointerException when a part is missing
         */
        public DatabaseProduct {
            requireNonNull(vendor, "vendor");
            requireNonNull(name, "name");
            requireNonNull(version, "version");
        }
    }

    /**
     * The machine and JVM a benchmark ran on.
     *
     * @param availableProcessors the cores the JVM may use ({@link Runtime#availableProcessors()})
     * @param maxHeapBytes the JVM's maximum heap ({@link Runtime#maxMemory()}, {@code -Xmx})
     * @param totalPhysicalMemoryBytes the machine's memory, when the JVM tells it
     * @param javaVersion the Java runtime's version
     * @param operatingSystem the operating system's name, version and architecture
     */
    public record Machine(int availableProcessors, long maxHeapBytes, OptionalLong totalPhysicalMemoryBytes,
            String javaVersion, String operatingSystem) {

        /**
         * Checks the parts.
         *
         * @throws NullPointerException when a part is missing
         */
        public Machine {
            requireNonNull(totalPhysicalMemoryBytes, "totalPhysicalMemoryBytes");
            requireNonNull(javaVersion, "javaVersion");
            requireNonNull(operatingSystem, "operatingSystem");
        }

        /**
         * Describes the machine this JVM runs on.
         *
         * @return its cores, maximum heap, physical memory (when the JVM's {@code com.sun.management}
         *     extension tells it), Java version and operating system
         */
        public static Machine current() {
            Runtime runtime = Runtime.getRuntime();
            OptionalLong physical = ManagementFactory.getOperatingSystemMXBean()
                    instanceof OperatingSystemMXBean os ? OptionalLong.of(os.getTotalMemorySize()) : OptionalLong.empty();
            return new Machine(runtime.availableProcessors(), runtime.maxMemory(), physical,
                    System.getProperty("java.version", "unknown"),
                    System.getProperty("os.name", "unknown") + " " + System.getProperty("os.version", "") + " "
                            + System.getProperty("os.arch", ""));
        }
    }
}

package org.companyunification.cli.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.companyunification.cli.internal.ExitCode;
import org.companyunification.cli.bench.Benchmark;
import org.companyunification.cli.bench.BenchmarkListener;
import org.companyunification.cli.bench.BenchmarkReport;
import org.companyunification.cli.bench.GrowthCurve;
import org.companyunification.cli.bench.NetworkExportMeasurement;
import org.companyunification.testing.generator.LegacyDataGenerator;
import org.companyunification.cli.bench.Measurement;
import org.companyunification.cli.bench.QueryMeasurement;
import org.companyunification.cli.bench.Target;
import org.companyunification.cli.internal.Access;
import org.companyunification.cli.internal.CliException;
import org.companyunification.cli.internal.ConnectionTarget;
import org.companyunification.cli.internal.Database;
import org.companyunification.cli.internal.OptionRanges;
import org.companyunification.cli.internal.OutputFiles;
import org.companyunification.cli.internal.Session;
import org.companyunification.cli.internal.TerminalText;
import org.companyunification.sync.Step;
import org.companyunification.sync.TableResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code company-cli bench}: measures the backfill against the set-based baseline copy on one database and
 * prints the figures, their ratios and whether each target is met (see {@link Benchmark}).
 */
@Command(name = "bench",
        description = {
            "Benchmarks the backfill on generated legacy data: times the backfill and measures its peak heap,"
                    + " a second run over the unchanged data, a dry run, the validation against counting the rows"
                    + " it reads, the duplicate candidates search, and a set-based SQL copy of the same rows (the"
                    + " baseline); prints each figure, the ratios and whether each target is met.",
            "Without --url or --env it runs on a fresh embedded H2 database in the working directory, deleted"
                    + " afterwards unless --keep. Any other database must be a scratch one: the command refuses to"
                    + " run when a legacy or unified table holds rows, and removes the rows it wrote at the end."
        })
public final class BenchCommand extends DatabaseCommand {

    private static final String H2_DIRECTORY_PREFIX = "company-bench-";

    private static final int MAX_QUERY_WARMUP = 10_000;

    private static final int MAX_QUERY_WARMUP_SECONDS = 600;

    private static final int MAX_QUERY_CALLS = 100_000;

    private static final int MAX_SCALES = 10;

    private double scale;

    private List<Double> scales = List.of();

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42",
            description = "The seed of the generated data, any whole number; the same seed and scale give the same"
                    + " rows (default: ${DEFAULT-VALUE}).")
    private long seed;

    private int batchSize;

    private int queryWarmup;

    private int queryWarmupSeconds;

    private int queryCalls;

    private int repeat;

    @Option(names = "--json", paramLabel = "FILE",
            description = "Also write the figures, the machine and the database as JSON to FILE.")
    private Path jsonFile;

    @Option(names = "--keep",
            description = "Keep what the benchmark wrote: the embedded database's files, or the rows in the"
                    + " --url/--env database (its unified tables then hold the baseline copy's rows).")
    private boolean keep;

    /**
     * Creates the command.
     *
     * @param session the run
     */
    public BenchCommand(Session session) {
        super(session);
    }

    @Option(names = "--scale", paramLabel = "N", defaultValue = "1",
            description = "The size of the generated data, more than 0 and at most 10,000: 1 is 1,000 legacy"
                    + " company rows with 2,000 project and 1,000 personnel relationships; 1000 is the 1M-row"
                    + " benchmark (default: ${DEFAULT-VALUE}).")
    void setScale(double scale) {
        OptionRanges.require(spec, scale > 0 && scale <= LegacyDataGenerator.MAX_SCALE,
                "--scale must be more than 0 and at most %s, not %s", format(LegacyDataGenerator.MAX_SCALE),
                format(scale));
        this.scale = scale;
    }

    @Option(names = "--scales", paramLabel = "LIST",
            description = "Runs the benchmark at each of several scales instead, one after the other, each on fresh"
                    + " data: 2 to 10 scales, comma-separated and ascending, each as --scale (for example"
                    + " 10,100,1000). Prints each run, then rows/s by step and scale and the backfill's fall in"
                    + " rows/s from scale 10 to the largest (target: at most 20%%); --json then writes the growth"
                    + " curve with every run. Not with --scale or --keep.")
    void setScales(String list) {
        List<Double> parsed = new ArrayList<>();
        for (String part : list.split(",", -1)) {
            double value;
            try {
                value = Double.parseDouble(part.strip());
            } catch (NumberFormatException e) {
                value = Double.NaN;
            }
            OptionRanges.require(spec, value > 0 && value <= LegacyDataGenerator.MAX_SCALE,
                    "--scales must list scales more than 0 and at most %s, separated by commas, not '%s'",
                    format(LegacyDataGenerator.MAX_SCALE), part.strip());
            OptionRanges.require(spec, parsed.isEmpty() || value > parsed.get(parsed.size() - 1),
                    "--scales must list each scale once, in ascending order: %s after %s", format(value),
                    format(parsed.isEmpty() ? 0 : parsed.get(parsed.size() - 1)));
            parsed.add(value);
        }
        OptionRanges.require(spec, parsed.size() >= 2 && parsed.size() <= MAX_SCALES,
                "--scales must list from 2 to %s scales, not %s", MAX_SCALES, parsed.size());
        this.scales = List.copyOf(parsed);
    }

    @Option(names = "--batch-size", paramLabel = "B", defaultValue = "5000",
            description = "The backfill's legacy rows per transaction, from 1 to 50,000 (default: ${DEFAULT-VALUE}).")
    void setBatchSize(int batchSize) {
        this.batchSize = OptionRanges.batchSize(spec, batchSize);
    }

    @Option(names = "--query-warmup", paramLabel = "N", defaultValue = "20",
            description = "Untimed calls of each query before its timed calls, each way, from 0 to 10,000"
                    + " (default: ${DEFAULT-VALUE}).")
    void setQueryWarmup(int queryWarmup) {
        OptionRanges.require(spec, queryWarmup >= 0 && queryWarmup <= MAX_QUERY_WARMUP,
                "--query-warmup must be from 0 to 10,000, not %s", queryWarmup);
        this.queryWarmup = queryWarmup;
    }

    @Option(names = "--query-warmup-time", paramLabel = "SECONDS", defaultValue = "2",
            description = "The least time each query is warmed up for, both ways, before it is timed, from 0 to 600:"
                    + " the warm-up lasts until this time has passed and the --query-warmup calls are made."
                    + " Hibernate's code is compiled by the JVM only after tens of thousands of calls, so a short"
                    + " warm-up times a fast query with the library half compiled (default: ${DEFAULT-VALUE}).")
    void setQueryWarmupTime(int queryWarmupSeconds) {
        OptionRanges.require(spec, queryWarmupSeconds >= 0 && queryWarmupSeconds <= MAX_QUERY_WARMUP_SECONDS,
                "--query-warmup-time must be from 0 to 600 seconds, not %s", queryWarmupSeconds);
        this.queryWarmupSeconds = queryWarmupSeconds;
    }

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "1",
            description = "Runs each short step (second backfill, sync, dry run, validation, read rows) N times over"
                    + " the same data and reports the median, from 1 to 50; the JSON keeps every repeat (default:"
                    + " ${DEFAULT-VALUE}).")
    void setRepeat(int repeat) {
        OptionRanges.require(spec, repeat >= 1 && repeat <= Benchmark.Configuration.MAX_REPEAT,
                "--repeat must be from 1 to 50, not %s", repeat);
        this.repeat = repeat;
    }

    @Option(names = "--query-calls", paramLabel = "N", defaultValue = "200",
            description = "Timed calls of each query, each way, from 1 to 100,000; the median and 99th percentile"
                    + " are reported (default: ${DEFAULT-VALUE}).")
    void setQueryCalls(int queryCalls) {
        OptionRanges.require(spec, queryCalls >= 1 && queryCalls <= MAX_QUERY_CALLS,
                "--query-calls must be from 1 to 100,000, not %s", queryCalls);
        this.queryCalls = queryCalls;
    }

    /**
     * Runs the benchmark, at one scale or at each of {@code --scales}, and reports it.
     *
     * @return {@value ExitCode#OK}
     * @throws CliException when {@code --scales} comes with {@code --scale} or {@code --keep}, the JSON file cannot
     *     be written (checked before the benchmark starts), or the database cannot be reached
     */
    @Override
    public Integer call() {
        if (!scales.isEmpty()) {
            if (spec.commandLine().getParseResult().hasMatchedOption("--scale")) {
                throw new CliException("give either --scale or --scales, not both");
            }
            if (keep) {
                throw new CliException("--keep keeps the data of one benchmark: use it with --scale, not --scales");
            }
        }
        if (jsonFile != null) {
            OutputFiles.checkWritable(session.environment().workingDirectory().resolve(jsonFile), "--json");
        }
        List<BenchmarkReport> reports = new ArrayList<>();
        for (double each : scales.isEmpty() ? List.of(scale) : scales) {
            if (!reports.isEmpty()) {
                printer.line("");
            }
            reports.add(runAt(each));
        }
        String json;
        if (reports.size() == 1) {
            json = reports.get(0).toJson();
        } else {
            GrowthCurve curve = new GrowthCurve(reports);
            printer.line("");
            printCurve(curve);
            json = curve.toJson();
        }
        if (jsonFile != null) {
            Path file = session.environment().workingDirectory().resolve(jsonFile);
            try {
                Files.writeString(file, json + System.lineSeparator(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new CliException("cannot write the figures to " + file + ": " + e.getMessage(), e);
            }
            printer.line("Figures written to " + file);
        }
        return ExitCode.OK;
    }

    /** Runs the benchmark at one scale, on the named database or a fresh embedded one, and prints its figures. */
    private BenchmarkReport runAt(double scale) {
        BenchmarkReport report;
        Optional<String> keptAt = Optional.empty();
        if (connection.namesADatabase()) {
            try (Database database = open(Access.WRITE,
                    "run the benchmark (it writes test data and deletes it)")) {
                report = run(database, scale, !keep);
            }
        } else {
            Path directory = createDirectory();
            // H2 hands a statement run again over unchanged tables its previous result without reading; both
            // sides of every query comparison would time that shortcut instead of the query.
            String url = "jdbc:h2:file:" + directory.resolve("bench") + ";OPTIMIZE_REUSE_RESULTS=FALSE";
            try {
                try (Database database = Database.open(new ConnectionTarget(url, Optional.of("sa"), Optional.empty(),
                        Optional.empty(), false))) {
                    // The whole directory goes afterwards: emptying the tables first would only cost time.
                    report = run(database, scale, false);
                }
            } finally {
                if (!keep) {
                    deleteDirectory(directory);
                }
            }
            if (keep) {
                keptAt = Optional.of(url + " (user sa, no password)");
            }
        }
        print(report, keptAt);
        return report;
    }

    private BenchmarkReport run(Database database, double scale, boolean cleanUp) {
        return Benchmark.configure()
                .dataSource(database.dataSource())
                .scale(scale)
                .seed(seed)
                .batchSize(batchSize)
                .cleanUp(cleanUp)
                .queryWarmup(queryWarmup)
                .queryWarmupTime(Duration.ofSeconds(queryWarmupSeconds))
                .queryCalls(queryCalls)
                .repeat(repeat)
                .listener(session.quiet() ? BenchmarkListener.NONE : new StderrProgress(session.err()))
                .load()
                .run();
    }

    private Path createDirectory() {
        try {
            return Files.createTempDirectory(session.environment().workingDirectory(), H2_DIRECTORY_PREFIX);
        } catch (IOException e) {
            throw new CliException("cannot create a directory for the embedded benchmark database in "
                    + session.environment().workingDirectory() + ": " + e.getMessage(), e);
        }
    }

    private void deleteDirectory(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException | UncheckedIOException e) {
            session.err().println("company-cli bench: could not delete the benchmark database " + directory + ": "
                    + TerminalText.errorMessage(e.getMessage()) + "; delete it by hand");
        }
    }

    private void print(BenchmarkReport report, Optional<String> keptAt) {
        BenchmarkReport.Machine machine = report.machine();
        printer.line("Backfill benchmark on " + report.database().name() + " " + report.database().version()
                + ": scale " + format(report.scale()) + " (" + String.format(Locale.ROOT, "%,d",
                        report.generation().rows()) + " legacy rows), seed " + report.seed() + ", batch size "
                + String.format(Locale.ROOT, "%,d", report.batchSize()));
        printer.line("Machine: " + machine.availableProcessors() + " cores, max heap " + megabytes(
                machine.maxHeapBytes()) + machine.totalPhysicalMemoryBytes().stream()
                        .mapToObj(bytes -> String.format(Locale.ROOT, ", %.1f GB physical memory", bytes / 1e9))
                        .findFirst().orElse("")
                + ", Java " + machine.javaVersion());
        printer.line("");
        String row = "%-22s %9s %11s %11s  %-22s %-10s %s";
        printer.line(String.format(Locale.ROOT, row, "step", "seconds", "rows", "rows/s", "ratio", "target",
                "met?"));
        printRow(row, report.generation(), Optional.empty());
        printRow(row, report.backfill(), Optional.of(new Ratio(target(report, BenchmarkReport.BACKFILL_TO_BASELINE),
                report.baseline())));
        printRow(row, report.secondBackfill(), Optional.of(new Ratio(target(report,
                BenchmarkReport.SECOND_TO_FIRST_RUN), report.backfill())));
        printRow(row, report.sync(), Optional.of(new Ratio(target(report,
                BenchmarkReport.SYNC_TO_FIRST_RUN), report.backfill())));
        printRow(row, report.dryRun(), Optional.empty());
        printRow(row, report.validation(), Optional.of(new Ratio(target(report, BenchmarkReport.VALIDATION_TO_READ),
                report.readRows())));
        printRow(row, report.readRows(), Optional.empty());
        Target duplicates = target(report, BenchmarkReport.DUPLICATE_SEARCH);
        Measurement search = report.duplicates().search();
        printer.line(String.format(Locale.ROOT, row, search.step(), String.format(Locale.ROOT, "%.3f",
                search.seconds()), String.format(Locale.ROOT, "%,d", search.rows()),
                String.format(Locale.ROOT, "%,.0f", search.rowsPerSecond()), "", "<= " + rounded(duplicates.limit()
                        .orElseThrow()) + " s", status(duplicates)));
        printRow(row, report.baseline(), Optional.empty());
        Target heap = target(report, BenchmarkReport.PEAK_HEAP);
        printer.line(String.format(Locale.ROOT, row, "peak heap (backfill)", "", "", "",
                megabytes(report.peakHeapBytes()), limit(heap), status(heap)));
        printer.line("");
        printQueries(report);
        NetworkExportMeasurement network = report.networkExport();
        printer.line(String.format(Locale.ROOT, "Network export (JSON, streamed): %,d nodes and %,d edges, %s, in"
                + " %.3f s within a max heap of %s (target <= %s: %s); peak heap after a collection %s",
                network.nodes(), network.edges(), megabytes(network.bytes()), network.seconds(),
                megabytes(network.maxHeapBytes()), megabytes(BenchmarkReport.PEAK_HEAP_LIMIT_BYTES),
                status(network.target()), megabytes(network.peakHeapBytes())));
        printer.line("");
        printer.line("Rows: legacy rows written (generate), legacy company and relationship rows read (backfill, "
                + "second backfill, sync, dry run, baseline copy), rows in the tables the validation reads "
                + "(validation, read rows), companies searched (duplicate search).");
        printer.line(String.format(Locale.ROOT, "Duplicate search: %,d companies, %,d pairs compared, %,d candidates"
                + " found (%,d strong, %,d to review).", report.duplicates().search().rows(),
                report.duplicates().comparisons(), report.duplicates().candidates(),
                report.duplicates().strongCandidates(), report.duplicates().reviewCandidates()));
        printer.line(report.validationPassed() ? "The validation passed."
                : "The validation found problems: run the benchmark again with --keep and validate the kept database for details.");
        keptAt.ifPresent(url -> printer.line("The benchmark database is kept: " + url));
    }

    private void printCurve(GrowthCurve curve) {
        StringBuilder format = new StringBuilder("%-16s");
        List<Object> header = new ArrayList<>(List.of("rows/s"));
        for (double each : curve.scales()) {
            format.append(" %14s");
            header.add("scale " + format(each));
        }
        String row = format.toString();
        printer.line("Growth curve on " + curve.runs().get(0).database().name() + ": rows per second by step and"
                + " scale");
        printer.line(String.format(Locale.ROOT, row, header.toArray()));
        for (GrowthCurve.CurveStep step : GrowthCurve.STEPS) {
            List<Object> cells = new ArrayList<>(List.of(step.label()));
            curve.runs().forEach(run -> cells.add(String.format(Locale.ROOT, "%,.0f", step.of(run).rowsPerSecond())));
            printer.line(String.format(Locale.ROOT, row, cells.toArray()));
        }
        Target fall = curve.target();
        printer.line(String.format(Locale.ROOT, "Backfill rows/s from scale %s to scale %s: %s by %.1f%% (target: falls"
                + " by at most %.0f%%%s): %s", format(curve.reference().scale()), format(curve.largest().scale()),
                fall.value() > 0 ? "fell" : "rose", Math.abs(fall.value()) * 100,
                GrowthCurve.BACKFILL_FALL_LIMIT * 100, fall.limit().isPresent() ? ""
                        : ", held only from scale " + format(GrowthCurve.REFERENCE_SCALE) + " up", status(fall)));
    }

    private void printQueries(BenchmarkReport report) {
        if (report.queries().isEmpty()) {
            return;
        }
        String row = "%-24s %13s %9s %9s %9s %7s  %-7s %s";
        printer.line(String.format(Locale.ROOT, row, "query", "library", "p99", "JDBC", "p99", "ratio",
                "target", "met?"));
        printer.line(String.format(Locale.ROOT, row, "", "median ms", "ms", "median ms", "ms", "", "", "")
                .stripTrailing());
        for (QueryMeasurement query : report.queries()) {
            Target target = query.target();
            printer.line(String.format(Locale.ROOT, row, query.label(), millis(query.companyQuery().medianMillis()),
                    millis(query.companyQuery().p99Millis()), millis(query.jdbc().medianMillis()),
                    millis(query.jdbc().p99Millis()), String.format(Locale.ROOT, "%.2f", query.ratio()),
                    limit(target), status(target)));
        }
        QueryMeasurement first = report.queries().get(0);
        printer.line(String.format(Locale.ROOT, "Queries: %,d timed calls each way after at least %,d warm-up calls"
                + " and %,d s of them, on the backfilled data; library: CompanyQuery for the queries, Analytics for the"
                + " counts; ratio = library median / JDBC median.", first.companyQuery().calls(), queryWarmup,
                queryWarmupSeconds));
    }

    private static String millis(double millis) {
        return String.format(Locale.ROOT, "%.3f", millis);
    }

    private void printRow(String row, Measurement measurement, Optional<Ratio> ratio) {
        printer.line(String.format(Locale.ROOT, row, measurement.step(),
                String.format(Locale.ROOT, "%.3f", measurement.seconds()),
                String.format(Locale.ROOT, "%,d", measurement.rows()),
                String.format(Locale.ROOT, "%,.0f", measurement.rowsPerSecond()),
                ratio.map(r -> String.format(Locale.ROOT, "%.3f x %s", r.target().value(), r.of().step()))
                        .orElse(""),
                ratio.map(r -> limit(r.target())).orElse(""),
                ratio.map(r -> status(r.target())).orElse("")).stripTrailing());
    }

    /** A ratio shown in the table: its target, and the measurement it divides by. */
    private record Ratio(Target target, Measurement of) {}

    private static Target target(BenchmarkReport report, String key) {
        return report.targets().stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
    }

    private static String limit(Target target) {
        if (target.limit().isEmpty()) {
            return "none";
        }
        double limit = target.limit().getAsDouble();
        String value = target.key().equals(BenchmarkReport.PEAK_HEAP) ? megabytes((long) limit) : rounded(limit);
        return (target.limitExcluded() ? "< " : "<= ") + value;
    }

    private static String status(Target target) {
        return switch (target.status()) {
            case MET -> "met";
            case MISSED -> "MISSED";
            case NO_TARGET -> "-";
        };
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value) : Double.toString(value);
    }

    /** A target's limit, to two decimals at most: the duplicate search's limit grows with the companies. */
    private static String rounded(double value) {
        return java.math.BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }

    /** Prints a line to standard error as each step starts and as the backfill finishes each table. */
    private static final class StderrProgress implements BenchmarkListener {

        private final PrintWriter err;

        StderrProgress(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void stepStarted(String step) {
            err.println("bench: " + step);
        }

        @Override
        public void tableFinished(Step step, TableResult result) {
            err.println(String.format(Locale.ROOT, "bench:   %s: %,d rows", result.table(), result.read()));
        }
    }
}

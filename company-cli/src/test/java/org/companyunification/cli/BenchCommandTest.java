package org.companyunification.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.companyunification.cli.CliRunner.CliResult;
import org.companyunification.cli.bench.GrowthCurve;
import org.companyunification.model.schema.DatabaseVendor;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.Queries;
import org.companyunification.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BenchCommandTest {

    private static final List<String> WRITTEN_TABLES = List.of("affiliation_origins", "assignment_origins",
            "company_origins", "client_profiles", "internal_external_links", "person_company_affiliations",
            "company_role_assignments", "companies", "backfill_issues", "backfill_positions", "backfill_runs",
            "projects", "personnel", "technology_vendors", "owners_developers", "operators", "constructors",
            "offtakers", "clients", "project_vendor_relationships", "project_owner_relationships",
            "project_operator_relationships", "project_constructor_relationships", "project_offtaker_relationships",
            "personnel_entity_relationships");

    private static final List<String> STEPS = List.of("generation", "backfill", "secondBackfill", "sync", "dryRun",
            "validation", "readRows", "duplicateSearch", "baseline");

    private static final List<String> QUERIES = List.of("vendorsWithGlobalRole", "companiesOfProject",
            "companiesWithGlobalRoles", "nameSearch", "companyDetail", "countGlobalRoles", "countProjectRoles",
            "countRoleCombinations", "countCountries", "countTypes", "countRoleCoverage", "countClientPipeline",
            "countTopCompanies");

    @TempDir
    Path workingDirectory;

    @DatabaseTest(schema = DatabaseTest.Schema.NONE)
    void shouldMeasureEveryStepOnAnEmptyDatabaseAndRemoveItsRowsAfterwards(TestDatabase db) throws Exception {
        // given an empty scratch database, without even the schemas
        CliRunner cli = new CliRunner(workingDirectory);

        // when
        CliResult result = cli.run("bench", "--scale", "0.2", "--seed", "7", "--batch-size", "150",
                "--query-warmup", "2", "--query-warmup-time", "0", "--query-calls", "5", "--repeat", "3", "--json",
                "figures.json", "--url", db.url(), "--user", db.user(),
                "--password-file", cli.passwordFile(db.password()).toString());

        // then the figures are written with every key
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode figures = new ObjectMapper().readTree(workingDirectory.resolve("figures.json").toFile());
        assertThat(fieldNames(figures)).containsExactly("date", "scale", "seed", "batchSize", "database", "machine",
                "steps", "backfillToBaselineRatio", "secondToFirstRunRatio", "syncToFirstRunRatio",
                "validationToReadRatio", "peakHeapBytes", "validationPassed", "targets", "queries", "duplicates", "networkExport");
        assertThat(fieldNames(figures.get("database"))).containsExactly("vendor", "product", "version");
        assertThat(fieldNames(figures.get("machine"))).containsExactly("availableProcessors", "maxHeapBytes",
                "totalPhysicalMemoryBytes", "javaVersion", "operatingSystem");
        assertThat(fieldNames(figures.get("steps"))).containsExactlyElementsOf(STEPS);
        assertThat(fieldNames(figures.get("targets"))).containsExactly("backfillToBaselineRatio",
                "secondToFirstRunRatio", "syncToFirstRunRatio", "validationToReadRatio", "peakHeapBytes", "duplicateSearchSeconds");
        assertThat(figures.get("duplicates").get("companies").asLong())
                .isEqualTo(figures.get("steps").get("duplicateSearch").get("rows").asLong());
        assertThat(figures.get("duplicates").get("comparisons").asLong()).isPositive();
        assertThat(figures.get("database").get("vendor").asText()).isEqualTo(db.vendor().displayName());
        assertThat(figures.get("scale").asDouble()).isEqualTo(0.2);
        assertThat(figures.get("seed").asLong()).isEqualTo(7);
        assertThat(figures.get("batchSize").asInt()).isEqualTo(150);
        assertThat(figures.get("machine").get("maxHeapBytes").asLong()).isEqualTo(Runtime.getRuntime().maxMemory());
        assertThat(figures.get("peakHeapBytes").asLong()).isPositive();
        assertThat(figures.get("validationPassed").asBoolean()).isTrue();

        // and every timing is real: positive, and the speeds and ratios are quotients of the reported figures
        JsonNode steps = figures.get("steps");
        // the short steps ran three times and report the median of their repeats; the others ran once
        for (String step : STEPS) {
            List<Double> repeats = new ArrayList<>();
            steps.get(step).get("repeatSeconds").forEach(repeat -> repeats.add(repeat.asDouble()));
            boolean repeated = List.of("secondBackfill", "sync", "dryRun", "validation", "readRows").contains(step);
            assertThat(repeats).as(step).hasSize(repeated ? 3 : 1).allSatisfy(seconds -> assertThat(seconds)
                    .isPositive());
            assertThat(steps.get(step).get("seconds").asDouble()).as(step)
                    .isCloseTo(repeats.stream().sorted().toList().get(repeats.size() / 2), within(1e-6));
        }
        for (String step : STEPS) {
            JsonNode measured = steps.get(step);
            assertThat(measured.get("seconds").asDouble()).as(step).isPositive();
            assertThat(measured.get("rows").asLong()).as(step).isPositive();
            assertThat(measured.get("rowsPerSecond").asDouble()).as(step)
                    .isCloseTo(measured.get("rows").asLong() / measured.get("seconds").asDouble(), within(1e-6));
        }
        assertThat(figures.get("backfillToBaselineRatio").asDouble())
                .isEqualTo(seconds(steps, "backfill") / seconds(steps, "baseline"));
        assertThat(figures.get("secondToFirstRunRatio").asDouble())
                .isEqualTo(seconds(steps, "secondBackfill") / seconds(steps, "backfill"));
        assertThat(figures.get("syncToFirstRunRatio").asDouble())
                .isEqualTo(seconds(steps, "sync") / seconds(steps, "backfill"));
        assertThat(figures.get("validationToReadRatio").asDouble())
                .isEqualTo(seconds(steps, "validation") / seconds(steps, "readRows"));
        assertThat(figures.get("targets").get("backfillToBaselineRatio").get("value").asDouble())
                .isEqualTo(figures.get("backfillToBaselineRatio").asDouble());

        // and each query is timed both ways, its ratio the quotient of the medians, held against 1.2
        JsonNode queries = figures.get("queries");
        assertThat(fieldNames(queries)).containsExactlyElementsOf(QUERIES);
        for (String query : QUERIES) {
            JsonNode timed = queries.get(query);
            assertThat(timed.get("calls").asInt()).as(query).isEqualTo(5);
            assertThat(timed.get("warmupRounds").asInt()).as(query).isEqualTo(2);
            assertThat(timed.get("warmupSeconds").asDouble()).as(query).isPositive();
            assertThat(timed.get("companyQueryMedianMillis").asDouble()).as(query).isPositive();
            assertThat(timed.get("jdbcMedianMillis").asDouble()).as(query).isPositive();
            assertThat(timed.get("companyQueryP99Millis").asDouble()).as(query)
                    .isGreaterThanOrEqualTo(timed.get("companyQueryMedianMillis").asDouble());
            assertThat(timed.get("jdbcP99Millis").asDouble()).as(query)
                    .isGreaterThanOrEqualTo(timed.get("jdbcMedianMillis").asDouble());
            assertThat(timed.get("ratio").asDouble()).as(query).isEqualTo(
                    timed.get("companyQueryMedianMillis").asDouble() / timed.get("jdbcMedianMillis").asDouble());
            assertThat(timed.get("limit").asDouble()).isEqualTo(1.2);
            assertThat(timed.get("status").asText()).isEqualTo(
                    timed.get("ratio").asDouble() <= 1.2 ? "MET" : "MISSED");
        }
        assertThat(result.out()).contains("library", "JDBC", "5 timed calls each way after at least 2 warm-up calls and 0 s of them")
                .containsPattern("(?m)^count: global roles +\\d+\\.\\d{3} .* <= 1\\.2 +(met|MISSED)$")
                .containsPattern("(?m)^count: top 5 by projects ")
                .containsPattern("(?m)^vendors \\(global role\\) +\\d+\\.\\d{3} .* <= 1\\.2 +(met|MISSED)$")
                .containsPattern("(?m)^companies of a project ")
                .containsPattern("(?m)^global roles of all ")
                .containsPattern("(?m)^name search ")
                .containsPattern("(?m)^company detail ");

        // and the network of the backfilled data is streamed to a file, held against a max heap of 256 MB
        JsonNode network = figures.get("networkExport");
        long maxHeap = Runtime.getRuntime().maxMemory();
        boolean within = maxHeap <= 256L * 1024 * 1024;
        assertThat(network.get("nodes").asLong()).isGreaterThan(100);
        assertThat(network.get("edges").asLong()).isPositive();
        assertThat(network.get("bytes").asLong()).isGreaterThan(network.get("nodes").asLong() * 40);
        assertThat(network.get("peakHeapBytes").asLong()).isPositive();
        assertThat(network.get("maxHeapBytes").asLong()).isEqualTo(maxHeap);
        assertThat(network.get("status").asText()).isEqualTo(within ? "MET" : "MISSED");
        assertThat(result.out()).containsPattern("Network export \\(JSON, streamed\\): [\\d,]+ nodes and [\\d,]+"
                + " edges, .* within a max heap of .* \\(target <= 256\\.0 MB: " + (within ? "met" : "MISSED")
                + "\\); peak heap after a collection .* MB");

        // and the backfill, its second run, the sync, the dry run and the baseline read the same 800 legacy rows
        assertThat(steps.get("generation").get("rows").asLong()).isEqualTo(200 + 400 + 200 + 20 + 100);
        for (String step : List.of("backfill", "secondBackfill", "sync", "dryRun", "baseline")) {
            assertThat(steps.get(step).get("rows").asLong()).as(step).isEqualTo(800);
        }

        // and the backfill's target depends on the database
        JsonNode backfillTarget = figures.get("targets").get("backfillToBaselineRatio");
        switch (db.vendor()) {
            case H2 -> assertThat(backfillTarget.get("limit").asDouble()).isEqualTo(1.5);
            case POSTGRESQL, MARIADB -> assertThat(backfillTarget.get("limit").asDouble()).isEqualTo(2.0);
        }

        // and the table shows each step
        assertThat(result.out()).contains("step", "seconds", "rows/s", "ratio", "target", "met?")
                .containsPattern("(?m)^backfill +\\d+\\.\\d{3} +800 .* x baseline copy")
                .containsPattern("(?m)^second backfill .* x backfill")
                .containsPattern("(?m)^validation .* x read rows")
                .containsPattern("(?m)^duplicate search +\\d+\\.\\d{3} +[\\d,]+ .* <= 60 s +met$")
                .containsPattern("Duplicate search: [\\d,]+ companies, [\\d,]+ pairs compared, [\\d,]+ candidates")
                .contains("baseline copy", "peak heap (backfill)", "The validation passed.");
        assertThat(result.err()).contains("bench: backfill", "bench:   technology_vendors: ");

        // and the database is left with empty tables and the seeded roles
        for (String table : WRITTEN_TABLES) {
            assertThat(Queries.count(db.dataSource(), "SELECT COUNT(*) FROM " + table)).as(table).isZero();
        }
        assertThat(Queries.count(db.dataSource(), "SELECT COUNT(*) FROM company_roles")).isEqualTo(6);
    }

    @DatabaseTest
    void shouldRefuseADatabaseWhoseLegacyTablesHoldRowsAndLeaveItUntouched(TestDatabase db) throws Exception {
        // given a database with one legacy row
        execute(db, "INSERT INTO technology_vendors (vendor_id, vendor_name, country) VALUES (7, 'Acme Nuclear', 'US')");
        CliRunner cli = new CliRunner(workingDirectory);

        // when
        CliResult result = cli.run("bench", "--scale", "0.1", "--url", db.url(), "--user", db.user(),
                "--password-file", cli.passwordFile(db.password()).toString());

        // then
        assertThat(result.exitCode()).isEqualTo(Main.ERROR);
        assertThat(result.errLines()).containsExactly("company-cli bench: Refusing to benchmark: the table"
                + " technology_vendors holds 1 row. The benchmark writes test data and deletes it afterwards, so it"
                + " never runs on real data; point it at a scratch database or schema whose legacy and unified"
                + " tables are empty");
        assertThat(result.out()).isEmpty();
        assertThat(Queries.rows(db.dataSource(), "SELECT vendor_id, vendor_name, country FROM technology_vendors"))
                .containsExactly("7 | Acme Nuclear | US");
        for (String table : WRITTEN_TABLES) {
            if (!table.equals("technology_vendors")) {
                assertThat(Queries.count(db.dataSource(), "SELECT COUNT(*) FROM " + table)).as(table).isZero();
            }
        }
    }

    @DatabaseTest(vendors = DatabaseVendor.H2)
    void shouldRefuseADatabaseWhoseUnifiedTablesHoldRows(TestDatabase db) throws Exception {
        // given a database with a company written by an application
        execute(db, "INSERT INTO companies (company_id, company_name, name_key) VALUES (1, 'Acme', 'acme')");
        CliRunner cli = new CliRunner(workingDirectory);

        // when
        CliResult result = cli.run("bench", "--scale", "0.1", "--url", db.url(), "--user", db.user());

        // then
        assertThat(result.exitCode()).isEqualTo(Main.ERROR);
        assertThat(result.errorLine()).contains("Refusing to benchmark: the table companies holds 1 row");
        assertThat(Queries.rows(db.dataSource(), "SELECT company_id, company_name FROM companies"))
                .containsExactly("1 | Acme");
        assertThat(Queries.count(db.dataSource(), "SELECT COUNT(*) FROM technology_vendors")).isZero();
    }

    @Test
    void shouldRunOnAFreshEmbeddedDatabaseAndDeleteItAfterwards() throws Exception {
        // given no --url
        CliRunner cli = new CliRunner(workingDirectory);

        // when
        CliResult result = cli.run("bench", "--quiet", "--scale", "0.05", "--query-warmup", "0",
                "--query-warmup-time", "0", "--query-calls", "1", "--json", "figures.json");

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEmpty();
        JsonNode figures = new ObjectMapper().readTree(workingDirectory.resolve("figures.json").toFile());
        assertThat(figures.get("database").get("vendor").asText()).isEqualTo("H2");
        assertThat(benchDirectories()).isEmpty();
    }

    @Test
    void shouldKeepTheEmbeddedDatabaseWhenAsked() throws Exception {
        // given
        CliRunner cli = new CliRunner(workingDirectory);

        // when
        CliResult result = cli.run("bench", "--scale", "0.05", "--query-warmup", "0", "--query-warmup-time", "0",
                "--query-calls", "1", "--keep");

        // then the database stays, with the rows
        assertThat(result.exitCode()).as(result.err()).isZero();
        List<Path> kept = benchDirectories();
        assertThat(kept).hasSize(1);
        Path database = kept.get(0).resolve("bench");
        assertThat(result.out()).contains("The benchmark database is kept: jdbc:h2:file:" + database);
        assertThat(countOnDisk(database, "technology_vendors")).isPositive();
        assertThat(countOnDisk(database, "companies")).isPositive();
    }

    @Test
    void shouldRejectAScaleOutOfRange() throws IOException {
        CliResult result = new CliRunner(workingDirectory).run("bench", "--scale", "0");

        assertThat(result.exitCode()).isEqualTo(Main.ERROR);
        assertThat(result.errorLine()).isEqualTo("company-cli bench: --scale must be more than 0 and at most 10000, not 0"
                + " (see 'company-cli bench --help')");
        try (Stream<Path> files = Files.list(workingDirectory)) {
            assertThat(files).isEmpty();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--query-calls       | 0   | --query-calls must be from 1 to 100,000, not 0",
        "--query-warmup      | -1  | --query-warmup must be from 0 to 10,000, not -1",
        "--query-warmup-time | 601 | --query-warmup-time must be from 0 to 600 seconds, not 601"})
    void shouldRejectAQueryTimingOutOfRange(String option, String value, String message) {
        CliResult result = new CliRunner(workingDirectory).run("bench", option, value);

        assertThat(result.exitCode()).isEqualTo(Main.ERROR);
        assertThat(result.errorLine()).isEqualTo("company-cli bench: " + message + " (see 'company-cli bench --help')");
    }

    @Test
    void shouldRunEachScaleOfAGrowthCurveAndDrawItsChartFromTheJson() throws Exception {
        // given no --url: each scale gets a fresh embedded database
        CliRunner cli = new CliRunner(workingDirectory);

        // when
        CliResult result = cli.run("bench", "--scales", "0.05, 0.1", "--query-warmup", "0", "--query-warmup-time",
                "0", "--query-calls", "1", "--json", "growth.json");
        CliResult chart = cli.run("bench-chart", "growth.json", "--out", "growth.svg", "--steps",
                "backfill,sync,baseline");

        // then both runs are printed, then the curve, and every database is gone
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("scale 0.05 (", "scale 0.1 (");
        assertThat(result.out()).containsPattern("Growth curve on H2: rows per second by step and scale\\R"
                + "rows/s +scale 0.05 +scale 0.1\\R"
                + "backfill +[\\d,]+ +[\\d,]+\\R");
        assertThat(result.out()).contains("Backfill rows/s from scale 0.05 to scale 0.1: ",
                "(target: falls by at most 20%, held only from scale 10 up): -");
        assertThat(benchDirectories()).isEmpty();
        JsonNode growth = new ObjectMapper().readTree(workingDirectory.resolve("growth.json").toFile());
        assertThat(growth.get("scales")).extracting(JsonNode::asDouble).containsExactly(0.05, 0.1);
        assertThat(growth.get("runs")).hasSize(2);
        assertThat(growth.get("runs").get(1).get("scale").asDouble()).isEqualTo(0.1);
        JsonNode backfill = growth.get("curve").get("backfill");
        assertThat(backfill.get(1).get("rows").asLong()).isEqualTo(2 * backfill.get(0).get("rows").asLong());
        assertThat(backfill.get(1).get("seconds").asDouble())
                .isEqualTo(growth.get("runs").get(1).get("steps").get("backfill").get("seconds").asDouble());
        assertThat(growth.get(GrowthCurve.BACKFILL_FALL).get("status").asText()).isEqualTo("NO_TARGET");

        assertThat(chart.exitCode()).as(chart.err()).isZero();
        assertThat(chart.out()).isEqualTo("Chart of 1 growth curve written to " + workingDirectory.resolve("growth.svg")
                + System.lineSeparator());
        String svg = Files.readString(workingDirectory.resolve("growth.svg"));
        assertThat(svg).startsWith("<svg ").contains(">backfill<", ">sync<", ">baseline copy<");
        assertThat(svg.split("<polyline", -1)).hasSize(4);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--scales 10          | --scales must list from 2 to 10 scales, not 1",
        "--scales 1,10,10     | --scales must list each scale once, in ascending order: 10 after 10",
        "--scales 10,1        | --scales must list each scale once, in ascending order: 1 after 10",
        "--scales 1,ten       | --scales must list scales more than 0 and at most 10000, separated by commas, not 'ten'",
        "--scales 0,1         | --scales must list scales more than 0 and at most 10000, separated by commas, not '0'",
        "--scales 1,10 --scale 2 | give either --scale or --scales, not both",
        "--scales 1,10 --keep | --keep keeps the data of one benchmark: use it with --scale, not --scales"})
    void shouldRejectScalesThatDoNotMakeACurveBeforeWritingAnything(String arguments, String message)
            throws IOException {
        List<String> command = new ArrayList<>(List.of("bench"));
        command.addAll(List.of(arguments.trim().split(" +")));

        CliResult result = new CliRunner(workingDirectory).run(command.toArray(String[]::new));

        assertThat(result.exitCode()).isEqualTo(Main.ERROR);
        assertThat(result.errorLine()).startsWith("company-cli bench: " + message);
        try (Stream<Path> files = Files.list(workingDirectory)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void shouldRefuseToChartAFileThatIsNotAGrowthCurve() throws IOException {
        Files.writeString(workingDirectory.resolve("single.json"), "{\"scale\": 1, \"steps\": {}}");
        CliRunner cli = new CliRunner(workingDirectory);

        CliResult single = cli.run("bench-chart", "single.json", "--out", "chart.svg");
        CliResult missing = cli.run("bench-chart", "missing.json", "--out", "chart.svg");
        CliResult step = cli.run("bench-chart", "single.json", "--out", "chart.svg", "--steps", "backfill,coffee");

        assertThat(single.exitCode()).isEqualTo(Main.ERROR);
        assertThat(single.errorLine()).isEqualTo("company-cli bench-chart: " + workingDirectory.resolve("single.json")
                + " is not a growth curve (it has no \"curve\"): write one with 'bench --scales 10,100,1000 --json"
                + " FILE'");
        assertThat(missing.errorLine()).isEqualTo("company-cli bench-chart: cannot read "
                + workingDirectory.resolve("missing.json") + ": no such file");
        assertThat(step.errorLine()).isEqualTo("company-cli bench-chart: --steps must name steps from backfill,"
                + " secondBackfill, sync, dryRun, validation, baseline, not 'coffee'");
        assertThat(workingDirectory.resolve("chart.svg")).doesNotExist();
    }

    private List<Path> benchDirectories() throws IOException {
        try (Stream<Path> files = Files.list(workingDirectory)) {
            return files.filter(path -> path.getFileName().toString().startsWith("company-bench-")).toList();
        }
    }

    private static double seconds(JsonNode steps, String step) {
        return steps.get(step).get("seconds").asDouble();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static void execute(TestDatabase db, String sql) throws SQLException {
        try (Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Counts the rows of a table of an H2 database the tool left on disk. */
    private static long countOnDisk(Path database, String table) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + database, "sa", "");
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

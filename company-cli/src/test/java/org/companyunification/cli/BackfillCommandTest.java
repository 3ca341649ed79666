package org.companyunification.cli;

import org.companyunification.model.legacy.LegacyTable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.companyunification.cli.Databases.command;
import static org.companyunification.cli.Databases.count;
import static org.companyunification.cli.Databases.h2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.companyunification.cli.CliRunner.CliResult;
import org.companyunification.cli.internal.ConnectionOptions;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.LegacyData;
import org.companyunification.testing.LegacyScenarios;
import org.companyunification.testing.LegacySnapshot;
import org.companyunification.testing.TestDatabase;
import org.companyunification.model.schema.DatabaseVendor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackfillCommandTest {

    private static final List<String> UNIFIED_TABLES = List.of("companies", "company_role_assignments",
            "client_profiles", "person_company_affiliations", "company_origins", "backfill_runs", "backfill_issues");

    @TempDir
    Path workingDirectory;

    @DatabaseTest
    void shouldMigrateEveryStepAndPrintEachTableTheTotalsAndTheRunId(TestDatabase db) throws SQLException {
        // given
        LegacyData data = LegacyScenarios.vendorThatIsAlsoOperatorAndClient().and(LegacyScenarios.everyTable());
        data.insertInto(db.dataSource());
        CliRunner cli = new CliRunner(workingDirectory);

        // when
        CliResult result = cli.run(command(cli, db, "backfill"));

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).startsWith("Backfill of " + db.vendor().displayName() + " at " + db.url()
                        + ", steps companies, personnel, projects:")
                .containsPattern("step +table +read +created +updated +unchanged +merged +rejected +skipped"
                        + " +warnings")
                .containsPattern("companies +technology_vendors +2 +2 +0 +0 +0 +0 +0 +0\\R")
                .containsPattern("companies +operators +2 +1 +0 +0 +1 +0 +0 +0\\R")
                .containsPattern("personnel +personnel_entity_relationships +4 +3 +0 +0 +0 +0 +1 +0\\R")
                .containsPattern("projects +project_vendor_relationships +2 +2 ")
                .containsPattern(" +total +" + (data.rowCount() - data.rowCount(LegacyTable.PROJECTS)
                        - data.rowCount(LegacyTable.PERSONNEL)) + " ")
                .contains("Run id: 1 (list runs with 'runs', undo this one with 'rollback --run 1')")
                .doesNotContain("Rejected rows")
                .contains("Warnings (2):" + System.lineSeparator()
                        + "  clients #30 [relationship_strength]: 'strong' stored as 'Strong'");
        assertThat(count(db, "SELECT COUNT(*) FROM companies")).isEqualTo(8);
        assertThat(count(db, "SELECT COUNT(*) FROM company_role_assignments WHERE context_type = 'Project'"))
                .isEqualTo(7);
        assertThat(count(db, "SELECT COUNT(*) FROM backfill_runs WHERE status = 'COMPLETED'")).isEqualTo(1);
    }

    @DatabaseTest
    void shouldReportRejectedRowsAndWarningsWithTheirReasonsAndStillSucceed(TestDatabase db) {
        // given
        LegacyScenarios.all().insertInto(db.dataSource());
        CliRunner cli = new CliRunner(workingDirectory);

        // when
        CliResult result = cli.run(command(cli, db, "backfill"));

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Rejected rows (10):")
                .contains("  technology_vendors #200 [vendor_name]: the company name is blank")
                .contains("  project_vendor_relationships #320 [project_id]: project 999 does not exist in projects")
                .contains("Warnings (8):")
                .contains("  clients #211 [relationship_strength]: 'Very strong' is not one of")
                .doesNotContain("... and");
    }

    @DatabaseTest
    void shouldPrintTheResultAsJsonWithEveryIssue(TestDatabase db) throws IOException {
        // given
        LegacyData data = LegacyScenarios.all();
        data.insertInto(db.dataSource());
        CliRunner cli = new CliRunner(workingDirectory);

        // when
        CliResult result = cli.run(command(cli, db, "backfill", "--json"));

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertThat(json.get("database").asText()).isEqualTo(db.vendor().displayName());
        assertThat(json.get("runId").asLong()).isEqualTo(1);
        assertThat(json.get("dryRun").asBoolean()).isFalse();
        assertThat(json.get("tables")).hasSize(12);
        for (JsonNode table : json.get("tables")) {
            LegacyTable legacy = LegacyTable.valueOf(table.get("table").asText().toUpperCase());
            assertThat(table.get("read").asLong()).as(legacy.name()).isEqualTo(data.rowCount(legacy));
        }
        assertThat(json.get("total").get("read").asLong()).isEqualTo(data.rowCount()
                - data.rowCount(LegacyTable.PROJECTS) - data.rowCount(LegacyTable.PERSONNEL));
        assertThat(json.get("rejected")).hasSize(json.get("total").get("rejected").asInt()).hasSize(10);
        assertThat(json.get("warnings")).hasSize(json.get("total").get("warnings").asInt()).hasSize(8);
        assertThat(json.get("issueCount").asLong()).isEqualTo(18);
        assertThat(StreamSupport.stream(json.get("rejected").spliterator(), false)
                .map(issue -> issue.get("table").asText() + "#" + issue.get("id").asLong() + "["
                        + issue.get("field").asText() + "]"))
                .contains("technology_vendors#200[vendor_name]", "project_operator_relationships#321[operator_id]");
    }

    @DatabaseTest
    void shouldWriteNothingOnADryRun(TestDatabase db) throws SQLException, IOException {
        // given
        LegacyScenarios.all().insertInto(db.dataSource());
        LegacySnapshot legacy = LegacySnapshot.take(db.dataSource());
        CliRunner cli = new CliRunner(workingDirectory);

        // when
        CliResult text = cli.run(command(cli, db, "backfill", "--dry-run"));
        CliResult json = cli.run(command(cli, db, "backfill", "--dry-run", "--json"));

        // then
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).startsWith("Dry run of the backfill of " + db.vendor().displayName())
                .containsPattern("companies +technology_vendors +6 +5 ")
                .contains("Dry run: nothing was written.").doesNotContain("Run id")
                .contains("Rejected rows (10):");
        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(json.out());
        assertThat(report.get("dryRun").asBoolean()).isTrue();
        assertThat(report.get("runId").isNull()).isTrue();
        for (String table : UNIFIED_TABLES) {
            assertThat(count(db, "SELECT COUNT(*) FROM " + table)).as(table).isZero();
        }
        assertThat(LegacySnapshot.take(db.dataSource())).isEqualTo(legacy);
    }

    @DatabaseTest(schema = DatabaseTest.Schema.LEGACY)
    void shouldMigrateADatabaseThatAlreadyHoldsLegacyDataAndLeaveItsRowsAsTheyWere(TestDatabase db)
            throws SQLException, IOException {
        // given a production-like database: legacy tables with rows, no unified schema yet
        LegacyScenarios.all().insertInto(db.dataSource());
        LegacySnapshot legacy = LegacySnapshot.take(db.dataSource());
        CliRunner cli = new CliRunner(workingDirectory);

        // when
        CliResult schema = cli.run(command(cli, db, "schema"));
        CliResult first = cli.run(command(cli, db, "backfill"));
        CliResult second = cli.run(command(cli, db, "backfill", "--json"));

        // then
        assertThat(schema.exitCode()).as(schema.err()).isZero();
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).containsPattern("total +41 +28 +0 +0 +2 +10 +1 +8");
        assertThat(second.exitCode()).as(second.err()).isZero();
        JsonNode total = new ObjectMapper().readTree(second.out()).get("total");
        assertThat(total.get("unchanged").asLong()).isEqualTo(30);
        assertThat(total.get("created").asLong()).isZero();
        assertThat(count(db, "SELECT COUNT(*) FROM backfill_runs")).isEqualTo(2);
        assertThat(LegacySnapshot.take(db.dataSource())).isEqualTo(legacy);
    }

    @DatabaseTest(vendors = DatabaseVendor.H2)
    void shouldRunOnlyTheStepsGivenRepeatedOrCommaSeparated(TestDatabase db) throws IOException {
        // given
        LegacyScenarios.everyTable().insertInto(db.dataSource());
        CliRunner cli = new CliRunner(workingDirectory);

        // when
        CliResult companies = cli.run(command(cli, db, "backfill", "--json", "--only", "companies"));
        CliResult others = cli.run(command(cli, db, "backfill", "--json", "--only", "PROJECTS,personnel"));
        CliResult repeated = cli.run(command(cli, db, "backfill", "--json", "--only", "projects", "--only",
                "companies"));

        // then
        assertThat(tablesOf(companies)).containsExactly("technology_vendors", "owners_developers", "operators",
                "constructors", "offtakers", "clients");
        assertThat(tablesOf(others)).containsExactly("personnel_entity_relationships",
                "project_vendor_relationships", "project_owner_relationships", "project_operator_relationships",
                "project_constructor_relationships", "project_offtaker_relationships");
        assertThat(new ObjectMapper().readTree(others.out()).get("total").get("created").asLong()).isEqualTo(6);
        assertThat(new ObjectMapper().readTree(repeated.out()).get("steps")).extracting(JsonNode::asText)
                .containsExactly("companies", "projects");
    }

    @Test
    void shouldRefuseAnUnknownStepInOneLine() {
        CliResult result = new CliRunner(workingDirectory).run("backfill", "--only", "companies,everything");

        assertThat(result.exitCode()).isEqualTo(Main.ERROR);
        assertThat(result.errLines()).singleElement().asString()
                .startsWith("company-cli backfill: Invalid value for option '--only'")
                .contains("'everything' is not a step: expected companies, personnel or projects");
    }

    @DatabaseTest(vendors = DatabaseVendor.H2)
    void shouldCommitInBatchesOfTheGivenSize(TestDatabase db) throws IOException {
        // given
        LegacyScenarios.everyTable().insertInto(db.dataSource());
        CliRunner cli = new CliRunner(workingDirectory);

        // when
        CliResult result = cli.run(command(cli, db, "backfill", "--quiet", "--batch-size", "2"));
        CliResult defaulted = cli.run(command(cli, db, "backfill", "--quiet"));
        CliResult runs = cli.run(command(cli, db, "runs", "--json"));

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).isEmpty();
        assertThat(defaulted.exitCode()).as(defaulted.err()).isZero();
        assertThat(new ObjectMapper().readTree(runs.out()).get("runs")).extracting(run -> run.get("batchSize").asInt())
                .containsExactly(2, 5000);
    }

    @Test
    void shouldRefuseABatchSizeThatIsNotPositive() {
        CliResult zero = new CliRunner(workingDirectory).run("backfill", "--batch-size", "0");
        CliResult text = new CliRunner(workingDirectory).run("backfill", "--batch-size", "many");

        assertThat(zero.exitCode()).isEqualTo(Main.ERROR);
        assertThat(zero.errLines()).containsExactly("company-cli backfill: --batch-size must be a number of rows"
                + " from 1 to 50,000, not 0 (see 'company-cli backfill --help')");
        assertThat(text.exitCode()).isEqualTo(Main.ERROR);
        assertThat(text.errorLine()).contains("'many' is not an int");
    }

    @Test
    void shouldListTheFirstTwentyIssuesOfEachKindAndCountTheRest() throws IOException {
        // given 25 rejected rows and 22 warnings
        LegacyData data = new LegacyData();
        for (int i = 0; i < 25; i++) {
            data.vendor(1000 + i, " ");
        }
        for (int i = 0; i < 22; i++) {
            data.client(2000 + i, "Client " + i, c -> c.relationshipStrength("strong "));
        }
        CliRunner cli = new CliRunner(workingDirectory);
        cli.run("schema", "--with-legacy", "--quiet");
        data.insertInto(h2(workingDirectory.resolve(ConnectionOptions.DEFAULT_H2_NAME)));

        // when
        CliResult dryRun = cli.run("backfill", "--dry-run");
        CliResult json = cli.run("backfill", "--dry-run", "--json");
        CliResult text = cli.run("backfill");

        // then
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("Rejected rows (25):")
                .contains("  ... and 5 more (see --json or the backfill_issues table)")
                .contains("Warnings (22):")
                .contains("  ... and 2 more (see --json or the backfill_issues table)");
        assertThat(text.out().lines().filter(line -> line.startsWith("  technology_vendors #"))).hasSize(20);
        assertThat(text.out().lines().filter(line -> line.startsWith("  clients #"))).hasSize(20);
        assertThat(dryRun.out()).contains("  ... and 5 more (see --json)");
        JsonNode report = new ObjectMapper().readTree(json.out());
        assertThat(report.get("rejected")).hasSize(25);
        assertThat(report.get("warnings")).hasSize(22);
    }

    @Test
    void shouldReportAMissingUnifiedSchemaInOneLine() {
        CliRunner cli = new CliRunner(workingDirectory);

        CliResult result = cli.run("backfill", "--url", "jdbc:h2:file:" + workingDirectory.resolve("empty"));

        assertThat(result.exitCode()).isEqualTo(Main.ERROR);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).singleElement().asString()
                .startsWith("company-cli backfill: The unified schema is missing or out of date")
                .contains("'schema' command");
    }

    @Test
    void shouldReportAnUnreachableDatabaseInOneLine() {
        CliResult result = new CliRunner(workingDirectory)
                .run("backfill", "--url", "jdbc:postgresql://127.0.0.1:1/test", "--user", "postgres");

        assertThat(result.exitCode()).isEqualTo(Main.ERROR);
        assertThat(result.errLines()).singleElement().asString()
                .startsWith("company-cli backfill: cannot reach the database at jdbc:postgresql://127.0.0.1:1/test");
    }

    @Test
    void shouldAskBeforeABackfillOfProductionButNotBeforeADryRun() throws IOException, SQLException {
        // given
        Path database = workingDirectory.resolve("prod-db");
        Files.write(workingDirectory.resolve("company-cli.properties"),
                List.of("env.production.url=jdbc:h2:file:" + database, "env.production.production=true"));
        CliRunner cli = new CliRunner(workingDirectory);
        cli.run("schema", "--with-legacy", "--env", "production", "--yes", "--quiet");
        LegacyScenarios.everyTable().insertInto(h2(database));

        // when
        CliResult dryRun = cli.run("backfill", "--dry-run", "--env", "production");
        CliResult refused = cli.run("backfill", "--env", "production");
        CliResult cancelled = new CliRunner(workingDirectory).answering("no").run("backfill", "--env", "production");
        long companiesBefore = count(h2(database), "SELECT COUNT(*) FROM companies");
        CliRunner confirming = new CliRunner(workingDirectory).answering("yes");
        CliResult confirmed = confirming.run("backfill", "--env", "production");

        // then
        assertThat(dryRun.exitCode()).as(dryRun.err()).isZero();
        assertThat(refused.exitCode()).isEqualTo(Main.ERROR);
        assertThat(refused.errLines()).containsExactly("company-cli backfill: refusing to run the backfill on the"
                + " production environment 'production' without confirmation: there is no terminal to ask on;"
                + " pass --yes to confirm");
        assertThat(cancelled.exitCode()).isEqualTo(Main.ERROR);
        assertThat(companiesBefore).isZero();
        assertThat(confirmed.exitCode()).as(confirmed.err()).isZero();
        assertThat(confirming.prompts()).singleElement().asString()
                .startsWith("About to run the backfill on the production environment 'production'");
        assertThat(count(h2(database), "SELECT COUNT(*) FROM companies")).isEqualTo(6);
    }

    @DatabaseTest(vendors = DatabaseVendor.H2)
    void shouldDriveTheProgressDisplayFromTheBackfillsProgressListener(TestDatabase db) {
        // given
        LegacyData data = LegacyScenarios.all();
        data.insertInto(db.dataSource());
        RecordingDisplay display = new RecordingDisplay();
        CliRunner cli = new CliRunner(workingDirectory).withProgress(display);

        // when
        CliResult result = cli.run(command(cli, db, "backfill", "--batch-size", "2"));

        // then one task a table, started with its row count, advanced to it, and closed
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(display.tasks).extracting(task -> task.name)
                .startsWith("companies technology_vendors", "companies owners_developers")
                .contains("personnel personnel_entity_relationships")
                .endsWith("projects project_offtaker_relationships")
                .hasSize(12);
        for (RecordingDisplay.RecordedTask task : display.tasks) {
            LegacyTable table = LegacyTable.valueOf(task.name.substring(task.name.indexOf(' ') + 1).toUpperCase());
            assertThat(task.total).as(task.name).isEqualTo(data.rowCount(table));
            assertThat(task.advances.stream().mapToLong(Long::longValue).sum()).as(task.name).isEqualTo(task.total);
            assertThat(task.closed).as(task.name).isTrue();
        }
        assertThat(display.tasks).filteredOn(task -> task.name.endsWith(" technology_vendors")).singleElement()
                .satisfies(task -> assertThat(task.advances).hasSizeGreaterThan(1));
    }

    @DatabaseTest(vendors = DatabaseVendor.H2)
    void shouldDrawNoProgressForAnEmptyTable(TestDatabase db) {
        // given no owners, constructors or off-takers
        LegacyScenarios.vendorThatIsAlsoOperatorAndClient().insertInto(db.dataSource());
        RecordingDisplay display = new RecordingDisplay();
        CliRunner cli = new CliRunner(workingDirectory).withProgress(display);

        // when
        CliResult result = cli.run(command(cli, db, "backfill"));

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(display.tasks).extracting(task -> task.name).containsExactly("companies technology_vendors",
                "companies operators", "companies clients", "personnel personnel_entity_relationships",
                "projects project_vendor_relationships", "projects project_operator_relationships");
    }

    @DatabaseTest(vendors = DatabaseVendor.H2)
    void shouldDrawNoProgressWithJsonOrQuiet(TestDatabase db) {
        // given
        LegacyScenarios.everyTable().insertInto(db.dataSource());
        RecordingDisplay display = new RecordingDisplay();
        CliRunner cli = new CliRunner(workingDirectory).withProgress(display);

        // when
        CliResult json = cli.run(command(cli, db, "backfill", "--json"));
        CliResult quiet = cli.run(command(cli, db, "--quiet", "backfill", "--dry-run"));

        // then
        assertThat(json.exitCode()).as(json.err()).isZero();
        assertThat(quiet.exitCode()).as(quiet.err()).isZero();
        assertThat(quiet.out()).isEmpty();
        assertThat(display.tasks).isEmpty();
    }

    private static List<String> tablesOf(CliResult result) {
        assertThat(result.exitCode()).as(result.err()).isZero();
        try {
            List<String> tables = new ArrayList<>();
            new ObjectMapper().readTree(result.out()).get("tables").forEach(t -> tables.add(t.get("table").asText()));
            return tables;
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + result.out(), e);
        }
    }
}

package org.companyunification.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.companyunification.cli.Databases.command;
import static org.companyunification.cli.Databases.h2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.companyunification.cli.CliRunner.CliResult;
import org.companyunification.cli.internal.ConnectionOptions;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.LegacyData;
import org.companyunification.testing.LegacyScenarios;
import org.companyunification.testing.TestDatabase;
import org.companyunification.sync.validation.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    Path workingDirectory;

    @DatabaseTest
    void shouldPassAndExitZeroAfterTheMigrationOfACleanDataSet(TestDatabase db) {
        // given
        LegacyScenarios.vendorThatIsAlsoOperatorAndClient().and(LegacyScenarios.everyTable())
                .insertInto(db.dataSource());
        CliRunner cli = new CliRunner(workingDirectory);
        cli.run(command(cli, db, "backfill", "--quiet"));

        // when
        CliResult result = cli.run(command(cli, db, "validate"));

        // then
        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(Main.OK);
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).startsWith("Validation of " + db.vendor().displayName() + " at " + db.url() + ", ")
                .containsPattern("table +rows +mapped +not mapped +out of scope +mapped %")
                .containsPattern("technology_vendors +2 +2 +0 +0 +100\\.00%")
                .containsPattern("personnel_entity_relationships +4 +3 +0 +1 +100\\.00%")
                .containsPattern("operator +operators +2 +2 +ok")
                .containsPattern("project relationships +7 +7 +100\\.00% +95\\.00% +ok")
                .containsPattern("personnel relationships +3 +3 +100\\.00% +95\\.00% +ok")
                .contains("  ok      every legacy company row maps to exactly one company")
                .contains("Unmapped legacy rows: none")
                .contains("Rows without a legacy origin (written by applications): 0 companies, 0 role assignments,"
                        + " 0 affiliations")
                .endsWith("Verdict: PASSED" + System.lineSeparator())
                .doesNotContain("Changes since");
    }

    @DatabaseTest
    void shouldFailAndExitOneListingTheUnmappedRowsAndTheReasons(TestDatabase db) throws IOException {
        // given
        LegacyScenarios.dirtyValues().insertInto(db.dataSource());
        CliRunner cli = new CliRunner(workingDirectory);
        cli.run(command(cli, db, "backfill", "--quiet"));

        // when
        CliResult text = cli.run(command(cli, db, "validate"));
        CliResult json = cli.run(command(cli, db, "validate", "--json"));

        // then
        assertThat(text.exitCode()).as(text.err()).isEqualTo(Main.VALIDATION_FAILED);
        assertThat(text.err()).isEmpty();
        assertThat(text.out()).contains("Unmapped legacy rows: 6")
                .contains("  technology_vendors #200: the company name is blank")
                .contains("  personnel_entity_relationships #232: unknown entity_type 'supplier'")
                .containsPattern("project relationships +2 +0 +0\\.00% +95\\.00% +BELOW THRESHOLD")
                .contains("Verdict: FAILED" + System.lineSeparator()
                        + "  - 1 of 2 rows of technology_vendors are not mapped to a company (first: #200")
                .contains("  - project relationship coverage 0.00% is below 95.00%");
        assertThat(json.exitCode()).isEqualTo(Main.VALIDATION_FAILED);
        JsonNode report = new ObjectMapper().readTree(json.out());
        assertThat(report.get("passed").asBoolean()).isFalse();
        assertThat(report.get("unmappedRows")).hasSize(6);
        assertThat(report.get("failures")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(ValidationReport.fromJson(json.out()).failures())
                .contains("project relationship coverage 0.00% is below 95.00%");
    }

    @DatabaseTest
    void shouldShowWhatChangedSinceASavedBaselineWhenNewLegacyRowsArrive(TestDatabase db) throws IOException {
        // given a baseline saved after the migration, and legacy rows written since by an application
        LegacyScenarios.vendorThatIsAlsoOperatorAndClient().insertInto(db.dataSource());
        CliRunner cli = new CliRunner(workingDirectory);
        cli.run(command(cli, db, "backfill", "--quiet"));
        CliResult saved = cli.run(command(cli, db, "validate", "--save-baseline", "after-backfill.json"));
        new LegacyData().vendor(77, "Newcleo").vendor(78, " ").insertInto(db.dataSource());

        // when
        CliResult text = cli.run(command(cli, db, "validate", "--baseline", "after-backfill.json"));
        CliResult json = cli.run(command(cli, db, "validate", "--baseline", "after-backfill.json", "--json"));

        // then
        Path baseline = workingDirectory.resolve("after-backfill.json");
        assertThat(saved.exitCode()).as(saved.err()).isEqualTo(Main.OK);
        assertThat(saved.out()).contains("Saved this report as a baseline to " + baseline);
        assertThat(ValidationReport.fromJson(Files.readString(baseline)).passed()).isTrue();
        assertThat(text.exitCode()).isEqualTo(Main.VALIDATION_FAILED);
        assertThat(text.out()).contains("Changes since the baseline " + baseline + " of ")
                .contains("  table technology_vendors: rows 1, mapped 1, not mapped 0 -> rows 3, mapped 1,"
                        + " not mapped 2")
                .contains("  unmapped technology_vendors #77: mapped or absent -> not mapped:")
                .contains("  verdict: PASSED -> FAILED");
        assertThat(json.exitCode()).isEqualTo(Main.VALIDATION_FAILED);
        JsonNode report = new ObjectMapper().readTree(json.out());
        assertThat(report.get("baseline").get("file").asText()).isEqualTo(baseline.toString());
        assertThat(report.get("baseline").get("passed").asBoolean()).isTrue();
        assertThat(report.get("changesSinceBaseline")).anySatisfy(change -> {
            assertThat(change.get("what").asText()).isEqualTo("verdict");
            assertThat(change.get("before").asText()).isEqualTo("PASSED");
            assertThat(change.get("after").asText()).isEqualTo("FAILED");
        });
    }

    @Test
    void shouldSayNothingChangedAgainstABaselineOfTheSameState() {
        // given
        loadIntoTheDefaultDatabase(LegacyScenarios.everyTable());
        CliRunner cli = new CliRunner(workingDirectory);
        cli.run("backfill", "--quiet");
        cli.run("validate", "--quiet", "--save-baseline", "baseline.json");

        // when
        CliResult result = cli.run("validate", "--baseline", "baseline.json");

        // then
        assertThat(result.exitCode()).as(result.err()).isEqualTo(Main.OK);
        assertThat(result.out()).containsPattern("Changes since the baseline .*baseline\\.json of .*: none");
    }

    @Test
    void shouldExitTwoWithoutConnectingWhenTheBaselineFileIsMissing() {
        CliResult result = new CliRunner(workingDirectory).run("validate", "--baseline", "missing.json");

        assertThat(result.exitCode()).isEqualTo(Main.ERROR);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).containsExactly("company-cli validate: the baseline file "
                + workingDirectory.resolve("missing.json") + " does not exist: save one first with"
                + " 'validate --save-baseline missing.json'");
        assertThat(workingDirectory.resolve(ConnectionOptions.DEFAULT_H2_NAME + ".mv.db")).doesNotExist();
    }

    @Test
    void shouldExitTwoWhenTheBaselineFileIsNotAValidationReport() throws IOException {
        Files.writeString(workingDirectory.resolve("notes.json"), "{\"hello\": \"world\"}");
        Files.writeString(workingDirectory.resolve("notes.txt"), "not JSON at all");
        CliRunner cli = new CliRunner(workingDirectory);

        CliResult object = cli.run("validate", "--baseline", "notes.json");
        CliResult text = cli.run("validate", "--baseline", "notes.txt");

        assertThat(object.exitCode()).isEqualTo(Main.ERROR);
        assertThat(object.errLines()).singleElement().asString().startsWith("company-cli validate: the baseline file "
                + workingDirectory.resolve("notes.json") + " cannot be used: The baseline is not a validation report");
        assertThat(text.exitCode()).isEqualTo(Main.ERROR);
        assertThat(text.errLines()).singleElement().asString().contains("cannot be used");
    }

    @Test
    void shouldExitTwoWhenTheDatabaseIsUnreachable() {
        CliResult result = new CliRunner(workingDirectory)
                .run("validate", "--url", "jdbc:mariadb://127.0.0.1:1/test", "--user", "root");

        assertThat(result.exitCode()).isEqualTo(Main.ERROR);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).singleElement().asString()
                .startsWith("company-cli validate: cannot reach the database at jdbc:mariadb://127.0.0.1:1/test");
    }

    @Test
    void shouldExitTwoWhenTheSchemaIsMissing() {
        CliResult result = new CliRunner(workingDirectory).run("validate");

        assertThat(result.exitCode()).isEqualTo(Main.ERROR);
        assertThat(result.errLines()).singleElement().asString()
                .startsWith("company-cli validate: The unified schema is missing");
    }

    @Test
    void shouldJudgeTheCoverageAgainstTheThresholdGiven() {
        // given 20 project relationships of which one points at a missing project: 95% coverage
        LegacyData data = new LegacyData().vendor(1, "Aalo Atomics");
        for (int i = 0; i < 20; i++) {
            data.project(100 + i, "Project " + i).vendorOnProject(200 + i, i == 0 ? 999 : 100 + i, 1, false);
        }
        loadIntoTheDefaultDatabase(data);
        CliRunner cli = new CliRunner(workingDirectory);
        cli.run("backfill", "--quiet");

        // when
        CliResult lenient = cli.run("validate");
        CliResult strict = cli.run("validate", "--threshold", "0.96");
        CliResult impossible = cli.run("validate", "--threshold", "1.5");

        // then
        assertThat(lenient.exitCode()).as(lenient.out()).isEqualTo(Main.OK);
        assertThat(lenient.out()).containsPattern("project relationships +20 +19 +95\\.00% +95\\.00% +ok");
        assertThat(strict.exitCode()).isEqualTo(Main.VALIDATION_FAILED);
        assertThat(strict.out()).containsPattern("project relationships +20 +19 +95\\.00% +96\\.00% +BELOW THRESHOLD")
                .contains("Verdict: FAILED" + System.lineSeparator()
                        + "  - project relationship coverage 95.00% is below 96.00%");
        assertThat(impossible.exitCode()).isEqualTo(Main.ERROR);
        assertThat(impossible.errLines()).containsExactly("company-cli validate: --threshold must be a share between"
                + " 0 and 1 (0.95 is 95%), not 1.5 (see 'company-cli validate --help')");
    }

    @Test
    void shouldListTheFirstTwentyUnmappedRowsAndCountTheRest() throws IOException {
        // given 25 vendors without a name
        LegacyData data = new LegacyData();
        for (int i = 0; i < 25; i++) {
            data.vendor(1000 + i, "");
        }
        loadIntoTheDefaultDatabase(data);
        CliRunner cli = new CliRunner(workingDirectory);
        cli.run("backfill", "--quiet");

        // when
        CliResult text = cli.run("validate");
        CliResult json = cli.run("validate", "--json");

        // then
        assertThat(text.exitCode()).isEqualTo(Main.VALIDATION_FAILED);
        assertThat(text.out()).contains("Unmapped legacy rows: 25").contains("  ... and 5 more (see --json)");
        assertThat(text.out().lines().filter(line -> line.startsWith("  technology_vendors #"))).hasSize(20);
        assertThat(new ObjectMapper().readTree(json.out()).get("unmappedRows")).hasSize(25);
    }

    @Test
    void shouldPrintNothingWhenQuietAndStillExitWithTheVerdict() {
        loadIntoTheDefaultDatabase(LegacyScenarios.dirtyValues());
        CliRunner cli = new CliRunner(workingDirectory);
        cli.run("backfill", "--quiet");

        CliResult result = cli.run("--quiet", "validate", "--save-baseline", "quiet.json");

        assertThat(result.exitCode()).isEqualTo(Main.VALIDATION_FAILED);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEmpty();
        assertThat(workingDirectory.resolve("quiet.json")).isRegularFile();
    }

    @Test
    void shouldExitTwoWhenTheBaselineCannotBeSaved() {
        loadIntoTheDefaultDatabase(LegacyScenarios.everyTable());
        CliRunner cli = new CliRunner(workingDirectory);

        CliResult result = cli.run("validate", "--save-baseline", "no/such/directory/baseline.json");

        assertThat(result.exitCode()).isEqualTo(Main.ERROR);
        assertThat(result.errLines()).singleElement().asString()
                .startsWith("company-cli validate: cannot write --save-baseline "
                        + workingDirectory.resolve("no/such/directory/baseline.json") + ": the directory ");
    }

    /** Creates the default embedded database with both schemas and the given legacy rows. */
    private void loadIntoTheDefaultDatabase(LegacyData data) {
        CliResult schema = new CliRunner(workingDirectory).run("schema", "--with-legacy", "--quiet");
        assertThat(schema.exitCode()).as(schema.err()).isZero();
        data.insertInto(h2(workingDirectory.resolve(ConnectionOptions.DEFAULT_H2_NAME)));
    }
}

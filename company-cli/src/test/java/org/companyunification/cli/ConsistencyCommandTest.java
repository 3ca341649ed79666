package org.companyunification.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.companyunification.cli.Databases.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.companyunification.cli.CliRunner.CliResult;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.LegacyScenarios;
import org.companyunification.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsistencyCommandTest {

    @TempDir
    Path workingDirectory;

    @DatabaseTest
    void shouldExitZeroReportingNoDifferenceRightAfterTheBackfill(TestDatabase db) throws IOException {
        // given
        LegacyScenarios.all().insertInto(db.dataSource());
        CliRunner cli = new CliRunner(workingDirectory);
        cli.run(command(cli, db, "backfill", "--quiet"));

        // when
        CliResult text = cli.run(command(cli, db, "consistency"));
        CliResult json = cli.run(command(cli, db, "consistency", "--json"));

        // then
        assertThat(text.exitCode()).as(text.out() + text.err()).isEqualTo(Main.OK);
        assertThat(text.err()).isEmpty();
        assertThat(text.out()).startsWith("Consistency of " + db.vendor().displayName() + " at " + db.url() + ", ")
                .containsPattern("table +rows +not mapped +differences")
                .containsPattern("technology_vendors +6 +1 +0")
                .containsPattern("personnel_entity_relationships +\\d+ +5 +0")
                .contains("Differences: none")
                .endsWith("Verdict: CONSISTENT" + System.lineSeparator());
        assertThat(json.exitCode()).isEqualTo(Main.OK);
        JsonNode report = new ObjectMapper().readTree(json.out());
        assertThat(report.get("consistent").asBoolean()).isTrue();
        assertThat(report.get("differenceCount").asLong()).isZero();
        assertThat(report.get("tables")).hasSize(12);
        assertThat(report.get("differences")).isEmpty();
    }

    @DatabaseTest
    void shouldNameARunWhoseProcessDiedBeforeTheVerdict(TestDatabase db) throws SQLException {
        // given a backfill whose process was killed after its last batch, before it recorded its end
        LegacyScenarios.all().insertInto(db.dataSource());
        CliRunner cli = new CliRunner(workingDirectory);
        cli.run(command(cli, db, "backfill", "--quiet"));
        try (Connection connection = db.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE backfill_runs SET status = 'RUNNING', finished_at = NULL");
        }

        // when
        CliResult text = cli.run(command(cli, db, "consistency"));

        // then every row is compared as usual, and the run is named before the verdict
        assertThat(text.exitCode()).as(text.out() + text.err()).isEqualTo(Main.OK);
        assertThat(text.out()).contains("Unfinished runs (the differences above may be rows they have not migrated"
                + " yet):" + System.lineSeparator() + "  backfill run 1 has not finished (still running, or its"
                + " process died; started ")
                .endsWith("Verdict: CONSISTENT" + System.lineSeparator());
    }

    @DatabaseTest
    void shouldExitOneNamingALegacyValueChangedBehindTheLibrarysBack(TestDatabase db) throws Exception {
        // given a migrated database whose vendor row is then changed with plain SQL
        LegacyScenarios.everyTable().insertInto(db.dataSource());
        CliRunner cli = new CliRunner(workingDirectory);
        cli.run(command(cli, db, "backfill", "--quiet"));
        long company = Long.parseLong(Databases.rows(db.dataSource(), "SELECT company_id FROM company_origins"
                + " WHERE source_table = 'technology_vendors' AND source_id = 120").get(0));
        try (Connection connection = db.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE technology_vendors SET country = 'Japan' WHERE vendor_id = 120");
        }

        // when
        CliResult text = cli.run(command(cli, db, "consistency"));
        CliResult json = cli.run(command(cli, db, "consistency", "--json"));

        // then
        assertThat(text.exitCode()).as(text.out() + text.err()).isEqualTo(Main.VALIDATION_FAILED);
        assertThat(text.err()).isEmpty();
        assertThat(text.out()).containsPattern("technology_vendors +1 +0 +1")
                .contains("Differences: 1")
                .contains("  technology_vendors #120 -> companies #" + company + ": values differ")
                .contains("      country: legacy 'Japan', unified 'USA'")
                .endsWith("Verdict: DIFFERENT" + System.lineSeparator());
        assertThat(json.exitCode()).isEqualTo(Main.VALIDATION_FAILED);
        JsonNode report = new ObjectMapper().readTree(json.out());
        assertThat(report.get("consistent").asBoolean()).isFalse();
        assertThat(report.get("differenceCount").asLong()).isEqualTo(1);
        JsonNode difference = report.get("differences").get(0);
        assertThat(difference.get("kind").asText()).isEqualTo("VALUES_DIFFER");
        assertThat(difference.get("legacyTable").asText()).isEqualTo("technology_vendors");
        assertThat(difference.get("legacyId").asLong()).isEqualTo(120);
        assertThat(difference.get("unifiedTable").asText()).isEqualTo("companies");
        assertThat(difference.get("unifiedId").asLong()).isEqualTo(company);
        assertThat(difference.get("fields").get(0).get("field").asText()).isEqualTo("country");
        assertThat(difference.get("fields").get(0).get("legacyValue").asText()).isEqualTo("Japan");
        assertThat(difference.get("fields").get(0).get("unifiedValue").asText()).isEqualTo("USA");
    }

    @DatabaseTest
    void shouldListUpToTheLimitAndCountTheRest(TestDatabase db) throws SQLException {
        // given three company rows never migrated
        LegacyScenarios.vendorThatIsAlsoOperatorAndClient().insertInto(db.dataSource());
        CliRunner cli = new CliRunner(workingDirectory);

        // when
        CliResult result = cli.run(command(cli, db, "consistency", "--limit", "1"));

        // then
        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(Main.VALIDATION_FAILED);
        assertThat(result.out()).contains("Differences: 3")
                .contains("  technology_vendors #10 -> companies: not migrated")
                .contains("  ... and 2 more (raise --limit to list them)");
    }

    @Test
    void shouldRefuseALimitOutsideItsRange() {
        CliResult result = new CliRunner(workingDirectory).run("consistency", "--url", "jdbc:h2:mem:x", "--limit",
                "-1");

        assertThat(result.exitCode()).isEqualTo(Main.ERROR);
        assertThat(result.err()).contains("--limit must be a number of differences from 0 to 100,000, not -1");
    }
}

package org.companyunification.cli;

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
import java.util.List;
import javax.sql.DataSource;
import org.companyunification.cli.CliRunner.CliResult;
import org.companyunification.cli.internal.ConnectionOptions;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.LegacyScenarios;
import org.companyunification.testing.LegacySnapshot;
import org.companyunification.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RollbackCommandTest {

    @TempDir
    Path workingDirectory;

    @DatabaseTest
    void shouldUndoARunListedByRunsAndLeaveTheEarlierRunAndTheLegacyRows(TestDatabase db) throws Exception {
        // given two runs, the second over rows added after the first
        LegacyScenarios.vendorThatIsAlsoOperatorAndClient().insertInto(db.dataSource());
        CliRunner cli = new CliRunner(workingDirectory);
        cli.run(command(cli, db, "backfill", "--quiet"));
        LegacyScenarios.everyTable().insertInto(db.dataSource());
        cli.run(command(cli, db, "backfill", "--quiet"));
        LegacySnapshot legacy = LegacySnapshot.take(db.dataSource());
        JsonNode listed = new ObjectMapper().readTree(cli.run(command(cli, db, "runs", "--json")).out()).get("runs");
        long second = listed.get(1).get("runId").asLong();

        // when
        CliResult result = cli.run(command(cli, db, "rollback", "--run", String.valueOf(second)));

        // then
        assertThat(listed).extracting(run -> run.get("status").asText()).containsExactly("COMPLETED", "COMPLETED");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("Rolled back run " + second + " of " + db.vendor().displayName()
                        + " at " + db.url() + ":")
                .containsPattern("unified table +rows deleted")
                .containsPattern("  companies +6\\R")
                .containsPattern("  client_profiles +1\\R")
                .containsPattern("  total +\\d+\\R")
                .contains("Companies kept because rows written since refer to them: 0");
        assertThat(count(db, "SELECT COUNT(*) FROM companies")).isEqualTo(2);
        assertThat(LegacySnapshot.take(db.dataSource())).isEqualTo(legacy);
        CliResult runs = cli.run(command(cli, db, "runs"));
        assertThat(runs.out()).containsPattern(" 1 +COMPLETED +").containsPattern(" " + second + " +ROLLED_BACK +");
        assertThat(cli.run(command(cli, db, "validate", "--quiet")).exitCode()).isEqualTo(Main.VALIDATION_FAILED);
    }

    @Test
    void shouldPrintWhatWasDeletedAsJson() throws IOException, SQLException {
        // given
        DataSource database = loadIntoTheDefaultDatabase();
        CliRunner cli = new CliRunner(workingDirectory);
        cli.run("backfill", "--quiet");

        // when
        CliResult result = cli.run("rollback", "--run", "1", "--json");

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(result.out());
        assertThat(report.get("runId").asLong()).isEqualTo(1);
        assertThat(report.get("deleted").get("companies").asLong()).isEqualTo(6);
        assertThat(report.get("deleted").get("company_role_assignments").asLong()).isEqualTo(11);
        long sum = 0;
        for (JsonNode deleted : report.get("deleted")) {
            sum += deleted.asLong();
        }
        assertThat(report.get("totalDeleted").asLong()).isEqualTo(sum);
        assertThat(report.get("companiesKept").asLong()).isZero();
        assertThat(count(database, "SELECT COUNT(*) FROM companies")).isZero();
        assertThat(count(database, "SELECT COUNT(*) FROM company_role_assignments")).isZero();
    }

    @Test
    void shouldExitTwoForARunThatDoesNotExistOrWasRolledBackAlready() {
        loadIntoTheDefaultDatabase();
        CliRunner cli = new CliRunner(workingDirectory);
        cli.run("backfill", "--quiet");
        cli.run("rollback", "--run", "1", "--quiet");

        CliResult unknown = cli.run("rollback", "--run", "4711");
        CliResult again = cli.run("rollback", "--run", "1");

        assertThat(unknown.exitCode()).isEqualTo(Main.ERROR);
        assertThat(unknown.errLines()).containsExactly(
                "company-cli rollback: There is no backfill run 4711: list the runs with 'runs'.");
        assertThat(again.exitCode()).isEqualTo(Main.ERROR);
        assertThat(again.errLines()).containsExactly("company-cli rollback: Backfill run 1 was already rolled back.");
    }

    @Test
    void shouldRequireTheRunToUndo() {
        CliResult missing = new CliRunner(workingDirectory).run("rollback");
        CliResult notANumber = new CliRunner(workingDirectory).run("rollback", "--run", "latest");

        assertThat(missing.exitCode()).isEqualTo(Main.ERROR);
        assertThat(missing.errLines()).containsExactly("company-cli rollback: Missing required option: '--run=ID'"
                + " (see 'company-cli rollback --help')");
        assertThat(notANumber.exitCode()).isEqualTo(Main.ERROR);
        assertThat(notANumber.errorLine()).contains("'latest' is not a long");
    }

    @Test
    void shouldAskBeforeRollingBackOnProduction() throws IOException, SQLException {
        // given
        Path database = workingDirectory.resolve("prod-db");
        Files.write(workingDirectory.resolve("company-cli.properties"),
                List.of("env.production.url=jdbc:h2:file:" + database, "env.production.production=true"));
        CliRunner cli = new CliRunner(workingDirectory);
        cli.run("schema", "--with-legacy", "--env", "production", "--yes", "--quiet");
        LegacyScenarios.everyTable().insertInto(h2(database));
        cli.run("backfill", "--env", "production", "--yes", "--quiet");

        // when
        CliResult refused = cli.run("rollback", "--run", "1", "--env", "production");
        CliResult confirmed = new CliRunner(workingDirectory).answering("yes")
                .run("rollback", "--run", "1", "--env", "production");

        // then
        assertThat(refused.exitCode()).isEqualTo(Main.ERROR);
        assertThat(refused.errLines()).containsExactly("company-cli rollback: refusing to roll back backfill run 1 on"
                + " the production environment 'production' without confirmation: there is no terminal to ask on;"
                + " pass --yes to confirm");
        assertThat(confirmed.exitCode()).as(confirmed.err()).isZero();
        assertThat(count(h2(database), "SELECT COUNT(*) FROM companies")).isZero();
    }

    /** Creates the default embedded database with both schemas and clean legacy rows in every table. */
    private DataSource loadIntoTheDefaultDatabase() {
        CliResult schema = new CliRunner(workingDirectory).run("schema", "--with-legacy", "--quiet");
        assertThat(schema.exitCode()).as(schema.err()).isZero();
        DataSource database = h2(workingDirectory.resolve(ConnectionOptions.DEFAULT_H2_NAME));
        LegacyScenarios.everyTable().insertInto(database);
        return database;
    }
}

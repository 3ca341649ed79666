package org.companyunification.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.companyunification.cli.Databases.command;
import static org.companyunification.cli.Databases.execute;
import static org.companyunification.cli.Databases.rows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.companyunification.cli.CliRunner.CliResult;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.LegacyScenarios;
import org.companyunification.testing.TestDatabase;
import org.junit.jupiter.api.io.TempDir;

class SyncCommandTest {

    private static final String OPERATOR_ROLES = "SELECT c.name_key FROM companies c JOIN company_role_assignments a"
            + " ON a.company_id = c.company_id WHERE a.role_id = 3 AND a.context_type IS NULL";

    @TempDir
    Path workingDirectory;

    @DatabaseTest
    void shouldCatchUpWithLegacyEditsAndDeletionsAndBeUndoneByRollback(TestDatabase db) throws Exception {
        // given a backfill, then an edit and a deletion written with plain SQL
        LegacyScenarios.vendorThatIsAlsoOperatorAndClient().insertInto(db.dataSource());
        CliRunner cli = new CliRunner(workingDirectory);
        cli.run(command(cli, db, "backfill", "--quiet"));
        execute(db.dataSource(), "UPDATE technology_vendors SET website = 'https://holtec.example' WHERE vendor_id = 10",
                "DELETE FROM operators WHERE operator_id = 20");

        // when
        CliResult sync = cli.run(command(cli, db, "sync"));
        CliResult again = cli.run(command(cli, db, "sync", "--json"));

        // then
        assertThat(sync.exitCode()).as(sync.err()).isZero();
        assertThat(sync.out()).startsWith("Sync of " + db.vendor().displayName() + " at " + db.url() + ":")
                .containsPattern("companies +technology_vendors +1 +0 +1 +0 +0 +0 +0 +0")
                .containsPattern("Legacy rows deleted since the last run:\\R  legacy table +rows\\R  operators +1\\R\\R")
                .containsPattern("Unified rows removed for them:\\R  unified table +rows\\R")
                // the operator's global role, and the project role of the relationship row that named the row
                .containsPattern("  company_role_assignments +2\\R")
                .doesNotContainPattern("  technology_vendors +0")
                .containsPattern("Run id: 2 \\(list runs with 'runs', undo this one with 'rollback --run 2'\\)");
        assertThat(rows(db.dataSource(), "SELECT website FROM companies WHERE name_key = 'holtec international'"))
                .containsExactly("https://holtec.example");
        assertThat(rows(db.dataSource(), OPERATOR_ROLES)).isEmpty();
        assertThat(again.exitCode()).as(again.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(again.out());
        assertThat(report.get("runId").asLong()).isEqualTo(3);
        assertThat(report.get("total").get("updated").asLong()).isZero();
        assertThat(report.get("legacyRowsDeleted").get("operators").asLong()).isZero();

        // when the first sync is rolled back
        CliResult rollback = cli.run(command(cli, db, "rollback", "--run", "2"));
        CliResult runs = cli.run(command(cli, db, "runs"));

        // then the role it removed is back, and the runs list says which run was what
        assertThat(rollback.exitCode()).as(rollback.err()).isZero();
        assertThat(rollback.out()).containsPattern("unified table +rows restored")
                // the operator's global role, and the project role of the relationship row that named the row
                .containsPattern("  company_role_assignments +2\\R").containsPattern("  company_origins +1\\R");
        assertThat(rows(db.dataSource(), OPERATOR_ROLES)).containsExactly("holtec international");
        assertThat(runs.out()).containsPattern(" 1 +COMPLETED .* backfill *\\R")
                .containsPattern(" 2 +ROLLED_BACK .* sync *\\R").containsPattern(" 3 +COMPLETED .* sync *\\R");
    }
}

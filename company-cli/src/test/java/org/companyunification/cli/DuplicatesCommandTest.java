package org.companyunification.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.companyunification.cli.Databases.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.companyunification.cli.CliRunner.CliResult;
import org.companyunification.sync.Backfill;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.LegacyData;
import org.companyunification.testing.TestDatabase;
import org.junit.jupiter.api.io.TempDir;

/** {@code duplicates} lists the candidates of the duplicate search, as a table or as JSON. */
class DuplicatesCommandTest {

    @TempDir
    Path workingDirectory;

    @DatabaseTest
    void shouldListTheCandidatesWithTheirScoresBandsAndReasons(TestDatabase db) throws IOException {
        // given
        plant(db);
        CliRunner cli = new CliRunner(workingDirectory);

        // when
        CliResult text = cli.run(command(cli, db, "duplicates"));
        CliResult json = cli.run(command(cli, db, "duplicates", "--json"));

        // then
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains(": 2 (1 strong, 1 to review) among 5 companies")
                .containsPattern("score +band +id +name +id +name +reasons")
                .containsPattern("0\\.9\\d\\d +strong +\\d+ +PG&E +\\d+ +Pacific Gas and Electric Company"
                        + " +'pge' is an acronym of 'pacific gas and electric'; both web sites are on pge.com")
                .containsPattern("review +\\d+ +Bechtel Power +\\d+ +Bechtal Power")
                .doesNotContain("Duke").doesNotContain("\u001b");
        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(json.out());
        assertThat(report.get("companies").asInt()).isEqualTo(5);
        assertThat(report.get("strongThreshold").asDouble()).isEqualTo(0.85);
        JsonNode first = report.get("candidates").get(0);
        assertThat(first.get("companyName").asText()).isEqualTo("PG&E");
        assertThat(first.get("otherCompanyName").asText()).isEqualTo("Pacific Gas and Electric Company");
        assertThat(first.get("companyId").asLong()).isLessThan(first.get("otherCompanyId").asLong());
        assertThat(first.get("band").asText()).isEqualTo("STRONG");
        assertThat(first.get("reasons").get(0).get("code").asText()).isEqualTo("ACRONYM");
        assertThat(report.get("candidates")).hasSize(2);
    }

    @DatabaseTest(vendors = org.companyunification.model.schema.DatabaseVendor.H2)
    void shouldApplyTheThresholdsAndTheLimitGiven(TestDatabase db) {
        // given
        plant(db);
        CliRunner cli = new CliRunner(workingDirectory);

        // when
        CliResult strict = cli.run(command(cli, db, "duplicates", "--strong", "0.99", "--review", "0.9"));
        CliResult limited = cli.run(command(cli, db, "duplicates", "--limit", "1"));
        CliResult wrong = cli.run(command(cli, db, "duplicates", "--strong", "0.5", "--review", "0.6"));

        // then
        assertThat(strict.out()).contains(": 1 (0 strong, 1 to review)");
        assertThat(limited.out()).contains("PG&E").doesNotContain("Bechtal")
                .contains("1 more: raise --limit, or --json lists all.");
        assertThat(wrong.exitCode()).isEqualTo(Main.ERROR);
        assertThat(wrong.errLines()).singleElement().asString()
                .contains("--review must be a score more than 0 and at most --strong (0.5), not 0.6");
    }

    private static void plant(TestDatabase db) {
        new LegacyData()
                .vendor(1, "PG&E", v -> v.website("https://www.pge.com/"))
                .operator(2, "Pacific Gas and Electric Company", o -> o.website("pge.com/about"))
                .owner(3, "Duke Energy")
                .offtaker(4, "Bechtel Power")
                .client(5, "Bechtal Power")
                .insertInto(db.dataSource());
        Backfill.configure().dataSource(db.dataSource()).load().run();
    }
}

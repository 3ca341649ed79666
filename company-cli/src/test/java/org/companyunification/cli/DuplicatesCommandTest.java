package org.companyunification.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.companyunification.cli.Databases.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

    @DatabaseTest
    void shouldMergeAcceptedAndRememberRejectedPairsOfAnEditedReviewFile(TestDatabase db) throws IOException {
        // given the candidates exported to a review file
        plant(db);
        CliRunner cli = new CliRunner(workingDirectory);
        CliResult exported = cli.run(command(cli, db, "duplicates", "--export", "review.json"));
        Path file = workingDirectory.resolve("review.json");

        // when a person accepts PG&E keeping the full name and rejects Bechtel, and the file is applied
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode review = (ObjectNode) mapper.readTree(file.toFile());
        ObjectNode pge = (ObjectNode) review.get("pairs").get(0);
        pge.put("decision", "ACCEPT").put("survivorId", pge.get("otherCompanyId").asLong());
        ((ObjectNode) review.get("pairs").get(1)).put("decision", "REJECT");
        mapper.writeValue(file.toFile(), review);
        CliResult applied = cli.run(command(cli, db, "duplicates", "--apply", "review.json", "--by", "alice",
                "--json"));
        CliResult after = cli.run(command(cli, db, "duplicates", "--json"));

        // then
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(exported.out()).contains("Wrote 2 duplicate candidates to review to " + file);
        assertThat(applied.exitCode()).as(applied.err()).isZero();
        JsonNode result = mapper.readTree(applied.out());
        assertThat(result.get("merges")).hasSize(1);
        assertThat(result.get("merges").get(0).get("survivorId").asLong())
                .isEqualTo(pge.get("otherCompanyId").asLong());
        assertThat(result.get("merges").get(0).get("mergedId").asLong()).isEqualTo(pge.get("companyId").asLong());
        assertThat(result.get("rejected").asInt()).isEqualTo(1);
        assertThat(mapper.readTree(after.out()).get("candidates")).isEmpty();
        assertThat(mapper.readTree(after.out()).get("companies").asInt()).isEqualTo(4);
    }

    @DatabaseTest
    void shouldWalkTheCandidatesReadingAnswersFromStandardInputAndApplyThem(TestDatabase db) throws IOException {
        // given
        plant(db);
        CliRunner cli = new CliRunner(workingDirectory).withInput("maybe\nb\nr\n");

        // when
        CliResult walked = cli.run(command(cli, db, "duplicates", "--interactive", "--by", "bob"));
        CliResult after = cli.run(command(cli, db, "duplicates", "--json"));

        // then
        assertThat(walked.exitCode()).as(walked.err()).isZero();
        assertThat(walked.out()).containsPattern("Pair 1 of 2, score 0\\.9\\d\\d \\(strong\\): 'pge' is an acronym")
                .containsPattern("a\\) \\d+ PG&E")
                .containsPattern("b\\) \\d+ Pacific Gas and Electric Company")
                .contains("Answer a, b, r, s or q, not 'maybe'.")
                .containsPattern("Pair 2 of 2, score 0\\.\\d+ \\(review\\)")
                .contains(": 1 pairs merged, 1 rejected (not proposed again), 0 undecided.")
                .containsPattern("Merged company \\d+ into company \\d+ \\(merge \\d+; undo with: unmerge \\d+\\)");
        JsonNode report = new ObjectMapper().readTree(after.out());
        assertThat(report.get("candidates")).isEmpty();
        assertThat(report.get("companies").asInt()).isEqualTo(4);
    }

    @DatabaseTest(vendors = org.companyunification.model.schema.DatabaseVendor.H2)
    void shouldApplyNothingWhenTheWalkIsQuitOrTheFileNamesAPairMergedSince(TestDatabase db) throws IOException {
        // given
        plant(db);
        CliRunner cli = new CliRunner(workingDirectory).withInput("q\n");
        cli.run(command(cli, db, "duplicates", "--export", "review.json"));
        Path file = workingDirectory.resolve("review.json");
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode review = (ObjectNode) mapper.readTree(file.toFile());
        ObjectNode pge = (ObjectNode) review.get("pairs").get(0);
        long pgeId = pge.get("companyId").asLong();
        long fullNameId = pge.get("otherCompanyId").asLong();
        pge.put("decision", "ACCEPT").put("survivorId", pgeId);
        ((ObjectNode) review.get("pairs").get(1)).put("decision", "REJECT");
        mapper.writeValue(file.toFile(), review);

        // when
        CliResult quit = cli.run(command(cli, db, "duplicates", "--interactive"));
        CliResult merged = cli.run(command(cli, db, "merge", String.valueOf(pgeId), "--into",
                String.valueOf(fullNameId)));
        CliResult stale = cli.run(command(cli, db, "duplicates", "--apply", "review.json"));
        CliResult after = cli.run(command(cli, db, "duplicates", "--json"));

        // then
        assertThat(quit.exitCode()).as(quit.err()).isZero();
        assertThat(quit.out()).contains("No pair decided: nothing applied.");
        assertThat(merged.exitCode()).as(merged.err()).isZero();
        assertThat(stale.exitCode()).isNotZero();
        assertThat(stale.errorLine()).contains("The review's pair " + pgeId + " (PG&E) and " + fullNameId
                + " (Pacific Gas and Electric Company) no longer exists: company " + pgeId
                + " has been merged into company " + fullNameId).contains("Nothing was applied");
        assertThat(mapper.readTree(after.out()).get("candidates")).singleElement()
                .satisfies(c -> assertThat(c.get("companyName").asText()).isEqualTo("Bechtel Power"));
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

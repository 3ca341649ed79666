package org.companyunification.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.companyunification.cli.Databases.h2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.companyunification.cli.CliRunner.CliResult;
import org.companyunification.cli.internal.ConnectionOptions;
import org.companyunification.testing.LegacyScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunsCommandTest {

    @TempDir
    Path workingDirectory;

    @Test
    void shouldSaySoWhenNoRunIsRecorded() {
        CliRunner cli = new CliRunner(workingDirectory);
        cli.run("schema", "--quiet");

        CliResult text = cli.run("runs");
        CliResult json = cli.run("runs", "--json");

        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).isEqualTo("No backfill or sync runs recorded in H2 at jdbc:h2:file:"
                + workingDirectory.resolve(ConnectionOptions.DEFAULT_H2_NAME) + "." + System.lineSeparator());
        assertThat(json.out()).contains("\"runs\" : [ ]");
    }

    @Test
    void shouldListEveryRunWithItsStatusStepsBatchSizeAndTimes() throws IOException {
        // given a full run, a companies-only run with a small batch size, and a rollback of the first
        CliRunner cli = new CliRunner(workingDirectory);
        cli.run("schema", "--with-legacy", "--quiet");
        LegacyScenarios.everyTable().insertInto(h2(workingDirectory.resolve(ConnectionOptions.DEFAULT_H2_NAME)));
        cli.run("backfill", "--quiet");
        cli.run("backfill", "--quiet", "--only", "companies", "--batch-size", "5");
        cli.run("rollback", "--quiet", "--run", "1");

        // when
        CliResult text = cli.run("runs");
        CliResult json = cli.run("runs", "--json");

        // then
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out().lines()).hasSize(4);
        assertThat(text.out()).startsWith("Backfill and sync runs of H2 at jdbc:h2:file:")
                .containsPattern("run +status +steps +batch size +started +finished +kind")
                .containsPattern("1 +ROLLED_BACK +companies,personnel,projects +5000 +\\d{4}-\\d\\d-\\d\\dT\\S+Z"
                        + " +\\d{4}-\\d\\d-\\d\\dT\\S+Z +backfill")
                .containsPattern("2 +COMPLETED +companies +5 +");
        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode runs = new ObjectMapper().readTree(json.out()).get("runs");
        assertThat(runs).hasSize(2);
        JsonNode second = runs.get(1);
        assertThat(second.get("runId").asLong()).isEqualTo(2);
        assertThat(second.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(second.get("steps")).extracting(JsonNode::asText).containsExactly("companies");
        assertThat(second.get("batchSize").asInt()).isEqualTo(5);
        assertThat(second.get("kind").asText()).isEqualTo("backfill");
        assertThat(Instant.parse(second.get("finishedAt").asText()))
                .isAfterOrEqualTo(Instant.parse(second.get("startedAt").asText()));
    }

    @Test
    void shouldExitTwoWhenTheUnifiedSchemaIsMissing() {
        CliResult result = new CliRunner(workingDirectory).run("runs");

        assertThat(result.exitCode()).isEqualTo(Main.ERROR);
        assertThat(result.errLines()).singleElement().asString()
                .startsWith("company-cli runs: The unified schema is missing");
    }
}

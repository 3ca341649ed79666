package org.companyunification.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.companyunification.cli.Databases.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.companyunification.cli.CliRunner.CliResult;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files named by output options are checked before the long work starts, so a typo fails at once. */
class OutputOptionsTest {

    @TempDir
    Path workingDirectory;

    @Test
    void shouldRefuseABenchmarkJsonFileThatCannotBeWrittenBeforeTheBenchmarkRuns() throws IOException {
        // given a directory where a file is expected, a missing directory and a directory nothing can be created in
        Files.createDirectory(workingDirectory.resolve("figures"));
        CliRunner cli = new CliRunner(workingDirectory);

        // when
        CliResult directory = cli.run("bench", "--scale", "0.05", "--json", "figures");
        CliResult missing = cli.run("bench", "--scale", "0.05", "--json", "no-such-dir/figures.json");
        CliResult proc = cli.run("bench", "--scale", "0.05", "--json", "/proc/figures.json");

        // then each fails in one line with nothing measured and no benchmark database left behind
        for (CliResult result : List.of(directory, missing, proc)) {
            assertThat(result.exitCode()).isEqualTo(Main.ERROR);
            assertThat(result.out()).isEmpty();
            assertThat(result.errLines()).singleElement().asString().startsWith("company-cli bench: cannot write --json ")
                    .endsWith("Nothing was done");
        }
        assertThat(directory.errorLine()).contains("it is a directory");
        assertThat(missing.errorLine()).contains("the directory " + workingDirectory.resolve("no-such-dir")
                + " does not exist");
        assertThat(proc.errorLine()).contains("a file cannot be created in /proc");
        try (var files = Files.list(workingDirectory)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly("figures");
        }
    }

    @Test
    void shouldLeaveAnExistingBenchmarkJsonFileUntouchedByTheCheck() throws IOException {
        // given an existing file and an option out of range, so that the command stops after the check
        Path file = Files.writeString(workingDirectory.resolve("figures.json"), "earlier figures");

        // when
        CliResult result = new CliRunner(workingDirectory).run("bench", "--json", "figures.json", "--url",
                "jdbc:oracle:thin:@db:1521/x");

        // then
        assertThat(result.errorLine()).contains("unsupported database URL");
        assertThat(Files.readString(file)).isEqualTo("earlier figures");
    }

    @DatabaseTest
    void shouldRefuseABaselineFileThatCannotBeWrittenBeforeValidating(TestDatabase db) throws IOException {
        // given
        Files.createDirectory(workingDirectory.resolve("baselines"));
        CliRunner cli = new CliRunner(workingDirectory);

        // when
        CliResult directory = cli.run(command(cli, db, "validate", "--save-baseline", "baselines"));
        CliResult missing = cli.run(command(cli, db, "validate", "--save-baseline", "missing/baseline.json"));
        CliResult saved = cli.run(command(cli, db, "validate", "--quiet", "--save-baseline",
                "baselines/baseline.json"));

        // then the unwritable ones stop before the validation, and a writable one is saved
        for (CliResult result : List.of(directory, missing)) {
            assertThat(result.exitCode()).isEqualTo(Main.ERROR);
            assertThat(result.out()).isEmpty();
            assertThat(result.errLines()).singleElement().asString()
                    .startsWith("company-cli validate: cannot write --save-baseline ");
        }
        assertThat(saved.exitCode()).as(saved.err()).isIn(Main.OK, Main.VALIDATION_FAILED);
        assertThat(workingDirectory.resolve("baselines/baseline.json")).isNotEmptyFile();
    }
}

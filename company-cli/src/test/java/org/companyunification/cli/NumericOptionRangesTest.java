package org.companyunification.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.companyunification.cli.Databases.command;
import static org.companyunification.cli.Databases.count;

import java.nio.file.Path;
import java.sql.SQLException;
import org.companyunification.cli.CliRunner.CliResult;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.LegacyScenarios;
import org.companyunification.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every numeric option has a range, stated in its help and checked before any work: one line, exit code 2. */
class NumericOptionRangesTest {

    @TempDir
    Path workingDirectory;

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            backfill | --batch-size | 0          | --batch-size must be a number of rows from 1 to 50,000, not 0
            backfill | --batch-size | 50001      | --batch-size must be a number of rows from 1 to 50,000, not 50001
            backfill | --batch-size | 2147483647 | --batch-size must be a number of rows from 1 to 50,000, not 2147483647
            bench    | --batch-size | 2147483647 | --batch-size must be a number of rows from 1 to 50,000, not 2147483647
            bench    | --batch-size | -3         | --batch-size must be a number of rows from 1 to 50,000, not -3
            bench    | --scale      | 0          | --scale must be more than 0 and at most 10000, not 0
            bench    | --repeat     | 0          | --repeat must be from 1 to 50, not 0
            bench    | --repeat     | 51         | --repeat must be from 1 to 50, not 51
            bench    | --scale      | 10001      | --scale must be more than 0 and at most 10000, not 10001
            bench    | --scale      | NaN        | --scale must be more than 0 and at most 10000, not NaN
            bench    | --scale      | Infinity   | --scale must be more than 0 and at most 10000, not Infinity
            validate | --threshold  | 1.5        | --threshold must be a share between 0 and 1 (0.95 is 95%), not 1.5
            validate | --threshold  | -0.1       | --threshold must be a share between 0 and 1 (0.95 is 95%), not -0.1
            validate | --threshold  | NaN        | --threshold must be a share between 0 and 1 (0.95 is 95%), not NaN
            rollback | --run        | 0          | --run must be the positive id of a backfill run (see 'runs'), not 0
            rollback | --run        | -7         | --run must be the positive id of a backfill run (see 'runs'), not -7
            duplicates | --strong   | 1.5        | --strong must be a score more than 0 and at most 1, not 1.5
            duplicates | --review   | NaN        | --review must be a score more than 0 and at most --strong (0.85), not NaN
            duplicates | --limit    | 0          | --limit must be a number of candidates from 1 to 100,000, not 0
            """)
    void shouldRefuseAValueOutsideItsRangeInOneLineBeforeDoingAnything(String command, String option, String value,
            String message) {
        // when
        CliResult result = new CliRunner(workingDirectory).run(command, option, value);

        // then
        assertThat(result.exitCode()).isEqualTo(Main.ERROR);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).containsExactly("company-cli " + command + ": " + message
                + " (see 'company-cli " + command + " --help')");
        assertThat(workingDirectory).isEmptyDirectory();
    }

    @Test
    void shouldRefuseANumberTooLargeForItsTypeInOneLine() {
        CliResult result = new CliRunner(workingDirectory).run("backfill", "--batch-size", "99999999999");

        assertThat(result.exitCode()).isEqualTo(Main.ERROR);
        assertThat(result.errLines()).singleElement().asString()
                .startsWith("company-cli backfill: Invalid value for option '--batch-size': '99999999999' is not an int");
    }

    @Test
    void shouldStateTheRangeOfEveryNumericOptionInItsHelp() {
        CliRunner cli = new CliRunner(workingDirectory);

        String backfill = cli.run("backfill", "--help").out();
        String bench = cli.run("bench", "--help").out();
        String validate = cli.run("validate", "--help").out();
        String rollback = cli.run("rollback", "--help").out();

        assertThat(oneLine(backfill)).contains("--batch-size=N How many legacy rows one transaction takes, from 1"
                + " to 50,000 (default: the library's, 5000).");
        assertThat(oneLine(bench)).contains("--batch-size=B The backfill's legacy rows per transaction, from 1 to"
                        + " 50,000 (default: 5000).")
                .contains("--scale=N The size of the generated data, more than 0 and at most 10,000:")
                .contains("--seed=S The seed of the generated data, any whole number;")
                .contains("--repeat=N Runs each short step (second backfill, sync, dry run, validation, read rows) N"
                        + " times over the same data and reports the median, from 1 to 50;")
                .contains("--query-warmup-time=SECONDS The least time each query is warmed up for, both ways, before"
                        + " it is timed, from 0 to 600:");
        assertThat(oneLine(validate)).contains("--threshold=RATIO The share of project and of personnel relationships"
                + " that must be migrated, from 0 to 1 (default: 0.95).");
        assertThat(oneLine(rollback)).contains("--run=ID The id of the run to undo, a positive whole number");
    }

    @DatabaseTest
    void shouldStartNoBackfillRunWhenTheBatchSizeIsTooLarge(TestDatabase db) throws SQLException {
        // given legacy data to migrate
        LegacyScenarios.all().insertInto(db.dataSource());
        CliRunner cli = new CliRunner(workingDirectory);

        // when a batch size that once ran out of memory and left the run RUNNING is given
        CliResult result = cli.run(command(cli, db, "backfill", "--batch-size", "2147483647"));
        CliResult largest = cli.run(command(cli, db, "backfill", "--batch-size", "50000", "--quiet"));

        // then nothing was started, and the largest batch size in range works
        assertThat(result.exitCode()).isEqualTo(Main.ERROR);
        assertThat(result.errLines()).singleElement().asString()
                .contains("--batch-size must be a number of rows from 1 to 50,000, not 2147483647");
        assertThat(largest.exitCode()).as(largest.err()).isZero();
        assertThat(count(db, "SELECT COUNT(*) FROM backfill_runs")).isEqualTo(1);
        assertThat(count(db, "SELECT COUNT(*) FROM backfill_runs WHERE status = 'COMPLETED' AND batch_size = 50000"))
                .isEqualTo(1);
    }

    private static String oneLine(String help) {
        return help.replaceAll("\\s+", " ");
    }
}

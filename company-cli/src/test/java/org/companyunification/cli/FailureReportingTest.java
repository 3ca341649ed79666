package org.companyunification.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.companyunification.cli.Databases.command;
import static org.companyunification.cli.Databases.execute;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.companyunification.cli.CliRunner.CliResult;
import org.companyunification.cli.console.ProgressDisplay;
import org.companyunification.model.schema.DatabaseVendor;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.LegacyScenarios;
import org.companyunification.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Failures reach the operator as one line with exit code 2: errors of the JVM, unusable H2 paths, refused
 * credentials, and passwords written into the URL, which never appear.
 */
class FailureReportingTest {

    private static final String SECRET = "Userinfo-S3cret-Wombat";

    @TempDir
    Path workingDirectory;

    @DatabaseTest
    void shouldReportAnOutOfMemoryErrorInOneLineWithExitCodeTwo(TestDatabase db) {
        // given a backfill that runs out of memory once it starts drawing its progress
        LegacyScenarios.all().insertInto(db.dataSource());
        CliRunner cli = new CliRunner(workingDirectory).withProgress(failingWith(new OutOfMemoryError("Java heap space")));

        // when
        CliResult result = cli.run(command(cli, db, "backfill"));

        // then
        assertThat(result.exitCode()).isEqualTo(Main.ERROR);
        assertThat(result.errLines()).singleElement().asString()
                .startsWith("company-cli backfill: ran out of memory (Java heap space).")
                .contains("lower --batch-size").contains("-Xmx");
        assertThat(result.all()).doesNotContain("\tat ");
    }

    @Test
    void shouldReportAnyOtherErrorInOneLineAndItsStackTraceOnlyWhenVerbose() {
        // given
        CliRunner cli = new CliRunner(workingDirectory).withProgress(failingWith(new StackOverflowError()));
        cli.run("schema", "--with-legacy", "--quiet");
        LegacyScenarios.all().insertInto(Databases.h2(workingDirectory.resolve("company-unification")));

        // when
        CliResult plain = cli.run("backfill");
        CliResult verbose = cli.run("backfill", "--verbose");

        // then
        assertThat(plain.exitCode()).isEqualTo(Main.ERROR);
        assertThat(plain.errLines()).containsExactly("company-cli backfill: internal error StackOverflowError: null"
                + " (run again with --verbose for the stack trace)");
        assertThat(verbose.exitCode()).isEqualTo(Main.ERROR);
        assertThat(verbose.errorLine()).startsWith("company-cli backfill: internal error StackOverflowError");
        assertThat(verbose.err()).contains("\tat ");
    }

    @Test
    void shouldReportAnH2DirectoryThatCannotBeCreatedInOneLineWithoutAStackTrace() {
        // given H2 prints its own stack trace to the process's standard error when it cannot create the directory
        PrintStream systemErr = System.err;
        ByteArrayOutputStream processErr = new ByteArrayOutputStream();
        CliResult result;
        try {
            System.setErr(new PrintStream(processErr, true, StandardCharsets.UTF_8));

            // when
            result = new CliRunner(workingDirectory).run("schema", "--url", "jdbc:h2:file:/proc/nope/db");
        } finally {
            System.setErr(systemErr);
        }

        // then
        assertThat(result.exitCode()).isEqualTo(Main.ERROR);
        assertThat(result.errLines()).singleElement().asString()
                .startsWith("company-cli schema: cannot create the directory /proc/nope for the H2 database"
                        + " jdbc:h2:file:/proc/nope/db")
                .contains("Give a --url in a directory");
        assertThat(processErr.toString(StandardCharsets.UTF_8)).doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void shouldNeverPrintAPasswordInTheUserInfoOfAUrl() {
        // given URLs with the password in their user-info part, unreachable and reachable
        List<String> urls = List.of("jdbc:postgresql://app:" + SECRET + "@127.0.0.1:1/test",
                "jdbc:mariadb://app:" + SECRET + "@127.0.0.1:1/test",
                "jdbc:postgresql://postgres:" + SECRET + "@127.0.0.1:5432/test",
                "jdbc:mariadb://root:" + SECRET + "@127.0.0.1:3306/test",
                "jdbc:postgresql://127.0.0.1:1/test?user=app&password=" + SECRET,
                "jdbc:postgresql://127.0.0.1:1/test?user=app&ssl=false&password=" + SECRET + "&connectTimeout=1");
        CliRunner cli = new CliRunner(workingDirectory);

        for (String url : urls) {
            // when
            CliResult plain = cli.run("runs", "--url", url);
            CliResult verbose = cli.run("runs", "--verbose", "--json", "--url", url);

            // then
            assertThat(plain.all() + verbose.all()).as(url).doesNotContain(SECRET);
            if (plain.exitCode() == Main.ERROR) {
                assertThat(plain.errLines()).as(url).singleElement().asString().contains("****");
            }
        }
    }

    @DatabaseTest(schema = DatabaseTest.Schema.LEGACY_AND_UNIFIED)
    void shouldMaskAPasswordParameterInTheReportHeadingAndTheJson(TestDatabase db) {
        // given the database's URL with a password parameter, which the PostgreSQL test server ignores
        String url = db.url() + (db.url().contains("?") ? "&" : "?") + "password=" + SECRET;
        CliRunner cli = new CliRunner(workingDirectory);

        // when
        CliResult text = cli.run("runs", "--url", url, "--user", db.user());
        CliResult json = cli.run("runs", "--json", "--url", url, "--user", db.user());

        // then the heading or the error line shows the URL masked
        assertThat(text.all() + json.all()).doesNotContain(SECRET).contains("password=****");
        assertThat(text.exitCode()).isEqualTo(json.exitCode());
    }

    @DatabaseTest(schema = DatabaseTest.Schema.NONE, vendors = DatabaseVendor.MARIADB)
    void shouldSayThatTheCredentialsWereRefusedWhenNoPasswordIsGiven(TestDatabase db) throws SQLException {
        // given a user who needs a password
        String user = "cu_auth_" + db.name().substring(3, 11);
        execute(db.dataSource(), "CREATE USER '" + user + "'@'%' IDENTIFIED BY '" + SECRET + "'");
        try {
            // when no password, or an empty one, is given
            CliResult none = new CliRunner(workingDirectory).run("schema", "--url", db.url(), "--user", user);
            CliResult empty = new CliRunner(workingDirectory).withVariable("COMPANY_DB_PASSWORD", "")
                    .run("schema", "--url", db.url(), "--user", user);

            // then
            for (CliResult result : List.of(none, empty)) {
                assertThat(result.exitCode()).isEqualTo(Main.ERROR);
                assertThat(result.errLines()).singleElement().asString()
                        .startsWith("company-cli schema: the database at " + db.url() + " refused the credentials"
                                + " of user '" + user + "': ")
                        .contains("Access denied")
                        .endsWith("Check the user and the password (COMPANY_DB_PASSWORD or --password-file; none"
                                + " was given)");
            }
        } finally {
            execute(db.dataSource(), "DROP USER '" + user + "'@'%'");
        }
    }

    @Test
    void shouldSayThatTheCredentialsWereRefusedWhenAnH2DatabaseWantsAPassword() {
        // given an H2 database with a password
        CliRunner creator = new CliRunner(workingDirectory);
        String url = "jdbc:h2:file:" + workingDirectory.resolve("protected");
        creator.run("schema", "--quiet", "--url", url, "--password-file", creator.passwordFile(SECRET).toString());

        // when
        CliResult result = new CliRunner(workingDirectory).run("runs", "--url", url);

        // then
        assertThat(result.exitCode()).isEqualTo(Main.ERROR);
        assertThat(result.errLines()).singleElement().asString()
                .startsWith("company-cli runs: the database at " + url + " refused the credentials of user 'sa': ")
                .endsWith("(COMPANY_DB_PASSWORD or --password-file; none was given)");
    }

    /** A progress display whose first task throws the given error, as an allocation deep in a command would. */
    private static ProgressDisplay failingWith(Error error) {
        return (name, total) -> {
            throw error;
        };
    }
}

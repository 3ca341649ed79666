package org.companyunification.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.companyunification.cli.CliRunner.CliResult;
import org.companyunification.model.schema.DatabaseVendor;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Help, and how every kind of failure reaches the person at the terminal: one line, exit code 2, no secret. */
class CliErrorsTest {

    private static final String SECRET = "Tr0ub4dor-and-3";

    @TempDir
    Path workingDirectory;

    @Test
    void shouldListTheCommandsAndGlobalOptionsInTheHelp() {
        CliResult result = new CliRunner(workingDirectory).run("--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).contains("Usage: company-cli").contains("schema").contains("backfill")
                .contains("validate").contains("runs").contains("rollback").contains("--quiet")
                .contains("--verbose").contains("COMPANY_DB_PASSWORD").contains("Exit codes:");
    }

    @Test
    void shouldPrintTheHelpOfEveryCommandWithoutWarnings() {
        // picocli reports a description it cannot format (a lone '%') on System.err, not on the tool's writer
        ByteArrayOutputStream stray = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(stray, true, StandardCharsets.UTF_8));
        try {
            CliRunner cli = new CliRunner(workingDirectory);
            for (String command : CliRunner.commandNames()) {
                CliResult result = cli.run(command, "--help");

                assertThat(result.exitCode()).as(command).isZero();
                assertThat(result.err()).as(command).isEmpty();
                assertThat(result.out()).as(command).contains("Usage: company-cli " + command)
                        .doesNotContain("%n").doesNotContain("%%");
            }
        } finally {
            System.setErr(original);
        }
        assertThat(stray.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void shouldDescribeEveryOptionInTheHelpOfACommand() {
        CliResult result = new CliRunner(workingDirectory).run("schema", "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Usage: company-cli schema").contains("--with-legacy").contains("--json")
                .contains("--url=JDBC_URL").contains("--user=NAME").contains("--password-file=FILE")
                .contains("--env=NAME").contains("--config=FILE").contains("--yes").contains("--quiet")
                .contains("--verbose")
                .doesNotContain("--password=");
    }

    @Test
    void shouldDescribeTheOptionsOfTheMigrationCommandsInTheirHelp() {
        CliRunner cli = new CliRunner(workingDirectory);

        CliResult backfill = cli.run("backfill", "--help");
        CliResult validate = cli.run("validate", "--help");
        CliResult runs = cli.run("runs", "--help");
        CliResult rollback = cli.run("rollback", "--help");

        assertThat(List.of(backfill, validate, runs, rollback)).allSatisfy(result -> {
            assertThat(result.exitCode()).isZero();
            assertThat(result.out()).contains("--json").contains("--url=JDBC_URL").contains("--env=NAME")
                    .contains("--password-file=FILE");
        });
        assertThat(backfill.out()).contains("Usage: company-cli backfill").contains("--only=STEP[,STEP...]")
                .contains("--dry-run").contains("--batch-size=N").contains("(default: the library's, 5000)");
        assertThat(validate.out()).contains("Usage: company-cli validate").contains("--threshold=RATIO")
                .contains("(default: 0.95)").contains("--save-baseline=FILE").contains("--baseline=FILE");
        assertThat(rollback.out()).contains("Usage: company-cli rollback").contains("--run=ID");
        assertThat(runs.out()).contains("Usage: company-cli runs");
    }

    @Test
    void shouldRefuseAnUnknownOptionInOneLine() {
        CliResult result = new CliRunner(workingDirectory).run("schema", "--bogus");

        assertThat(result.exitCode()).isEqualTo(Main.ERROR);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).containsExactly(
                "company-cli schema: Unknown option: '--bogus' (see 'company-cli schema --help')");
    }

    @Test
    void shouldAskForACommandWhenNoneIsGiven() {
        CliResult result = new CliRunner(workingDirectory).run();

        assertThat(result.exitCode()).isEqualTo(Main.ERROR);
        assertThat(result.errLines()).containsExactly(
                "company-cli: Missing command: choose one of schema, backfill, validate, consistency, runs, companies,"
                        + " company, duplicates, report, network, demo, sync, rollback, bench, bench-chart, merge, unmerge"
                        + " (see 'company-cli --help')");
    }

    @Test
    void shouldRefuseAPasswordOnTheCommandLineWithoutEchoingIt() {
        CliResult separate = new CliRunner(workingDirectory).run("schema", "--password", SECRET);
        CliResult joined = new CliRunner(workingDirectory).run("schema", "--password=" + SECRET);

        for (CliResult result : new CliResult[] {separate, joined}) {
            assertThat(result.exitCode()).isEqualTo(Main.ERROR);
            assertThat(result.errLines()).singleElement().asString()
                    .startsWith("company-cli schema: there is no --password option")
                    .contains("COMPANY_DB_PASSWORD").contains("--password-file");
            assertThat(result.all()).doesNotContain(SECRET);
        }
    }

    @Test
    void shouldRefuseAnUnsupportedUrlInOneLine() {
        CliResult result = new CliRunner(workingDirectory).run("schema", "--url", "jdbc:oracle:thin:@db:1521/x");

        assertThat(result.exitCode()).isEqualTo(Main.ERROR);
        assertThat(result.errLines()).singleElement().asString()
                .startsWith("company-cli schema: unsupported database URL 'jdbc:oracle:thin:@db:1521/x'");
    }

    @Test
    void shouldReportAnUnreachablePostgresqlServerInOneLineWithoutAStackTrace() {
        CliResult result = new CliRunner(workingDirectory).withVariable("COMPANY_DB_PASSWORD", SECRET)
                .run("schema", "--url", "jdbc:postgresql://127.0.0.1:1/test", "--user", "postgres");

        assertThat(result.exitCode()).isEqualTo(Main.ERROR);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).singleElement().asString()
                .startsWith("company-cli schema: cannot reach the database at jdbc:postgresql://127.0.0.1:1/test:")
                .contains("refused");
        assertThat(result.all()).doesNotContain(SECRET).doesNotContain("Exception");
    }

    @Test
    void shouldReportAnUnreachableMariadbServerInOneLineWithoutAStackTrace() {
        CliResult result = new CliRunner(workingDirectory).withVariable("COMPANY_DB_PASSWORD", SECRET)
                .run("schema", "--url", "jdbc:mariadb://127.0.0.1:1/test", "--user", "root");

        assertThat(result.exitCode()).isEqualTo(Main.ERROR);
        assertThat(result.errLines()).singleElement().asString()
                .startsWith("company-cli schema: cannot reach the database at jdbc:mariadb://127.0.0.1:1/test:");
        assertThat(result.all()).doesNotContain(SECRET).doesNotContain("Exception");
    }

    @Test
    void shouldAddTheStackTraceWhenVerbose() {
        CliResult result = new CliRunner(workingDirectory).withVariable("COMPANY_DB_PASSWORD", SECRET)
                .run("schema", "--verbose", "--url", "jdbc:postgresql://127.0.0.1:1/test");

        assertThat(result.exitCode()).isEqualTo(Main.ERROR);
        assertThat(result.errorLine()).startsWith("company-cli schema: cannot reach the database");
        assertThat(result.err()).contains("\tat ").contains("Caused by:");
        assertThat(result.all()).doesNotContain(SECRET);
    }

    @Test
    void shouldMaskAPasswordInsideTheUrlEvenWhenTheDriverEchoesIt() {
        CliResult postgresql = new CliRunner(workingDirectory)
                .run("schema", "--verbose", "--url", "jdbc:postgresql://127.0.0.1:1/test?password=" + SECRET);
        // H2 repeats the whole URL, password setting included, in this error.
        CliResult h2 = new CliRunner(workingDirectory)
                .run("schema", "--verbose", "--url", "jdbc:h2:file:relative-name;PASSWORD=" + SECRET);

        assertThat(postgresql.exitCode()).isEqualTo(Main.ERROR);
        assertThat(postgresql.errorLine()).contains("jdbc:postgresql://127.0.0.1:1/test?password=****");
        assertThat(h2.exitCode()).isEqualTo(Main.ERROR);
        assertThat(h2.errorLine()).contains("is not allowed in the database URL").contains("PASSWORD=****");
        assertThat(postgresql.all() + h2.all()).doesNotContain(SECRET);
    }

    @Test
    void shouldReportAWrongPasswordOnH2WithoutPrintingEitherPassword() {
        Path database = workingDirectory.resolve("protected");
        CliRunner creator = new CliRunner(workingDirectory);
        CliResult created = creator.run("schema", "--quiet", "--url", "jdbc:h2:file:" + database,
                "--password-file", creator.passwordFile(SECRET).toString());

        CliResult refused = new CliRunner(workingDirectory).withVariable("COMPANY_DB_PASSWORD", "Wrong-" + SECRET)
                .run("schema", "--verbose", "--url", "jdbc:h2:file:" + database);

        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(refused.exitCode()).isEqualTo(Main.ERROR);
        assertThat(refused.errorLine())
                .startsWith("company-cli schema: the database at jdbc:h2:file:" + database
                        + " refused the credentials of user 'sa': Wrong user name or password");
        assertThat(created.all() + refused.all()).doesNotContain(SECRET);
    }

    @DatabaseTest(schema = DatabaseTest.Schema.NONE)
    void shouldReportAFailedMigrationInOneLine(TestDatabase db) throws SQLException {
        execute(db, "CREATE TABLE company_roles (unrelated INTEGER)");
        CliRunner cli = new CliRunner(workingDirectory);

        CliResult result = cli.run("schema", "--url", db.url(), "--user", db.user(),
                "--password-file", cli.passwordFile(db.password()).toString());

        assertThat(result.exitCode()).isEqualTo(Main.ERROR);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).singleElement().asString()
                .startsWith("company-cli schema: Applying the unified schema migrations to "
                        + db.vendor().displayName() + " failed:")
                .containsIgnoringCase("company_roles");
    }

    @DatabaseTest(schema = DatabaseTest.Schema.NONE, vendors = {DatabaseVendor.POSTGRESQL, DatabaseVendor.MARIADB})
    void shouldReportAnUnknownUserInOneLineWithoutThePassword(TestDatabase db) {
        CliRunner cli = new CliRunner(workingDirectory);

        CliResult result = cli.run("schema", "--url", db.url(), "--user", "no_such_user_" + db.name(),
                "--password-file", cli.passwordFile(SECRET).toString());
        CliResult verbose = cli.withVariable("COMPANY_DB_PASSWORD", SECRET)
                .run("schema", "--verbose", "--url", db.url(), "--user", "no_such_user_" + db.name());

        assertThat(result.exitCode()).isEqualTo(Main.ERROR);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).singleElement().asString()
                .startsWith("company-cli schema: the database at " + db.url() + " refused the credentials of user 'no_such_user_")
                .contains("COMPANY_DB_PASSWORD or --password-file");
        assertThat(verbose.exitCode()).isEqualTo(Main.ERROR);
        assertThat(verbose.err()).contains("\tat ");
        assertThat(result.all() + verbose.all()).doesNotContain(SECRET);
    }

    @DatabaseTest(schema = DatabaseTest.Schema.NONE, vendors = DatabaseVendor.MARIADB)
    void shouldLogInWithThePasswordFileAndRefuseAWrongPassword(TestDatabase db) throws SQLException {
        String user = "cu_user_" + db.name().substring(3, 11);
        execute(db, "CREATE USER '" + user + "'@'%' IDENTIFIED BY '" + SECRET + "'",
                "GRANT ALL PRIVILEGES ON " + db.name() + ".* TO '" + user + "'@'%'");
        try {
            CliRunner cli = new CliRunner(workingDirectory).withVariable("COMPANY_DB_PASSWORD", "Wrong-" + SECRET);

            CliResult refused = cli.run("schema", "--url", db.url(), "--user", user);
            CliResult accepted = cli.run("schema", "--url", db.url(), "--user", user,
                    "--password-file", cli.passwordFile(SECRET).toString());

            assertThat(refused.exitCode()).isEqualTo(Main.ERROR);
            assertThat(refused.errLines()).singleElement().asString()
                    .contains("refused the credentials of user '" + user + "'").contains("Access denied");
            assertThat(accepted.exitCode()).as(accepted.err()).isZero();
            assertThat(accepted.out()).containsPattern("unified schema: applied \\d+ migrations");
            assertThat(refused.all() + accepted.all()).doesNotContain(SECRET);
        } finally {
            execute(db, "DROP USER '" + user + "'@'%'");
        }
    }

    private static void execute(TestDatabase db, String... statements) throws SQLException {
        try (Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}

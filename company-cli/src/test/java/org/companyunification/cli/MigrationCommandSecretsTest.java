package org.companyunification.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.companyunification.cli.Databases.execute;
import static org.companyunification.cli.Databases.h2;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.companyunification.cli.CliRunner.CliResult;
import org.companyunification.model.schema.DatabaseVendor;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.LegacyScenarios;
import org.companyunification.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The password given with --password-file never leaves the process through backfill, validate, runs or rollback. */
class MigrationCommandSecretsTest {

    private static final String SECRET = "Pa55-backfill-Quokka";

    @TempDir
    Path workingDirectory;

    @Test
    void shouldNeverPrintThePasswordOfAnH2DatabaseOnSuccessOrOnError() throws IOException {
        // given a database protected by the password
        Path database = workingDirectory.resolve("protected");
        CliRunner cli = new CliRunner(workingDirectory);
        String passwordFile = cli.passwordFile(SECRET).toString();
        String wrongPasswordFile = cli.passwordFile("Wrong-" + SECRET).toString();
        String url = "jdbc:h2:file:" + database;
        CliResult schema = cli.run("schema", "--with-legacy", "--url", url, "--password-file", passwordFile);
        LegacyScenarios.all().insertInto(h2(database, SECRET));
        List<CliResult> results = new ArrayList<>();

        // when every command runs, verbose, with the right password and then into every kind of error
        for (String[] args : List.of(
                new String[] {"backfill", "--dry-run"}, new String[] {"backfill"}, new String[] {"backfill", "--json"},
                new String[] {"validate", "--save-baseline", "baseline.json"},
                new String[] {"validate", "--baseline", "baseline.json", "--json"}, new String[] {"runs"},
                new String[] {"runs", "--json"}, new String[] {"rollback", "--run", "2", "--json"},
                new String[] {"rollback", "--run", "1"})) {
            results.add(expect(Main.OK, Main.VALIDATION_FAILED, cli.run(withConnection(args, url, passwordFile))));
        }
        for (String[] args : List.of(new String[] {"rollback", "--run", "99"},
                new String[] {"validate", "--baseline", "missing.json"},
                new String[] {"backfill", "--only", "everything"}, new String[] {"validate", "--threshold", "2"})) {
            results.add(expect(Main.ERROR, Main.ERROR, cli.run(withConnection(args, url, passwordFile))));
        }
        for (String command : List.of("backfill", "validate", "runs")) {
            results.add(expect(Main.ERROR, Main.ERROR, cli.run(withConnection(new String[] {command}, url,
                    wrongPasswordFile))));
            results.add(expect(Main.ERROR, Main.ERROR, cli.run(withConnection(new String[] {command},
                    "jdbc:postgresql://127.0.0.1:1/test", passwordFile))));
        }
        results.add(expect(Main.ERROR, Main.ERROR, cli.run(withConnection(new String[] {"rollback", "--run", "1"},
                "jdbc:mariadb://127.0.0.1:1/test", passwordFile))));

        // then
        assertThat(schema.exitCode()).as(schema.err()).isZero();
        assertThat(results).hasSize(20).allSatisfy(result -> assertThat(result.all()).doesNotContain(SECRET));
        assertThat(results).filteredOn(result -> result.exitCode() == Main.ERROR)
                .allSatisfy(result -> assertThat(result.errorLine()).isNotEmpty());
        assertThat(Files.readString(workingDirectory.resolve("baseline.json"))).doesNotContain(SECRET);
    }

    @DatabaseTest(schema = DatabaseTest.Schema.LEGACY_AND_UNIFIED, vendors = DatabaseVendor.MARIADB)
    void shouldNeverPrintThePasswordOfAMariadbUser(TestDatabase db) throws SQLException {
        // given a user of its own whose password is the secret
        String user = "cu_mig_" + db.name().substring(3, 11);
        execute(db.dataSource(), "CREATE USER '" + user + "'@'%' IDENTIFIED BY '" + SECRET + "'",
                "GRANT ALL PRIVILEGES ON " + db.name() + ".* TO '" + user + "'@'%'");
        try {
            LegacyScenarios.all().insertInto(db.dataSource());
            CliRunner cli = new CliRunner(workingDirectory);
            String passwordFile = cli.passwordFile(SECRET).toString();
            List<CliResult> results = new ArrayList<>();

            // when
            for (String[] args : List.of(new String[] {"backfill"}, new String[] {"validate", "--json"},
                    new String[] {"rollback", "--run", "1"}, new String[] {"rollback", "--run", "1"})) {
                results.add(cli.run(Stream.concat(Stream.of(args), Stream.of("--verbose", "--url", db.url(),
                        "--user", user, "--password-file", passwordFile)).toArray(String[]::new)));
            }

            // then
            assertThat(results).extracting(CliResult::exitCode)
                    .containsExactly(Main.OK, Main.VALIDATION_FAILED, Main.OK, Main.ERROR);
            assertThat(results).allSatisfy(result -> assertThat(result.all()).doesNotContain(SECRET));
        } finally {
            execute(db.dataSource(), "DROP USER '" + user + "'@'%'");
        }
    }

    @DatabaseTest(schema = DatabaseTest.Schema.NONE, vendors = {DatabaseVendor.POSTGRESQL, DatabaseVendor.MARIADB})
    void shouldNeverPrintThePasswordWhenTheServerRefusesTheLogin(TestDatabase db) {
        CliRunner cli = new CliRunner(workingDirectory);
        String passwordFile = cli.passwordFile(SECRET).toString();

        List<CliResult> results = Stream.of("backfill", "validate", "runs", "rollback --run 1")
                .map(command -> cli.run(Stream.concat(Stream.of(command.split(" ")), Stream.of("--verbose", "--url",
                        db.url(), "--user", "no_such_user_" + db.name(), "--password-file", passwordFile))
                        .toArray(String[]::new)))
                .toList();

        assertThat(results).allSatisfy(result -> {
            assertThat(result.exitCode()).isEqualTo(Main.ERROR);
            assertThat(result.errorLine()).contains("refused the credentials of user 'no_such_user_");
            assertThat(result.all()).doesNotContain(SECRET);
        });
    }

    private static String[] withConnection(String[] args, String url, String passwordFile) {
        return Stream.concat(Stream.of(args), Stream.of("--verbose", "--url", url, "--password-file", passwordFile))
                .toArray(String[]::new);
    }

    private static CliResult expect(int exitCode, int orExitCode, CliResult result) {
        assertThat(result.exitCode()).as(result.err()).isIn(exitCode, orExitCode);
        return result;
    }
}

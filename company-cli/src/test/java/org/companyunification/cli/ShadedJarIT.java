package org.companyunification.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import org.companyunification.model.schema.DatabaseVendor;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.LegacyScenarios;
import org.companyunification.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the packaged {@code company-cli.jar} as operators do, in its own JVM: the drivers, Flyway's database
 * support and the migrations must all work from inside the one jar.
 */
class ShadedJarIT {

    /** Set by the build (failsafe), which packages the jar first; a missing jar then fails the build. */
    private static final String JAR_PROPERTY = "company.cli.jar";

    private static Path jar;

    @TempDir
    Path workingDirectory;

    @BeforeAll
    static void findTheJar() {
        String configured = System.getProperty(JAR_PROPERTY);
        jar = Path.of(configured != null ? configured : "target/company-cli.jar").toAbsolutePath();
        if (configured != null && !Files.isRegularFile(jar)) {
            fail("The build did not produce " + jar);
        }
        assumeTrue(Files.isRegularFile(jar), () -> "Skipped: " + jar + " is not built; run 'mvn -B package' first");
    }

    @Test
    void shouldDeclareItsMainClassModuleNameAndVersion() throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            Attributes manifest = file.getManifest().getMainAttributes();

            assertThat(manifest.getValue("Main-Class")).isEqualTo(Main.class.getName());
            assertThat(manifest.getValue("Automatic-Module-Name")).isEqualTo("org.companyunification.cli");
            assertThat(file.getEntry("org/companyunification/model/schema/CompanySchema.class")).isNotNull();
        }
        Run version = run("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out().strip()).matches("company-cli \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    void shouldApplyTheSchemaToAnH2FileDatabase() throws SQLException {
        try (TestDatabase db = TestDatabase.createH2File()) {
            Run result = run("schema", "--with-legacy", "--url", db.url());

            assertThat(result.exitCode()).as(result.err()).isZero();
            assertThat(result.err()).isEmpty();
            assertThat(result.out()).contains("legacy schema:  applied 1 migration, now at version 1")
                    .containsPattern("unified schema: applied \\d+ migrations, now at version \\d+");
            assertThat(count(db, "company_roles")).isEqualTo(6);
            assertThat(count(db, "technology_vendors")).isZero();
        }
    }

    @Test
    void shouldBackfillAndExitWithTheVerdictOfTheValidation() throws SQLException {
        try (TestDatabase db = TestDatabase.createH2File().withLegacySchema()) {
            // given a database that holds clean legacy rows
            LegacyScenarios.vendorThatIsAlsoOperatorAndClient().and(LegacyScenarios.everyTable())
                    .insertInto(db.dataSource());

            // when
            Run schema = run("schema", "--url", db.url());
            Run backfill = run("backfill", "--url", db.url());
            long companiesAfterTheFirstRun = count(db, "companies");
            Run passed = run("validate", "--url", db.url());
            LegacyScenarios.dirtyValues().insertInto(db.dataSource());
            Run dirty = run("backfill", "--url", db.url(), "--json");
            Run failed = run("validate", "--url", db.url(), "--save-baseline", "dirty.json");

            // then
            assertThat(schema.exitCode()).as(schema.err()).isZero();
            assertThat(backfill.exitCode()).as(backfill.err()).isZero();
            // standard error is a file here, not a terminal: no progress bars
            assertThat(backfill.err()).isEmpty();
            assertThat(backfill.out()).contains("Run id: 1");
            assertThat(companiesAfterTheFirstRun).isEqualTo(8);
            assertThat(passed.exitCode()).as(passed.out() + passed.err()).isEqualTo(Main.OK);
            assertThat(passed.out()).contains("Verdict: PASSED");
            assertThat(dirty.exitCode()).as(dirty.err()).isZero();
            assertThat(dirty.out()).contains("\"runId\" : 2");
            assertThat(failed.exitCode()).isEqualTo(Main.VALIDATION_FAILED);
            assertThat(failed.out()).contains("Verdict: FAILED");
            assertThat(workingDirectory.resolve("dirty.json")).isRegularFile();
        }
    }

    @Test
    void shouldRunTheDemoFromTheJarAlone() {
        Run result = run("demo");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("53 legacy company rows became 39 companies.")
                .contains("Rejected rows, not migrated (4):")
                .contains("Validation: FAILED");
    }

    @Test
    void shouldCreateTheDefaultDatabaseInTheWorkingDirectory() {
        Run result = run("schema", "--json");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("\"fromVersion\" : null").containsPattern("\"migrationsApplied\" : [1-9]");
        assertThat(workingDirectory.resolve("company-unification.mv.db")).isRegularFile();
    }

    @DatabaseTest(schema = DatabaseTest.Schema.NONE, vendors = {DatabaseVendor.POSTGRESQL, DatabaseVendor.MARIADB})
    void shouldApplyTheSchemaWithTheDriversAndFlywaySupportInsideTheJar(TestDatabase db) throws Exception {
        Path passwordFile = Files.writeString(workingDirectory.resolve("password"), db.password());

        Run result = run("schema", "--with-legacy", "--url", db.url(), "--user", db.user(),
                "--password-file", passwordFile.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Schema of " + db.vendor().displayName());
        assertThat(count(db, "company_roles")).isEqualTo(6);
    }

    @Test
    void shouldExitWithTwoAndOneLineOnAnUnknownOption() {
        Run result = run("schema", "--bogus");

        assertThat(result.exitCode()).isEqualTo(Main.ERROR);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().lines()).containsExactly(
                "company-cli schema: Unknown option: '--bogus' (see 'company-cli schema --help')");
    }

    @Test
    void shouldExitWithTwoAndOneLineWhenTheServerIsUnreachable() {
        Run result = run("schema", "--url", "jdbc:mariadb://127.0.0.1:1/test");

        assertThat(result.exitCode()).isEqualTo(Main.ERROR);
        assertThat(result.err().lines()).singleElement().asString()
                .startsWith("company-cli schema: cannot reach the database at jdbc:mariadb://127.0.0.1:1/test");
    }

    private Run run(String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().remove("COMPANY_DB_PASSWORD");
        try {
            Path out = Files.createTempFile(workingDirectory, "out", ".txt");
            Path err = Files.createTempFile(workingDirectory, "err", ".txt");
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("company-cli " + String.join(" ", args) + " did not finish within 120 s");
            }
            Charset charset = Charset.defaultCharset();
            return new Run(process.exitValue(), Files.readString(out, charset), Files.readString(err, charset));
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        }
    }

    private static int count(TestDatabase db, String table) throws SQLException {
        try (Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private record Run(int exitCode, String out, String err) {}
}

package org.companyunification.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.companyunification.cli.CliRunner.CliResult;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaCommandTest {

    @TempDir
    Path workingDirectory;

    @DatabaseTest(schema = DatabaseTest.Schema.NONE)
    void shouldCreateTheLegacyAndTheUnifiedSchemaWithLegacy(TestDatabase db) throws SQLException {
        CliRunner cli = new CliRunner(workingDirectory);

        CliResult result = cli.run("schema", "--with-legacy", "--url", db.url(), "--user", db.user(),
                "--password-file", cli.passwordFile(db.password()).toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).contains("Schema of " + db.vendor().displayName() + " at " + db.url())
                .contains("legacy schema:  applied 1 migration, now at version 1")
                .containsPattern("unified schema: applied (\\d+) migrations, now at version \\1(?!\\d)");
        assertThat(queryStrings(db, "SELECT role_code FROM company_roles ORDER BY role_id"))
                .containsExactly("vendor", "developer", "operator", "constructor", "offtaker", "client");
        assertThat(queryStrings(db, "SELECT COUNT(*) FROM technology_vendors")).containsExactly("0");
    }

    @DatabaseTest(schema = DatabaseTest.Schema.LEGACY)
    void shouldAddTheUnifiedSchemaAndLeaveLegacyRowsUntouched(TestDatabase db) throws SQLException {
        execute(db, "INSERT INTO technology_vendors (vendor_id, vendor_name, country) VALUES (7, ' Acme Nuclear ', 'US')",
                "INSERT INTO clients (client_id, client_name, relationship_strength) VALUES (3, 'acme nuclear', 'Sorta')",
                "INSERT INTO project_vendor_relationships (relationship_id, project_id, vendor_id, is_primary)"
                        + " VALUES (1, 404, 7, TRUE)");
        List<String> legacyBefore = legacyRows(db);
        CliRunner cli = new CliRunner(workingDirectory).withVariable("COMPANY_DB_PASSWORD", db.password());

        CliResult result = cli.run("schema", "--url", db.url(), "--user", db.user());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).containsPattern("unified schema: applied (\\d+) migrations, now at version \\1(?!\\d)")
                .doesNotContain("legacy schema");
        assertThat(legacyRows(db)).isEqualTo(legacyBefore).hasSize(3);
        assertThat(queryStrings(db, "SELECT COUNT(*) FROM company_roles")).containsExactly("6");
        assertThat(queryStrings(db, "SELECT COUNT(*) FROM companies")).containsExactly("0");
    }

    @DatabaseTest
    void shouldReportACurrentSchemaAsJson(TestDatabase db) throws Exception {
        CliRunner cli = new CliRunner(workingDirectory);

        CliResult result = cli.run("schema", "--json", "--url", db.url(), "--user", db.user(),
                "--password-file", cli.passwordFile(db.password()).toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(result.out());
        assertThat(report.get("database").asText()).isEqualTo(db.vendor().displayName());
        assertThat(report.get("url").asText()).isEqualTo(db.url());
        assertThat(report.get("environment").isNull()).isTrue();
        assertThat(report.get("schemas")).hasSize(1);
        JsonNode unified = report.get("schemas").get(0);
        assertThat(unified.get("schema").asText()).isEqualTo("unified");
        assertThat(unified.get("fromVersion").asText()).matches("[1-9]\\d*");
        assertThat(unified.get("toVersion").asText()).isEqualTo(unified.get("fromVersion").asText());
        assertThat(unified.get("migrationsApplied").asInt()).isZero();
    }

    @Test
    void shouldUseAnEmbeddedDatabaseInTheWorkingDirectoryWhenNoUrlIsGiven() {
        CliRunner cli = new CliRunner(workingDirectory);

        CliResult first = cli.run("schema", "--with-legacy");
        CliResult second = cli.run("schema", "--with-legacy");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(workingDirectory.resolve("company-unification.mv.db")).isRegularFile();
        assertThat(first.out()).contains("at jdbc:h2:file:" + workingDirectory.resolve("company-unification"));
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).contains("legacy schema:  already at version 1, nothing to apply")
                .containsPattern("unified schema: already at version \\d+, nothing to apply");
    }

    @Test
    void shouldPrintNothingWhenQuiet() {
        CliResult result = new CliRunner(workingDirectory).run("schema", "--quiet");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEmpty();
    }

    @Test
    void shouldSendTheLibraryLogsToStandardErrorWhenVerbose() {
        CliResult result = new CliRunner(workingDirectory).run("--verbose", "schema");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).contains("INFO").containsPattern("CompanySchema - Applied \\d+ unified schema migration\\(s\\)");
        assertThat(result.out().lines()).allMatch(line -> line.startsWith("Schema of") || line.startsWith("  "));
    }

    @Test
    void shouldAcceptTheGlobalOptionsAfterTheCommand() {
        CliResult result = new CliRunner(workingDirectory).run("schema", "-q", "--verbose");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).containsPattern("CompanySchema - Applied \\d+ unified schema migration\\(s\\)");
    }

    private static List<String> legacyRows(TestDatabase db) throws SQLException {
        List<String> rows = new ArrayList<>();
        rows.addAll(queryStrings(db, "SELECT vendor_id, vendor_name, country FROM technology_vendors"));
        rows.addAll(queryStrings(db, "SELECT client_id, client_name, relationship_strength FROM clients"));
        rows.addAll(queryStrings(db,
                "SELECT relationship_id, project_id, vendor_id, is_primary FROM project_vendor_relationships"));
        return rows;
    }

    private static void execute(TestDatabase db, String... statements) throws SQLException {
        try (Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** Each row as its columns joined with '|'. */
    private static List<String> queryStrings(TestDatabase db, String sql) throws SQLException {
        try (Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<String> result = new ArrayList<>();
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? "|" : "").append(rows.getString(i));
                }
                result.add(row.toString());
            }
            return result;
        }
    }
}

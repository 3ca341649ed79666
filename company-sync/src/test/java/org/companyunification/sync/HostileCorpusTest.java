package org.companyunification.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.companyunification.model.legacy.LegacyTable;
import org.companyunification.model.schema.DatabaseVendor;
import org.companyunification.sync.validation.Validation;
import org.companyunification.sync.validation.ValidationReport;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.HostileValues;
import org.companyunification.testing.HostileValues.Case;
import org.companyunification.testing.SqlRecorder;
import org.companyunification.testing.TestDatabase;

class HostileCorpusTest {

    private static final String VENDORS = LegacyTable.TECHNOLOGY_VENDORS.tableName();

    @DatabaseTest
    void shouldStoreEveryHostileValueVerbatimOrReportItsRowAndNeverFailTheRun(TestDatabase db) throws Exception {
        // given the corpus, less what the database cannot hold
        HostileValues.legacyData(db.vendor()).insertInto(db.dataSource());

        // when
        RunResult result = Backfill.configure().dataSource(db.dataSource()).batchSize(7).load().run();

        // then every vendor row is migrated with its values verbatim, or an issue names the row and field
        Map<Long, Map<String, String>> companies = companiesByVendorId(db);
        for (Case c : HostileValues.cases(db.vendor())) {
            long id = HostileValues.vendorId(c);
            Map<String, String> company = companies.get(id);
            if (company == null) {
                assertThat(issue(result, id, LegacyTable.TECHNOLOGY_VENDORS.nameColumn(), RowIssue.Severity.REJECTED))
                        .as("case %s: a row that is not migrated is rejected with its name field", c.number())
                        .isPresent();
                continue;
            }
            assertVerbatimOrReported(result, c, id, "vendor_name", c.nameValue(), company.get("company_name"));
            assertVerbatimOrReported(result, c, id, "notes", c.value(), company.get("notes"));
            if (c.value().length() <= 255) {
                assertVerbatimOrReported(result, c, id, "website", c.value(), company.get("website"));
            }
        }
        // names without a letter or digit, blank and empty names are rejected, not fatal
        for (int number : new int[] {7, 8, 9, 27, 28}) {
            assertThat(issue(result, HostileValues.FIRST_VENDOR_ID + number, "vendor_name",
                    RowIssue.Severity.REJECTED)).as("case %s", number).isPresent();
        }
        // two names whose keys differ only after 255 characters stay two companies
        assertThat(companies.get(HostileValues.FIRST_VENDOR_ID + 32).get("company_id"))
                .isNotEqualTo(companies.get(HostileValues.FIRST_VENDOR_ID + 33).get("company_id"));
        // the other hostile rows are accounted for: migrated, rejected or skipped, never a failed batch
        for (TableResult table : result.tables()) {
            assertThat(table.migrated() + table.rejected() + table.skipped()).as(table.table())
                    .isEqualTo(table.read());
        }
        assertThat(result.rejected()).allSatisfy(issue -> assertThat(issue.reason()).isNotBlank());
    }

    @DatabaseTest
    void shouldRejectADryRunRowWhoseNameHasNoLetterOrDigitAndGoOn(TestDatabase db) {
        // given
        new org.companyunification.testing.LegacyData()
                .vendor(1, "%").vendor(2, "!!!").vendor(3, "---").vendor(4, "Acme")
                .insertInto(db.dataSource());

        // when
        DryRunResult planned = Backfill.configure().dataSource(db.dataSource()).load().dryRun();

        // then
        assertThat(planned.issues()).extracting(RowIssue::id).containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(planned.issues()).allSatisfy(issue -> {
            assertThat(issue.severity()).isEqualTo(RowIssue.Severity.REJECTED);
            assertThat(issue.table()).isEqualTo(VENDORS);
            assertThat(issue.field()).isEqualTo("vendor_name");
            assertThat(issue.reason()).contains("no letters or digits").contains("run the backfill again");
        });
    }

    @DatabaseTest
    void shouldBuildNoSqlFromAValueWhileBackfillingAndValidating(TestDatabase db) {
        // given
        HostileValues.legacyData(db.vendor()).insertInto(db.dataSource());
        SqlRecorder recorder = SqlRecorder.wrap(db.dataSource());

        // when
        Backfill backfill = Backfill.configure().dataSource(recorder.dataSource()).batchSize(5).load();
        backfill.dryRun();
        backfill.run();
        ValidationReport report = Validation.configure().dataSource(recorder.dataSource()).load().validate();

        // then
        assertThat(report).isNotNull();
        List<String> statements = recorder.statements();
        assertThat(statements).isNotEmpty();
        if (db.vendor() == DatabaseVendor.POSTGRESQL) {
            // the rows went to PostgreSQL as COPY data, never as SQL text
            assertThat(statements).noneMatch(sql -> sql.startsWith("INSERT INTO companies"));
        } else {
            assertThat(statements).anyMatch(sql -> sql.startsWith("INSERT INTO companies"));
        }
        // the hostile rows that can be migrated were written, whichever way
        assertThat(report.tables()).filteredOn(t -> t.table().equals(LegacyTable.TECHNOLOGY_VENDORS.tableName()))
                .singleElement().satisfies(t -> assertThat(t.mapped()).isPositive());
        List<String> markers = HostileValues.cases(db.vendor()).stream().flatMap(c -> c.marker().stream()).toList();
        assertThat(markers).hasSizeGreaterThanOrEqualTo(25);
        for (String sql : statements) {
            for (String marker : markers) {
                assertThat(sql).as("SQL built from a value").doesNotContain(marker);
            }
            assertThat(sql).doesNotContain("DROP TABLE").doesNotContain("O'Brien").doesNotContain("Hostile");
        }
    }

    @DatabaseTest(vendors = DatabaseVendor.POSTGRESQL)
    void shouldRefuseANulCharacterOnPostgresqlNamingTheRow(TestDatabase db) {
        assertThatThrownBy(() -> HostileValues.legacyData().insertInto(db.dataSource()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("technology_vendors")
                .hasMessageContaining("vendor_id " + (HostileValues.FIRST_VENDOR_ID + 25))
                .hasMessageContaining("NUL");
    }

    private static void assertVerbatimOrReported(RunResult result, Case c, long id, String field, String legacy,
            String stored) {
        if (legacy.equals(stored)) {
            return;
        }
        String trimmed = legacy.strip().isEmpty() ? null : legacy.strip();
        boolean documentedTrim = trimmed == null ? stored == null : trimmed.equals(stored);
        assertThat(documentedTrim || issue(result, id, field, null).isPresent())
                .as("case %s (%s), field %s: stored %s", c.number(), c.description(), field,
                        stored == null ? "null" : "'" + abbreviate(stored) + "'")
                .isTrue();
    }

    private static Optional<RowIssue> issue(RunResult result, long id, String field, RowIssue.Severity severity) {
        return result.issues().stream()
                .filter(i -> i.table().equals(VENDORS) && i.id() == id && field.equals(i.field()))
                .filter(i -> severity == null || i.severity() == severity)
                .findFirst();
    }

    private static String abbreviate(String value) {
        return value.length() > 80 ? value.substring(0, 80) + "..." : value;
    }

    private static Map<Long, Map<String, String>> companiesByVendorId(TestDatabase db) throws SQLException {
        Map<Long, Map<String, String>> companies = new HashMap<>();
        try (Connection connection = db.dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement("SELECT o.source_id, c.company_id,"
                        + " c.company_name, c.notes, c.website FROM company_origins o JOIN companies c"
                        + " ON c.company_id = o.company_id WHERE o.source_table = ?")) {
            statement.setString(1, VENDORS);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Map<String, String> company = new HashMap<>();
                    company.put("company_id", rs.getString(2));
                    company.put("company_name", rs.getString(3));
                    company.put("notes", rs.getString(4));
                    company.put("website", rs.getString(5));
                    companies.put(rs.getLong(1), company);
                }
            }
        }
        return companies;
    }
}

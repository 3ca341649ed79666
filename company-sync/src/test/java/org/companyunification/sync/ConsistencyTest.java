package org.companyunification.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.List;
import javax.sql.DataSource;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.companyunification.sync.consistency.ConsistencyReport;
import org.companyunification.sync.consistency.Difference.Kind;
import org.companyunification.sync.consistency.Difference;
import org.companyunification.sync.consistency.FieldDifference;
import org.companyunification.sync.consistency.TableConsistency;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.HostileValues;
import org.companyunification.testing.LegacyData;
import org.companyunification.testing.LegacyScenarios;
import org.companyunification.testing.Queries;
import org.companyunification.testing.SqlRecorder;
import org.companyunification.testing.TestDatabase;
import org.companyunification.testing.generator.LegacyDataGenerator;
import org.junit.jupiter.api.Test;

class ConsistencyTest {

    @DatabaseTest
    void shouldReportNothingRightAfterABackfillOfCleanDirtyAndOrphanedRows(TestDatabase db) {
        // given every scenario, dirty values, orphans and two current primaries included, migrated
        LegacyScenarios.all().insertInto(db.dataSource());
        backfill(db);

        // when
        ConsistencyReport report = check(db);

        // then
        assertThat(report.differences()).isEmpty();
        assertThat(report.consistent()).isTrue();
        assertThat(report.tables()).hasSize(12);
        assertThat(table(report, "technology_vendors")).isEqualTo(new TableConsistency("technology_vendors", 6, 1, 0));
        assertThat(table(report, "clients")).isEqualTo(new TableConsistency("clients", 5, 1, 0));
        assertThat(table(report, "project_vendor_relationships").notMapped()).isEqualTo(3);
        // 191 links a project, 230 ends before it starts, 232 names no table, 330 and 331 are orphans
        assertThat(table(report, "personnel_entity_relationships").notMapped()).isEqualTo(5);
    }

    @DatabaseTest
    void shouldNameTheRunThatHasNotFinishedBesideTheRowsItHasNotMigratedYet(TestDatabase db) {
        // given a backfill that stopped after its first batch, as when its process is killed
        LegacyScenarios.all().insertInto(db.dataSource());
        StoppedBackfill.stopAfterFirstBatch(db.dataSource());

        // when
        ConsistencyReport partial = check(db);

        // then
        assertThat(partial.consistent()).isFalse();
        assertThat(partial.unfinishedRuns()).singleElement().asString()
                .startsWith("backfill run 1 has not finished (it failed; started ");

        // and once the run is resumed to its end, nothing is left to name
        backfill(db);
        ConsistencyReport complete = check(db);
        assertThat(complete.unfinishedRuns()).isEmpty();
        assertThat(complete.consistent()).isTrue();
        assertThat(complete.toJson()).contains("\"unfinishedRuns\" : [ ]");
    }

    @DatabaseTest
    void shouldReportNothingRightAfterABackfillOfTheHostileValues(TestDatabase db) {
        // given
        HostileValues.legacyData(db.vendor()).insertInto(db.dataSource());
        Backfill.configure().dataSource(db.dataSource()).batchSize(7).load().run();

        // when
        ConsistencyReport report = check(db);

        // then
        assertThat(report.differences()).isEmpty();
        assertThat(report.consistent()).isTrue();
        assertThat(table(report, "technology_vendors").legacyRows())
                .isEqualTo(HostileValues.cases(db.vendor()).size());
    }

    @DatabaseTest
    void shouldReportNothingRightAfterABackfillOfGeneratedData(TestDatabase db) {
        // given 1,000 company rows with merges across tables, near-duplicates, orphans and dirty codes
        new LegacyDataGenerator(7, 1).generate(db.dataSource());
        Backfill.configure().dataSource(db.dataSource()).batchSize(300).load().run();

        // when
        ConsistencyReport report = check(db);

        // then
        assertThat(report.differences()).isEmpty();
        assertThat(report.tables().stream().mapToLong(TableConsistency::legacyRows).sum()).isEqualTo(4000);
        assertThat(report.tables().stream().mapToLong(TableConsistency::notMapped).sum()).isPositive();
    }

    @DatabaseTest
    void shouldReportEveryLegacyRowAsNotMigratedBeforeABackfillAndItsRelationshipsOnceItsCompanyIs(
            TestDatabase db) {
        // given
        LegacyScenarios.vendorThatIsAlsoOperatorAndClient().insertInto(db.dataSource());

        // when nothing is migrated
        ConsistencyReport before = check(db);

        // then the company rows are named; their relationships wait for them (the backfill would reject them)
        assertThat(before.consistent()).isFalse();
        assertThat(before.differences()).extracting(Difference::kind, Difference::legacyTable, Difference::legacyId,
                Difference::unifiedTable).containsExactlyInAnyOrder(
                        tuple(Kind.NOT_MIGRATED, "technology_vendors", 10L, "companies"),
                        tuple(Kind.NOT_MIGRATED, "operators", 20L, "companies"),
                        tuple(Kind.NOT_MIGRATED, "clients", 30L, "companies"));
        assertThat(before.differences()).allSatisfy(d -> assertThat(d.unifiedId()).isNull());
        assertThat(table(before, "personnel_entity_relationships").notMapped()).isEqualTo(2);

        // when only the companies are migrated
        Backfill.configure().dataSource(db.dataSource()).load().run(EnumSet.of(Step.COMPANIES));
        ConsistencyReport after = check(db);

        // then the relationships are named
        assertThat(after.differences()).extracting(Difference::kind, Difference::legacyTable, Difference::legacyId,
                Difference::unifiedTable).containsExactlyInAnyOrder(
                        tuple(Kind.NOT_MIGRATED, "project_vendor_relationships", 40L, "company_role_assignments"),
                        tuple(Kind.NOT_MIGRATED, "project_operator_relationships", 41L, "company_role_assignments"),
                        tuple(Kind.NOT_MIGRATED, "personnel_entity_relationships", 50L, "person_company_affiliations"),
                        tuple(Kind.NOT_MIGRATED, "personnel_entity_relationships", 51L, "person_company_affiliations"));
    }

    @DatabaseTest
    void shouldNameAValueChangedBehindTheLibrarysBackInEachKindOfLegacyTable(TestDatabase db) throws Exception {
        // given a migrated database
        LegacyScenarios.vendorThatIsAlsoOperatorAndClient().and(LegacyScenarios.everyTable())
                .and(LegacyScenarios.personWithTwoCurrentPrimaryAffiliations()).insertInto(db.dataSource());
        backfill(db);

        // when each kind of legacy table is changed with plain SQL
        sql(db.dataSource(),
                "UPDATE technology_vendors SET website = 'https://westinghouse.example' WHERE vendor_id = 120",
                "UPDATE owners_developers SET company_type = 'IPP' WHERE owner_id = 130",
                "UPDATE operators SET contact_email = 'new@southernco.com' WHERE operator_id = 140",
                "UPDATE constructors SET contact_phone = '+1 000' WHERE constructor_id = 150",
                "UPDATE offtakers SET sector = 'Utility' WHERE offtaker_id = 160",
                "UPDATE clients SET relationship_strength = 'weak ' WHERE client_id = 170",
                // operator 20 joined vendor 10's company; its different country is kept in its origin record
                "UPDATE operators SET country = 'Canada' WHERE operator_id = 20",
                "UPDATE project_vendor_relationships SET notes = 'Changed' WHERE relationship_id = 180",
                "UPDATE project_owner_relationships SET is_primary = FALSE WHERE relationship_id = 181",
                "UPDATE project_operator_relationships SET notes = NULL WHERE relationship_id = 182",
                "UPDATE project_constructor_relationships SET is_primary = TRUE WHERE relationship_id = 183",
                "UPDATE project_offtaker_relationships SET notes = 'PPA 2' WHERE relationship_id = 184",
                "UPDATE personnel_entity_relationships SET role_title = 'Director' WHERE relationship_id = 190",
                // 431 started later and is primary; ending it makes 430 the current primary
                "UPDATE personnel_entity_relationships SET end_date = DATE '2023-01-31' WHERE relationship_id = 431");
        ConsistencyReport report = check(db);

        // then each change is named with both ids, the field and both values
        assertThat(report.consistent()).isFalse();
        long westinghouse = companyOf(db, "technology_vendors", 120);
        long holtec = companyOf(db, "technology_vendors", 10);
        assertThat(report.differences()).extracting(Difference::kind, Difference::legacyTable, Difference::legacyId,
                Difference::unifiedTable, Difference::fields).contains(
                        tuple(Kind.VALUES_DIFFER, "technology_vendors", 120L, "companies", List.of(
                                new FieldDifference("website", "https://westinghouse.example",
                                        "https://westinghousenuclear.com"))),
                        tuple(Kind.VALUES_DIFFER, "owners_developers", 130L, "companies", List.of(
                                new FieldDifference("company_type", "IPP", "Utility"))),
                        tuple(Kind.VALUES_DIFFER, "operators", 140L, "companies", List.of(
                                new FieldDifference("contact_email", "new@southernco.com", "ops@southernco.com"))),
                        tuple(Kind.VALUES_DIFFER, "constructors", 150L, "companies", List.of(
                                new FieldDifference("contact_phone", "+1 000", "+1 571 555 0100"))),
                        tuple(Kind.VALUES_DIFFER, "offtakers", 160L, "companies", List.of(
                                new FieldDifference("sector", "Utility", "Electric cooperative"))),
                        tuple(Kind.VALUES_DIFFER, "clients", 170L, "client_profiles", List.of(
                                new FieldDifference("relationship_strength", "Weak", "Strong"))),
                        // the original of a normalised value is expected in the origin record
                        tuple(Kind.VALUES_DIFFER, "clients", 170L, "company_origins", List.of(
                                new FieldDifference("source_values.relationship_strength", "weak", null))),
                        tuple(Kind.VALUES_DIFFER, "operators", 20L, "company_origins", List.of(
                                new FieldDifference("source_values.country", "Canada", "United States"))),
                        tuple(Kind.VALUES_DIFFER, "project_vendor_relationships", 180L, "company_role_assignments",
                                List.of(new FieldDifference("notes", "Changed", "AP1000 supplier"))),
                        tuple(Kind.VALUES_DIFFER, "project_owner_relationships", 181L, "company_role_assignments",
                                List.of(new FieldDifference("is_primary", "false", "true"))),
                        tuple(Kind.VALUES_DIFFER, "project_operator_relationships", 182L, "company_role_assignments",
                                List.of(new FieldDifference("notes", null, "Operating licence"))),
                        tuple(Kind.VALUES_DIFFER, "project_constructor_relationships", 183L,
                                "company_role_assignments", List.of(new FieldDifference("is_primary", "true", "false"))),
                        tuple(Kind.VALUES_DIFFER, "project_offtaker_relationships", 184L, "company_role_assignments",
                                List.of(new FieldDifference("notes", "PPA 2", "PPA"))),
                        tuple(Kind.VALUES_DIFFER, "personnel_entity_relationships", 190L,
                                "person_company_affiliations", List.of(
                                        new FieldDifference("title", "Director", "Plant Manager"))),
                        tuple(Kind.VALUES_DIFFER, "personnel_entity_relationships", 430L,
                                "person_company_affiliations", List.of(
                                        new FieldDifference("is_primary", "true", "false"))),
                        tuple(Kind.VALUES_DIFFER, "personnel_entity_relationships", 431L,
                                "person_company_affiliations", List.of(
                                        new FieldDifference("end_date", "2023-01-31", null))));
        assertThat(report.differences()).filteredOn(d -> d.legacyId() == 120L).singleElement()
                .satisfies(d -> assertThat(d.unifiedId()).isEqualTo(westinghouse));
        assertThat(report.differences()).filteredOn(d -> d.legacyId() == 20L).singleElement()
                .satisfies(d -> assertThat(d.unifiedId()).isEqualTo(holtec));
        assertThat(report.differenceCount()).isEqualTo(16);
        assertThat(table(report, "project_owner_relationships").differences()).isEqualTo(1);
    }

    @DatabaseTest
    void shouldBeCleanAgainOnceTheNextBackfillRunHasTakenTheChanges(TestDatabase db) throws Exception {
        // given changed lead rows, found by the check
        LegacyScenarios.vendorThatIsAlsoOperatorAndClient().and(LegacyScenarios.everyTable())
                .insertInto(db.dataSource());
        backfill(db);
        sql(db.dataSource(),
                "UPDATE technology_vendors SET vendor_name = 'Holtec International Inc', notes = 'New' WHERE vendor_id = 10",
                "UPDATE clients SET client_priority = 'low', relationship_strength = 'Very weak' WHERE client_id = 30",
                "UPDATE project_vendor_relationships SET is_primary = FALSE WHERE relationship_id = 40",
                "UPDATE personnel_entity_relationships SET notes = 'Moved' WHERE relationship_id = 51");
        // the company, vendor 10's and client 30's origin records, the profile, the assignment, the affiliation
        assertThat(check(db).differenceCount()).isEqualTo(6);

        // when
        backfill(db);

        // then
        assertThat(check(db).differences()).isEmpty();
    }

    @DatabaseTest
    void shouldNameDeletedLegacyRowsNewOnesAndUnifiedValuesChanged(TestDatabase db) throws Exception {
        // given a migrated database
        LegacyScenarios.vendorThatIsAlsoOperatorAndClient().and(LegacyScenarios.everyTable())
                .insertInto(db.dataSource());
        backfill(db);
        long southern = companyOf(db, "operators", 140);
        long bechtel = companyOf(db, "constructors", 150);
        long operatorAssignment = Queries.count(db.dataSource(), "SELECT assignment_id FROM assignment_origins"
                + " WHERE source_table = 'project_operator_relationships' AND source_id = 182");

        // when legacy rows are deleted and added, and unified values changed, with plain SQL
        sql(db.dataSource(),
                "DELETE FROM owners_developers WHERE owner_id = 130",
                "DELETE FROM project_vendor_relationships WHERE relationship_id = 180",
                "DELETE FROM personnel_entity_relationships WHERE relationship_id = 50",
                "INSERT INTO constructors (constructor_id, company_name) VALUES (151, 'Fluor')",
                "UPDATE personnel_entity_relationships SET entity_type = 'project', entity_id = 100"
                        + " WHERE relationship_id = 190",
                "UPDATE companies SET country = 'France' WHERE company_id = " + southern,
                "UPDATE company_role_assignments SET company_id = " + bechtel + " WHERE assignment_id = "
                        + operatorAssignment);
        ConsistencyReport report = check(db);

        // then
        assertThat(report.differences()).extracting(Difference::kind, Difference::legacyTable, Difference::legacyId,
                Difference::unifiedTable).containsExactlyInAnyOrder(
                        tuple(Kind.LEGACY_ROW_GONE, "owners_developers", 130L, "company_origins"),
                        tuple(Kind.LEGACY_ROW_GONE, "project_vendor_relationships", 180L, "company_role_assignments"),
                        tuple(Kind.LEGACY_ROW_GONE, "personnel_entity_relationships", 50L,
                                "person_company_affiliations"),
                        tuple(Kind.NOT_MIGRATED, "constructors", 151L, "companies"),
                        tuple(Kind.NO_LONGER_MAPPED, "personnel_entity_relationships", 190L,
                                "person_company_affiliations"),
                        tuple(Kind.VALUES_DIFFER, "operators", 140L, "companies"),
                        tuple(Kind.OTHER_COMPANY, "project_operator_relationships", 182L,
                                "company_role_assignments"));
        assertThat(report.differences()).filteredOn(d -> d.kind() == Kind.VALUES_DIFFER).singleElement()
                .satisfies(d -> {
                    assertThat(d.unifiedId()).isEqualTo(southern);
                    assertThat(d.fields()).containsExactly(new FieldDifference("country", "USA", "France"));
                });
        assertThat(report.differences()).filteredOn(d -> d.kind() == Kind.OTHER_COMPANY).singleElement()
                .satisfies(d -> {
                    assertThat(d.unifiedId()).isEqualTo(operatorAssignment);
                    assertThat(d.fields()).containsExactly(new FieldDifference("company_id",
                            String.valueOf(southern), String.valueOf(bechtel)));
                    assertThat(d.description()).contains("operators #140");
                });
        assertThat(report.differences()).filteredOn(d -> d.kind() == Kind.LEGACY_ROW_GONE)
                .allSatisfy(d -> assertThat(d.unifiedId()).isNotNull());
    }

    @DatabaseTest
    void shouldReadEachTableInOneQueryWhateverTheNumberOfRows(TestDatabase db) {
        // given a small migrated database and a copy of it with more rows
        LegacyScenarios.vendorThatIsAlsoOperatorAndClient().insertInto(db.dataSource());
        backfill(db);
        List<String> small = recordedCheck(db);
        LegacyData more = new LegacyData().project(900, "Big Project").person(900, "Pat Big");
        for (int i = 0; i < 300; i++) {
            more.vendor(1000 + i, "Vendor " + i).operator(1000 + i, "VENDOR " + i + ", INC.")
                    .vendorOnProject(1000 + i, 900, 1000 + i, i % 2 == 0)
                    .personAt(1000 + i, 900, "operator", 1000 + i, a -> a.title("Adviser"));
        }
        more.insertInto(db.dataSource());
        backfill(db);

        // when
        List<String> large = recordedCheck(db);

        // then the same statements, one a company, relationship and personnel query, none per row
        assertThat(large).isEqualTo(small);
        assertThat(large).filteredOn(sql -> sql.contains("UNION ALL")).hasSize(7);
        assertThat(large).filteredOn(sql -> sql.contains("FROM technology_vendors t LEFT JOIN company_origins"))
                .hasSize(1);
    }

    private static List<String> recordedCheck(TestDatabase db) {
        SqlRecorder recorder = SqlRecorder.wrap(db.dataSource());
        ConsistencyReport report = Consistency.configure().dataSource(recorder.dataSource()).load().check();
        assertThat(report.differences()).isEmpty();
        return recorder.statements();
    }

    @DatabaseTest
    void shouldListDifferencesUpToTheLimitAndCountThemAll(TestDatabase db) {
        // given three company rows not migrated
        LegacyScenarios.vendorThatIsAlsoOperatorAndClient().insertInto(db.dataSource());

        // when
        ConsistencyReport report = Consistency.configure().dataSource(db.dataSource()).differenceLimit(2).load()
                .check();

        // then
        assertThat(report.differences()).hasSize(2);
        assertThat(report.differenceCount()).isEqualTo(3);
        assertThat(report.truncated()).isTrue();
        assertThat(report.tables().stream().mapToLong(TableConsistency::differences).sum()).isEqualTo(3);
    }

    @DatabaseTest(schema = DatabaseTest.Schema.UNIFIED)
    void shouldRefuseADatabaseWithoutTheLegacyTablesNamingOne(TestDatabase db) {
        assertThatThrownBy(() -> check(db)).isInstanceOf(CompanyUnificationException.class)
                .satisfies(e -> assertThat(((CompanyUnificationException) e).errorCode()).isEqualTo(ErrorCode.SCHEMA_MISSING))
                .hasMessageContaining("technology_vendors");
    }

    @Test
    void shouldRefuseADifferenceLimitOutsideItsRange() {
        assertThatThrownBy(() -> Consistency.configure().differenceLimit(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 0 and 100000");
        assertThatThrownBy(() -> Consistency.configure().differenceLimit(100_001))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static ConsistencyReport check(TestDatabase db) {
        return Consistency.configure().dataSource(db.dataSource()).load().check();
    }

    private static void backfill(TestDatabase db) {
        Backfill.configure().dataSource(db.dataSource()).load().run();
    }

    private static TableConsistency table(ConsistencyReport report, String name) {
        return report.tables().stream().filter(t -> t.table().equals(name)).findFirst().orElseThrow();
    }

    private static long companyOf(TestDatabase db, String table, long id) throws SQLException {
        return Queries.count(db.dataSource(), "SELECT company_id FROM company_origins WHERE source_table = '" + table
                + "' AND source_id = " + id);
    }

    static void sql(DataSource dataSource, String... statements) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            for (String sql : statements) {
                statement.executeUpdate(sql);
            }
        }
    }
}

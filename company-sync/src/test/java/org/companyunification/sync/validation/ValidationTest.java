package org.companyunification.sync.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.LegacyData;
import org.companyunification.testing.LegacyScenarios;
import org.companyunification.testing.TestDatabase;
import org.companyunification.sync.Backfill;
import org.companyunification.sync.StoppedBackfill;

class ValidationTest {

    @DatabaseTest
    void shouldPassAfterACleanMigration(TestDatabase db) {
        // given
        LegacyScenarios.vendorThatIsAlsoOperatorAndClient().and(LegacyScenarios.everyTable())
                .insertInto(db.dataSource());
        Backfill.configure().dataSource(db.dataSource()).load().run();

        // when
        ValidationReport report = validate(db);

        // then
        assertThat(report.failures()).isEmpty();
        assertThat(report.passed()).isTrue();
        assertThat(report.tables()).hasSize(12).allSatisfy(t -> assertThat(t.notMapped()).isZero());
        assertThat(report.tables()).filteredOn(t -> t.table().equals("technology_vendors")).singleElement()
                .satisfies(t -> assertThat(t.mapped()).isEqualTo(2));
        assertThat(report.tables()).filteredOn(t -> t.table().equals("personnel_entity_relationships"))
                .singleElement().satisfies(t -> assertThat(t.outOfScope()).isEqualTo(1));
        assertThat(report.roles()).allSatisfy(r -> assertThat(r.matches()).isTrue());
        assertThat(report.roles()).filteredOn(r -> r.role().equals("operator")).singleElement()
                .satisfies(r -> assertThat(r.companiesHoldingRole()).isEqualTo(2));
        assertThat(report.projectCoverage().ratio()).isEqualTo(1.0);
        assertThat(report.personnelCoverage().mapped()).isEqualTo(3);
        assertThat(report.integrity()).allSatisfy(c -> assertThat(c.passed()).isTrue());
    }

    @DatabaseTest
    void shouldFailListingEveryUnmappedRowWithItsReason(TestDatabase db) {
        // given
        LegacyScenarios.dirtyValues().and(LegacyScenarios.orphans()).insertInto(db.dataSource());
        Backfill.configure().dataSource(db.dataSource()).load().run();

        // when
        ValidationReport report = validate(db);

        // then
        assertThat(report.passed()).isFalse();
        assertThat(report.unmappedRows()).extracting(UnmappedRow::table, UnmappedRow::id).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("technology_vendors", 200L),
                org.assertj.core.groups.Tuple.tuple("clients", 212L),
                org.assertj.core.groups.Tuple.tuple("personnel_entity_relationships", 230L),
                org.assertj.core.groups.Tuple.tuple("personnel_entity_relationships", 232L),
                org.assertj.core.groups.Tuple.tuple("personnel_entity_relationships", 330L),
                org.assertj.core.groups.Tuple.tuple("personnel_entity_relationships", 331L),
                org.assertj.core.groups.Tuple.tuple("project_vendor_relationships", 250L),
                org.assertj.core.groups.Tuple.tuple("project_vendor_relationships", 251L),
                org.assertj.core.groups.Tuple.tuple("project_vendor_relationships", 320L),
                org.assertj.core.groups.Tuple.tuple("project_operator_relationships", 321L));
        assertThat(report.unmappedRows()).filteredOn(r -> r.id() == 320).singleElement()
                .extracting(UnmappedRow::reason).isEqualTo("project 999 does not exist in projects");
        assertThat(report.failures()).anySatisfy(f -> assertThat(f)
                .startsWith("1 of 3 rows of technology_vendors are not mapped to a company (first: #200"));
        assertThat(report.failures()).anySatisfy(f -> assertThat(f).startsWith("project relationship coverage"));
    }

    @DatabaseTest
    void shouldNameABackfillThatHasNotFinishedAsTheFirstFailure(TestDatabase db) {
        // given a backfill that stopped after its first batches, as when its process is killed
        LegacyScenarios.vendorThatIsAlsoOperatorAndClient().and(LegacyScenarios.everyTable())
                .insertInto(db.dataSource());
        StoppedBackfill.stopAfterFirstBatch(db.dataSource());

        // when
        ValidationReport partial = validate(db);

        // then the partial figures fail, behind the reason
        assertThat(partial.passed()).isFalse();
        assertThat(partial.failures().get(0)).startsWith("backfill run 1 has not finished (it failed; started ")
                .endsWith("let it finish, or run the backfill again to resume it, then check again");

        // and once the run is resumed to its end, the same data passes
        Backfill.configure().dataSource(db.dataSource()).load().run();
        assertThat(validate(db).failures()).isEmpty();
    }

    @DatabaseTest
    void shouldJudgeCoverageAgainstTheConfiguredThreshold(TestDatabase db) {
        // given 20 project relationships of which one points at a missing project: 95% coverage
        LegacyData data = new LegacyData().vendor(1, "Aalo Atomics");
        for (int i = 0; i < 20; i++) {
            data.project(100 + i, "Project " + i).vendorOnProject(200 + i, i == 0 ? 999 : 100 + i, 1, false);
        }
        data.insertInto(db.dataSource());
        Backfill.configure().dataSource(db.dataSource()).load().run();

        // when / then
        assertThat(validate(db).passed()).isTrue();
        ValidationReport strict = Validation.configure().dataSource(db.dataSource()).coverageThreshold(0.96).load()
                .validate();
        assertThat(strict.passed()).isFalse();
        assertThat(strict.failures()).containsExactly("project relationship coverage 95.00% is below 96.00%");
    }

    @DatabaseTest
    void shouldCountApplicationRowsAndFailOnRoleCountsThatDisagree(TestDatabase db) throws Exception {
        // given an application company, and an application giving a migrated company a role no table gave it
        LegacyScenarios.vendorThatIsAlsoOperatorAndClient().insertInto(db.dataSource());
        Backfill.configure().dataSource(db.dataSource()).load().run();
        try (Connection connection = db.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO companies (company_id, company_name, name_key, created_at)"
                    + " VALUES (900001, 'Added By An App', 'added by an app', CURRENT_TIMESTAMP)");
            statement.executeUpdate("INSERT INTO company_role_assignments (assignment_id, company_id, role_id,"
                    + " is_primary, created_at) SELECT 900002, company_id, 4, FALSE, CURRENT_TIMESTAMP FROM companies"
                    + " WHERE name_key = 'holtec intl'");
        }

        // when
        ValidationReport report = validate(db);

        // then
        assertThat(report.rowsWithoutOrigin()).isEqualTo(new RowsWithoutOrigin(1, 1, 0));
        assertThat(report.failures()).containsExactly(
                "role constructor: 1 companies hold it but 0 companies were mapped from constructors");
    }

    @DatabaseTest
    void shouldReportOriginsWhoseLegacyRowWasDeleted(TestDatabase db) throws Exception {
        // given
        LegacyScenarios.vendorThatIsAlsoOperatorAndClient().insertInto(db.dataSource());
        Backfill.configure().dataSource(db.dataSource()).load().run();
        try (Connection connection = db.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM operators WHERE operator_id = 20");
        }

        // when
        ValidationReport report = validate(db);

        // then
        assertThat(report.integrity()).filteredOn(c -> !c.passed()).extracting(IntegrityCheck::name)
                .containsExactly("origin records point at existing legacy rows");
        assertThat(report.passed()).isFalse();
    }

    @DatabaseTest
    void shouldRoundTripAsJsonAndShowWhatChangedSinceABaseline(TestDatabase db) {
        // given
        LegacyScenarios.vendorThatIsAlsoOperatorAndClient().insertInto(db.dataSource());
        Backfill.configure().dataSource(db.dataSource()).load().run();
        ValidationReport baseline = ValidationReport.fromJson(validate(db).toJson());
        new LegacyData().vendor(77, "Newcleo").vendor(78, " ").insertInto(db.dataSource());

        // when
        ValidationReport now = validate(db);

        // then
        assertThat(ValidationReport.fromJson(now.toJson())).isEqualTo(now);
        assertThat(now.changesSince(baseline)).extracting(ValidationChange::toString).containsExactly(
                "table technology_vendors: rows 1, mapped 1, not mapped 0 -> rows 3, mapped 1, not mapped 2",
                "unmapped technology_vendors #77: mapped or absent -> not mapped: not rejected by the latest run:"
                        + " added since, or the run has not finished",
                "unmapped technology_vendors #78: mapped or absent -> not mapped: not rejected by the latest run:"
                        + " added since, or the run has not finished",
                "verdict: PASSED -> FAILED");
        assertThat(now.changesSince(now)).isEmpty();
    }

    @DatabaseTest(schema = DatabaseTest.Schema.UNIFIED)
    void shouldSayWhenTheLegacyTablesAreMissing(TestDatabase db) {
        assertThatThrownBy(() -> validate(db)).isInstanceOf(CompanyUnificationException.class)
                .hasMessageContaining("legacy table");
    }

    private static ValidationReport validate(TestDatabase db) {
        return Validation.configure().dataSource(db.dataSource()).load().validate();
    }
}

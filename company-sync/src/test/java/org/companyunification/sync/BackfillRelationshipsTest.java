package org.companyunification.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.LegacyData;
import org.companyunification.testing.LegacyScenarios;
import org.companyunification.testing.TestDatabase;

class BackfillRelationshipsTest {

    @DatabaseTest
    void shouldTurnProjectRelationshipsIntoProjectScopedAssignments(TestDatabase db) throws Exception {
        // given
        LegacyScenarios.everyTable().insertInto(db.dataSource());

        // when
        BackfillResult result = Backfill.configure().dataSource(db.dataSource()).load().run();

        // then
        assertThat(UnifiedTables.rows(db.dataSource(), "SELECT c.company_name, r.role_code, a.context_type,"
                + " a.context_id, a.is_primary, a.notes FROM company_role_assignments a"
                + " JOIN companies c ON c.company_id = a.company_id JOIN company_roles r ON r.role_id = a.role_id"
                + " WHERE a.context_type IS NOT NULL ORDER BY a.role_id"))
                .containsExactly(
                        "Westinghouse Electric Company | vendor | Project | 100 | 1 | AP1000 supplier",
                        "Georgia Power | developer | Project | 100 | 1 | 45.7% share",
                        "Southern Nuclear | operator | Project | 100 | 1 | Operating licence",
                        "Bechtel | constructor | Project | 100 | 0 | Completion",
                        "Oglethorpe Power | offtaker | Project | 100 | 0 | PPA");
        assertThat(result.tablesOf(Step.PROJECTS)).allSatisfy(t -> assertThat(t.created()).isEqualTo(1));
    }

    @DatabaseTest
    void shouldMergeDuplicateRelationshipsIntoOneAssignmentThatIsPrimaryIfAnyIs(TestDatabase db) throws Exception {
        // given vendor 1 and vendor 2 are one organisation, both on project 9
        new LegacyData()
                .project(9, "Darlington New Nuclear")
                .vendor(1, "GE Vernova Hitachi")
                .vendor(2, "GE VERNOVA HITACHI")
                .vendorOnProject(10, 9, 1, false, r -> r.notes("BWRX-300"))
                .vendorOnProject(11, 9, 2, true, r -> r.notes("Contract signed"))
                .insertInto(db.dataSource());

        // when
        BackfillResult result = Backfill.configure().dataSource(db.dataSource()).load().run();

        // then
        assertThat(UnifiedTables.rows(db.dataSource(), "SELECT is_primary, notes FROM company_role_assignments"
                + " WHERE context_type = 'Project'")).containsExactly("1 | BWRX-300\nContract signed");
        assertThat(UnifiedTables.count(db.dataSource(), "SELECT COUNT(*) FROM assignment_origins"
                + " WHERE source_table = 'project_vendor_relationships'")).isEqualTo(2);
        assertThat(result.tablesOf(Step.PROJECTS).get(0)).extracting(TableResult::created, TableResult::merged)
                .containsExactly(1L, 1L);
    }

    @DatabaseTest
    void shouldRejectRelationshipsToMissingRowsWithTheirTableIdAndReason(TestDatabase db) throws Exception {
        // given
        LegacyScenarios.orphans().insertInto(db.dataSource());

        // when
        BackfillResult result = Backfill.configure().dataSource(db.dataSource()).load().run();

        // then
        assertThat(result.rejected()).extracting(RowIssue::table, RowIssue::id, RowIssue::reason)
                .containsExactlyInAnyOrder(
                        tuple("project_vendor_relationships", 320L, "project 999 does not exist in projects"),
                        tuple("project_operator_relationships", 321L,
                                "operator_id 998 does not exist in operators"),
                        tuple("personnel_entity_relationships", 330L,
                                "personnel_id 997 does not exist in personnel"),
                        tuple("personnel_entity_relationships", 331L, "constructors row 996 does not exist"));
        assertThat(UnifiedTables.count(db.dataSource(), "SELECT COUNT(*) FROM person_company_affiliations"))
                .isZero();
    }

    @DatabaseTest
    void shouldAffiliatePersonsAndSkipProjectLinksAndRejectImpossibleOnes(TestDatabase db) throws Exception {
        // given
        LegacyScenarios.everyTable().and(LegacyScenarios.dirtyValues()).insertInto(db.dataSource());

        // when
        BackfillResult result = Backfill.configure().dataSource(db.dataSource()).load().run();

        // then
        assertThat(UnifiedTables.rows(db.dataSource(), "SELECT a.person_id, c.company_name, a.title, a.is_primary,"
                + " a.start_date FROM person_company_affiliations a JOIN companies c ON c.company_id = a.company_id"
                + " ORDER BY a.person_id, a.title"))
                .containsExactly("110 | Southern Nuclear | Plant Manager | 1 | 2019-05-01",
                        "220 | nuscale power | null | 0 | null");
        TableResult personnel = result.tablesOf(Step.PERSONNEL).get(0);
        assertThat(personnel).extracting(TableResult::read, TableResult::created, TableResult::skipped,
                TableResult::rejected).containsExactly(5L, 2L, 1L, 2L);
        assertThat(result.rejected()).extracting(RowIssue::id, RowIssue::field)
                .contains(tuple(230L, "end_date"), tuple(232L, "entity_type"));
    }

    @DatabaseTest
    void shouldKeepTheLaterStartedOfTwoCurrentPrimariesAndReportTheOther(TestDatabase db) throws Exception {
        // given
        LegacyScenarios.personWithTwoCurrentPrimaryAffiliations().insertInto(db.dataSource());

        // when
        BackfillResult result = Backfill.configure().dataSource(db.dataSource()).batchSize(1).load().run();

        // then
        assertThat(UnifiedTables.rows(db.dataSource(), "SELECT o.source_id, a.is_primary FROM affiliation_origins o"
                + " JOIN person_company_affiliations a ON a.affiliation_id = o.affiliation_id ORDER BY o.source_id"))
                .containsExactly("430 | 0", "431 | 1", "432 | 1");
        assertThat(result.warnings()).extracting(RowIssue::id, RowIssue::field).containsExactly(tuple(431L,
                "is_primary"));
    }

    @DatabaseTest
    void shouldApplyThePrimaryRuleWhateverTheOrderTheRowsComeIn(TestDatabase db) throws Exception {
        // given the later-started primary comes first
        new LegacyData()
                .person(1, "Ada Park")
                .vendor(2, "Oklo")
                .owner(3, "Oklo Owner Holdings")
                .personAt(10, 1, "vendor", 2, a -> a.primary(true).start(LocalDate.of(2024, 1, 1)))
                .personAt(11, 1, "owner", 3, a -> a.primary(true).start(LocalDate.of(2020, 1, 1)))
                .insertInto(db.dataSource());

        // when
        Backfill.configure().dataSource(db.dataSource()).load().run();

        // then
        assertThat(UnifiedTables.rows(db.dataSource(), "SELECT o.source_id, a.is_primary FROM affiliation_origins o"
                + " JOIN person_company_affiliations a ON a.affiliation_id = o.affiliation_id ORDER BY o.source_id"))
                .containsExactly("10 | 1", "11 | 0");
    }
}

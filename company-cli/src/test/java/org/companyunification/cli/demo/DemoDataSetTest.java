package org.companyunification.cli.demo;

import org.companyunification.testing.Queries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.TestDatabase;
import org.companyunification.sync.Backfill;
import org.companyunification.sync.BackfillResult;
import org.companyunification.sync.RowIssue;
import org.companyunification.sync.Step;
import org.companyunification.sync.TableResult;

class DemoDataSetTest {

    @DatabaseTest(schema = DatabaseTest.Schema.LEGACY)
    void shouldFillEveryLegacyTableWithExactlyTheDocumentedRows(TestDatabase db) throws Exception {
        // when
        long inserted = DemoDataSet.load(db.dataSource());

        // then
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : DemoDataSet.rowsPerTable().keySet()) {
            counts.put(table, Queries.count(db.dataSource(), "SELECT COUNT(*) FROM " + table));
        }
        assertThat(counts).containsExactly(
                Map.entry("projects", 12L), Map.entry("personnel", 15L),
                Map.entry("technology_vendors", 13L), Map.entry("owners_developers", 24L),
                Map.entry("operators", 4L), Map.entry("constructors", 5L), Map.entry("offtakers", 6L),
                Map.entry("clients", 1L),
                Map.entry("project_vendor_relationships", 13L), Map.entry("project_owner_relationships", 14L),
                Map.entry("project_operator_relationships", 5L), Map.entry("project_constructor_relationships", 5L),
                Map.entry("project_offtaker_relationships", 6L), Map.entry("personnel_entity_relationships", 19L));
        assertThat(DemoDataSet.rowsPerTable()).allSatisfy((table, rows) -> assertThat(counts.get(table))
                .as(table).isEqualTo(rows.longValue()));
        assertThat(inserted).isEqualTo(142);
    }

    @DatabaseTest(schema = DatabaseTest.Schema.LEGACY)
    void shouldInsertNothingWhenLoadedIntoTablesThatAlreadyHoldTheRows(TestDatabase db) throws Exception {
        // given
        DemoDataSet.load(db.dataSource());

        // when / then
        assertThatThrownBy(() -> DemoDataSet.load(db.dataSource()))
                .isInstanceOf(CompanyUnificationException.class)
                .hasMessageContaining("statement 1 of")
                .hasMessageContaining("Nothing was inserted")
                .extracting(e -> ((CompanyUnificationException) e).errorCode()).isEqualTo(ErrorCode.DATABASE_ERROR);
        assertThat(Queries.count(db.dataSource(), "SELECT COUNT(*) FROM projects")).isEqualTo(12);
    }

    @DatabaseTest
    void shouldMergeTheNameVariantsIntoCompaniesThatHoldSeveralRoles(TestDatabase db) throws Exception {
        // given
        DemoDataSet.load(db.dataSource());

        // when
        BackfillResult result = Backfill.configure().dataSource(db.dataSource()).load().run();

        // then
        Map<String, List<String>> severalRoles = new TreeMap<>(rolesByNameKey(db));
        severalRoles.values().removeIf(roles -> roles.size() < 2);
        assertThat(severalRoles).containsExactly(
                Map.entry("aurelia fission systems", List.of("vendor", "operator", "client")),
                Map.entry("brightwater nuclear", List.of("vendor", "developer")),
                Map.entry("corvane energy systems", List.of("vendor", "constructor")),
                Map.entry("greyhaven generation", List.of("developer", "operator")),
                Map.entry("helion gate reactors", List.of("vendor", "developer")),
                Map.entry("kestrel modular power", List.of("vendor", "developer", "operator")),
                Map.entry("northmoor hydrogen", List.of("developer", "offtaker")),
                Map.entry("solvane thermal and power", List.of("vendor", "constructor")),
                Map.entry("tidemark isotopes", List.of("vendor", "developer")));
        assertThat(Queries.rows(db.dataSource(), "SELECT c.name_key, COUNT(*) FROM companies c JOIN company_origins o"
                + " ON o.company_id = c.company_id GROUP BY c.name_key HAVING COUNT(*) > 1 ORDER BY c.name_key"))
                .containsExactly("aurelia fission systems | 3", "brightwater nuclear | 2",
                        "calder data centres | 2", "corvane energy systems | 2", "fenwick valley power | 2",
                        "greyhaven generation | 2", "helion gate reactors | 2", "kestrel modular power | 3",
                        "northmoor hydrogen | 2", "solvane thermal and power | 2", "tidemark isotopes | 2",
                        "westfallow energy and water | 2");
        assertThat(result.tablesOf(Step.COMPANIES)).extracting(TableResult::table, TableResult::created,
                TableResult::merged, TableResult::rejected).containsExactly(
                        tuple("technology_vendors", 13L, 0L, 0L), tuple("owners_developers", 18L, 6L, 0L),
                        tuple("operators", 1L, 3L, 0L), tuple("constructors", 3L, 2L, 0L),
                        tuple("offtakers", 4L, 2L, 0L), tuple("clients", 0L, 1L, 0L));
        assertThat(Queries.rows(db.dataSource(), "SELECT r.role_code FROM companies c"
                + " JOIN company_role_assignments a ON a.company_id = c.company_id"
                + " JOIN company_roles r ON r.role_id = a.role_id"
                + " WHERE a.context_type = 'Project' AND a.context_id = 2 AND c.name_key = 'kestrel modular power'"
                + " ORDER BY r.role_id")).containsExactly("vendor", "developer", "operator");
    }

    @DatabaseTest
    void shouldKeepTheNearDuplicatesApartAsThirtyNineOrganisations(TestDatabase db) throws Exception {
        // given
        DemoDataSet.load(db.dataSource());

        // when
        Backfill.configure().dataSource(db.dataSource()).load().run();

        // then
        assertThat(Queries.rows(db.dataSource(), "SELECT name_key FROM companies ORDER BY name_key"))
                .hasSize(39)
                .doesNotHaveDuplicates()
                .contains("nordwind energy", "nordwind energies", "polaris fusion works", "polaris fusion work",
                        "pellham bay energy", "pelham bay energy");
        assertThat(Queries.rows(db.dataSource(), "SELECT c.name_key, o.source_table, o.source_id FROM companies c"
                + " JOIN company_origins o ON o.company_id = c.company_id WHERE c.name_key IN ('nordwind energy',"
                + " 'nordwind energies', 'polaris fusion works', 'polaris fusion work', 'pellham bay energy',"
                + " 'pelham bay energy') ORDER BY o.source_table, o.source_id"))
                .containsExactly("pellham bay energy | owners_developers | 19",
                        "pelham bay energy | owners_developers | 20",
                        "nordwind energy | technology_vendors | 2", "nordwind energies | technology_vendors | 3",
                        "polaris fusion works | technology_vendors | 11",
                        "polaris fusion work | technology_vendors | 12");
    }

    @DatabaseTest
    void shouldRejectTheOrphansAndTheReversedDatesWithTheirReasons(TestDatabase db) throws Exception {
        // given
        DemoDataSet.load(db.dataSource());

        // when
        BackfillResult result = Backfill.configure().dataSource(db.dataSource()).load().run();

        // then
        assertThat(result.rejected()).extracting(RowIssue::table, RowIssue::id, RowIssue::field)
                .containsExactlyInAnyOrder(
                        tuple("project_vendor_relationships", 10L, "project_id"),
                        tuple("project_vendor_relationships", 11L, "vendor_id"),
                        tuple("personnel_entity_relationships", 12L, "end_date"),
                        tuple("personnel_entity_relationships", 13L, "entity_type"));
        assertThat(result.rejected()).extracting(RowIssue::reason).anySatisfy(
                reason -> assertThat(reason).contains("project 99 does not exist"))
                .anySatisfy(reason -> assertThat(reason).contains("vendor_id 99 does not exist"))
                .anySatisfy(reason -> assertThat(reason).contains("unknown entity_type 'utility'"))
                .anySatisfy(reason -> assertThat(reason).contains("is before start_date"));
    }

    @DatabaseTest
    void shouldAccountForEveryLegacyRowAsMigratedSkippedOrRejected(TestDatabase db) throws Exception {
        // given
        DemoDataSet.load(db.dataSource());

        // when
        BackfillResult result = Backfill.configure().dataSource(db.dataSource()).load().run();

        // then every legacy company row maps to exactly one company, or is rejected
        long companyRows = DemoDataSet.rowsPerTable().entrySet().stream()
                .filter(e -> Step.COMPANIES.legacyTables().contains(e.getKey())).mapToLong(Map.Entry::getValue).sum();
        assertThat(companyRows).isEqualTo(53);
        assertThat(Queries.count(db.dataSource(), "SELECT COUNT(*) FROM company_origins")
                + rejectedIn(result, Step.COMPANIES)).isEqualTo(53);
        assertThat(Queries.count(db.dataSource(), "SELECT COUNT(*) FROM companies")).isEqualTo(39);
        assertThat(Queries.count(db.dataSource(), "SELECT COUNT(*) FROM company_role_assignments"
                + " WHERE context_type IS NULL")).isEqualTo(50);
        // every project relationship is an assignment's origin, or is rejected
        assertThat(Queries.count(db.dataSource(), "SELECT COUNT(*) FROM assignment_origins"
                + " WHERE source_table LIKE 'project%'") + rejectedIn(result, Step.PROJECTS)).isEqualTo(43);
        assertThat(Queries.count(db.dataSource(), "SELECT COUNT(*) FROM company_role_assignments"
                + " WHERE context_type = 'Project'")).isEqualTo(39);
        // every personnel relationship is an affiliation's origin, skipped (the project link) or rejected
        TableResult personnel = result.tablesOf(Step.PERSONNEL).get(0);
        assertThat(Queries.count(db.dataSource(), "SELECT COUNT(*) FROM affiliation_origins")
                + personnel.skipped() + personnel.rejected()).isEqualTo(19);
        assertThat(personnel.skipped()).isEqualTo(1);
        assertThat(personnel.created()).isEqualTo(16);
    }

    @DatabaseTest
    void shouldNormaliseTheDirtyValuesAndKeepOneCurrentPrimaryPerPerson(TestDatabase db) throws Exception {
        // given
        DemoDataSet.load(db.dataSource());

        // when
        BackfillResult result = Backfill.configure().dataSource(db.dataSource()).load().run();

        // then the unknown strength is left empty, the shouted priority normalised
        assertThat(Queries.rows(db.dataSource(), "SELECT c.name_key, p.relationship_strength, p.client_priority"
                + " FROM client_profiles p JOIN companies c ON c.company_id = p.company_id"))
                .containsExactly("aurelia fission systems | null | High");
        assertThat(result.warnings()).extracting(RowIssue::table, RowIssue::id, RowIssue::field)
                .contains(tuple("clients", 1L, "relationship_strength"), tuple("clients", 1L, "client_priority"),
                        tuple("personnel_entity_relationships", 8L, "is_primary"));
        // Henrik Vos's later primary role stays primary, the earlier one is kept as non-primary
        assertThat(Queries.rows(db.dataSource(), "SELECT c.name_key, a.title,"
                + " CASE WHEN a.is_primary THEN 'primary' ELSE 'other' END FROM person_company_affiliations a"
                + " JOIN companies c ON c.company_id = a.company_id WHERE a.person_id = 4 ORDER BY a.title"))
                .containsExactly("eastmarch utilities | Board Chair | primary",
                        "helion gate reactors | Chief Technology Officer | other");
        // the capitalised entity type 'Owner' is recognised
        assertThat(Queries.rows(db.dataSource(), "SELECT c.name_key FROM person_company_affiliations a"
                + " JOIN companies c ON c.company_id = a.company_id WHERE a.person_id = 10"))
                .containsExactly("tidemark isotopes");
    }

    private static Map<String, List<String>> rolesByNameKey(TestDatabase db) throws Exception {
        Map<String, List<String>> roles = new TreeMap<>();
        for (String row : Queries.rows(db.dataSource(), "SELECT c.name_key, r.role_code FROM companies c"
                + " JOIN company_role_assignments a ON a.company_id = c.company_id AND a.context_type IS NULL"
                + " JOIN company_roles r ON r.role_id = a.role_id ORDER BY c.name_key, r.role_id")) {
            String[] parts = row.split(" \\| ");
            roles.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(parts[1]);
        }
        return roles;
    }

    private static long rejectedIn(BackfillResult result, Step step) {
        return result.tablesOf(step).stream().mapToLong(TableResult::rejected).sum();
    }
}

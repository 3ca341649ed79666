package org.companyunification.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.LegacyData;
import org.companyunification.testing.LegacyScenarios;
import org.companyunification.testing.TestDatabase;

class BackfillCompaniesTest {

    @DatabaseTest
    void shouldMakeOneCompanyOfNameVariantsWithOneGlobalRolePerTable(TestDatabase db) throws Exception {
        // given
        new LegacyData()
                .vendor(1, "NuScale Power")
                .operator(1, "NUSCALE POWER, LLC.")
                .client(1, "NuScale Power Corp")
                .vendor(2, "GE Hitachi Nuclear Energy")
                .owner(2, "GE-Hitachi Nuclear Energy")
                .vendor(3, "Holtec International")
                .owner(3, "Holtec International")
                .operator(3, "holtec international")
                .constructor(3, "  Holtec   International ")
                .vendor(4, "Holtec International")
                .offtaker(4, "Holtec Intl")
                .insertInto(db.dataSource());

        // when
        BackfillResult result = backfill(db).run(EnumSet.of(Step.COMPANIES));

        // then
        assertThat(UnifiedTables.rows(db.dataSource(), "SELECT c.name_key, r.role_code FROM companies c"
                + " JOIN company_role_assignments a ON a.company_id = c.company_id AND a.context_type IS NULL"
                + " JOIN company_roles r ON r.role_id = a.role_id ORDER BY c.name_key, r.role_id"))
                .containsExactly(
                        "ge hitachi nuclear energy | vendor", "ge hitachi nuclear energy | developer",
                        "holtec international | vendor", "holtec international | developer",
                        "holtec international | operator", "holtec international | constructor",
                        "holtec intl | offtaker",
                        "nuscale power | vendor", "nuscale power | operator", "nuscale power | client");
        assertThat(UnifiedTables.count(db.dataSource(), "SELECT COUNT(*) FROM companies")).isEqualTo(4);
        assertThat(UnifiedTables.count(db.dataSource(), "SELECT COUNT(*) FROM company_origins")).isEqualTo(11);
        assertThat(result.total().created()).isEqualTo(4);
        assertThat(result.total().merged()).isEqualTo(7);
        assertThat(result.tablesOf(Step.COMPANIES)).extracting(TableResult::table)
                .containsExactlyElementsOf(Step.COMPANIES.legacyTables());
    }

    @DatabaseTest
    void shouldTakeTheFirstRowsValuesAndKeepTheValuesThatLostInTheOriginRecord(TestDatabase db) throws Exception {
        // given
        new LegacyData()
                .vendor(1, "Kairos Power", v -> v.website("https://kairospower.com").country(null))
                .operator(5, "KAIROS POWER LLC", o -> o.website("kairos.example").country("USA"))
                .insertInto(db.dataSource());

        // when
        backfill(db).run(EnumSet.of(Step.COMPANIES));

        // then the vendor row, read first, gives the website; the operator fills the empty country
        assertThat(UnifiedTables.rows(db.dataSource(), "SELECT company_name, website, country FROM companies"))
                .containsExactly("Kairos Power | https://kairospower.com | USA");
        assertThat(UnifiedTables.rows(db.dataSource(), "SELECT source_table, source_name, source_values"
                + " FROM company_origins ORDER BY source_table"))
                .containsExactly("operators | KAIROS POWER LLC | {\"website\":\"kairos.example\"}",
                        "technology_vendors | Kairos Power | null");
    }

    @DatabaseTest
    void shouldNormaliseClientValuesThatMapAndKeepTheOriginalsOfThoseThatDoNot(TestDatabase db) throws Exception {
        // given
        LegacyScenarios.dirtyValues().insertInto(db.dataSource());

        // when
        BackfillResult result = backfill(db).run(EnumSet.of(Step.COMPANIES));

        // then
        assertThat(UnifiedTables.rows(db.dataSource(), "SELECT c.company_name, p.relationship_strength,"
                + " p.client_priority FROM client_profiles p JOIN companies c ON c.company_id = p.company_id"
                + " ORDER BY c.company_name"))
                .containsExactly("Blue Energy | Strong | null", "Last Energy | null | High");
        assertThat(UnifiedTables.rows(db.dataSource(), "SELECT source_id, source_values FROM company_origins"
                + " WHERE source_table = 'clients' ORDER BY source_id"))
                .containsExactly("210 | {\"relationship_strength\":\"strong\",\"client_priority\":\"URGENT\"}",
                        "211 | {\"relationship_strength\":\"Very strong\",\"client_priority\":\"high\"}");
        assertThat(result.warnings()).extracting(RowIssue::table, RowIssue::id, RowIssue::field)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("clients", 210L, "relationship_strength"),
                        org.assertj.core.groups.Tuple.tuple("clients", 210L, "client_priority"),
                        org.assertj.core.groups.Tuple.tuple("clients", 210L, "next_contact_date"),
                        org.assertj.core.groups.Tuple.tuple("clients", 211L, "relationship_strength"),
                        org.assertj.core.groups.Tuple.tuple("clients", 211L, "client_priority"));
    }

    @DatabaseTest
    void shouldWarnAboutTabsAndLineBreaksInsideANameAndNotAboutSpaces(TestDatabase db) throws Exception {
        // given: white space of each kind \s covers inside a name, and names with only spaces around and inside
        new LegacyData()
                .vendor(1, "Tab\tEnergy")
                .vendor(2, "Line\nEnergy")
                .vendor(3, "Return\rEnergy")
                .vendor(4, "Form\fEnergy")
                .vendor(5, "Vertical\u000BEnergy")
                .vendor(6, "  Spaced   Energy  ")
                .vendor(7, "Trailing Energy\n")
                .vendor(8, "No\u00A0Break Energy")
                .insertInto(db.dataSource());

        // when
        BackfillResult result = backfill(db).run(EnumSet.of(Step.COMPANIES));

        // then the inner controls are folded to a space and warned about; a line break at the end is only trimmed
        assertThat(result.warnings()).filteredOn(issue -> issue.reason().contains("tabs or line breaks"))
                .extracting(RowIssue::id).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L);
        assertThat(UnifiedTables.rows(db.dataSource(), "SELECT company_name FROM companies ORDER BY company_name"))
                .contains("Tab Energy", "Line Energy", "Trailing Energy");
    }

    @DatabaseTest
    void shouldRejectRowsWithABlankNameAndSayWhich(TestDatabase db) throws Exception {
        // given
        LegacyScenarios.dirtyValues().insertInto(db.dataSource());

        // when
        BackfillResult result = backfill(db).run(EnumSet.of(Step.COMPANIES));

        // then
        assertThat(result.rejected()).extracting(RowIssue::table, RowIssue::id, RowIssue::field)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("technology_vendors", 200L, "vendor_name"),
                        org.assertj.core.groups.Tuple.tuple("clients", 212L, "client_name"));
        assertThat(result.rejected()).allSatisfy(issue -> assertThat(issue.reason()).contains("name is blank"));
        // the two NuScale spellings are one company with two roles
        assertThat(UnifiedTables.rows(db.dataSource(), "SELECT company_name, name_key FROM companies"
                + " WHERE name_key = 'nuscale power'")).containsExactly("nuscale power | nuscale power");
    }

    @DatabaseTest
    void shouldLetAnApplicationReplaceTheMatchingPolicy(TestDatabase db) throws Exception {
        // given a policy that treats every name with the same first word as one organisation
        new LegacyData().vendor(1, "Holtec International").operator(2, "Holtec Intl").insertInto(db.dataSource());
        MatchingPolicy firstWord = name -> name.strip().split("\\s+")[0].toLowerCase(java.util.Locale.ROOT);

        // when
        BackfillResult result = Backfill.configure().dataSource(db.dataSource()).matchingPolicy(firstWord).load()
                .run(EnumSet.of(Step.COMPANIES));

        // then
        assertThat(UnifiedTables.rows(db.dataSource(), "SELECT company_name, name_key FROM companies"))
                .containsExactly("Holtec International | holtec");
        assertThat(result.total().merged()).isEqualTo(1);
    }

    @DatabaseTest
    void shouldKeepNamesApartWhoseKeysDifferOnlyInLettersThatACaseAndAccentInsensitiveCollationEquates(
            TestDatabase db) throws Exception {
        // given keys that differ ('straße' and 'strasse', 'œuvre' and 'oeuvre') but that MariaDB's
        // utf8mb4_unicode_ci would compare equal, in one batch and across batches
        new LegacyData()
                .vendor(1, "Straße Energie")
                .vendor(2, "Strasse Energie")
                .vendor(3, "Œuvre Atomique")
                .operator(4, "STRASSE ENERGIE GmbH")
                .operator(5, "Oeuvre Atomique")
                .constructor(6, "Straße Energie AG")
                .insertInto(db.dataSource());

        // when
        BackfillResult result = backfill(db).run(EnumSet.of(Step.COMPANIES));

        // then each key is a company of its own, as on every database
        assertThat(UnifiedTables.rows(db.dataSource(), "SELECT c.name_key, r.role_code FROM companies c"
                + " JOIN company_role_assignments a ON a.company_id = c.company_id AND a.context_type IS NULL"
                + " JOIN company_roles r ON r.role_id = a.role_id"))
                .containsExactlyInAnyOrder(
                        "straße energie | vendor", "straße energie | constructor",
                        "strasse energie | vendor", "strasse energie | operator",
                        "œuvre atomique | vendor",
                        "oeuvre atomique | operator");
        assertThat(UnifiedTables.count(db.dataSource(), "SELECT COUNT(*) FROM companies")).isEqualTo(4);
        assertThat(result.total().created()).isEqualTo(4);
        assertThat(result.total().merged()).isEqualTo(2);
        assertThat(UnifiedTables.count(db.dataSource(),
                "SELECT COUNT(*) FROM companies WHERE name_key = 'strasse energie'")).isEqualTo(1);
    }

    static Backfill backfill(TestDatabase db) {
        return Backfill.configure().dataSource(db.dataSource()).batchSize(3).load();
    }
}

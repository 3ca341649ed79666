package org.companyunification.model.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.companyunification.model.schema.Refusals.assertRefusedBy;
import static org.companyunification.model.schema.UnifiedRows.CLIENT;
import static org.companyunification.model.schema.UnifiedRows.OPERATOR;
import static org.companyunification.model.schema.UnifiedRows.VENDOR;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.TestDatabase;

/**
 * The rules of the unified model that the database itself enforces, whatever writes to it. Each test makes the
 * database refuse a row that breaks a rule and accept the legitimate row next to it, so that a test cannot pass
 * because every insert fails.
 */
class DatabaseInvariantsTest {

    private static final LocalDate JAN_2020 = LocalDate.of(2020, 1, 1);
    private static final LocalDate JAN_2022 = LocalDate.of(2022, 1, 1);

    private static UnifiedRows twoCompaniesTwoProjectsTwoPersons(TestDatabase db) throws SQLException {
        return new UnifiedRows(db.dataSource())
                .project(1, "Palisades SMR").project(2, "Vogtle Units 3 and 4")
                .company(1, "Holtec International").company(2, "Westinghouse Electric Company")
                .person(1, "Jane Doe").person(2, "Ana Ruiz");
    }

    // One global role of a kind per company

    @DatabaseTest(schema = DatabaseTest.Schema.UNIFIED)
    void shouldRefuseASecondGlobalRoleOfTheSameKindForACompany(TestDatabase db) throws SQLException {
        UnifiedRows rows = twoCompaniesTwoProjectsTwoPersons(db).globalRole(1, 1, VENDOR);

        assertRefusedBy(() -> rows.globalRole(2, 1, VENDOR), "uq_cra_global");

        rows.globalRole(3, 1, OPERATOR).globalRole(4, 2, VENDOR);
        assertThat(rows.count("company_role_assignments")).isEqualTo(3);
    }

    @DatabaseTest(schema = DatabaseTest.Schema.UNIFIED)
    void shouldAcceptARoleScopedToTwoProjectsBesideTheSameGlobalRole(TestDatabase db) throws SQLException {
        UnifiedRows rows = twoCompaniesTwoProjectsTwoPersons(db);

        rows.globalRole(1, 1, VENDOR).projectRole(2, 1, VENDOR, 1).projectRole(3, 1, VENDOR, 2);

        assertThat(rows.count("company_role_assignments")).isEqualTo(3);
    }

    // One project-scoped assignment per (company, role, project)

    @DatabaseTest(schema = DatabaseTest.Schema.UNIFIED)
    void shouldRefuseASecondAssignmentOfARoleToTheSameProject(TestDatabase db) throws SQLException {
        UnifiedRows rows = twoCompaniesTwoProjectsTwoPersons(db).projectRole(1, 1, VENDOR, 1);

        assertRefusedBy(() -> rows.projectRole(2, 1, VENDOR, 1), "uq_cra_project");

        rows.projectRole(3, 1, OPERATOR, 1).projectRole(4, 2, VENDOR, 1);
        assertThat(rows.count("company_role_assignments")).isEqualTo(3);
    }

    // context_type and context_id both NULL or both set

    @DatabaseTest(schema = DatabaseTest.Schema.UNIFIED)
    void shouldRefuseAProjectContextWithoutAProjectId(TestDatabase db) throws SQLException {
        UnifiedRows rows = twoCompaniesTwoProjectsTwoPersons(db);

        assertRefusedBy(() -> rows.assignment(1, 1, VENDOR, "Project", null), "ck_cra_context_pair");

        rows.assignment(2, 1, VENDOR, "Project", 1L);
        assertThat(rows.count("company_role_assignments")).isEqualTo(1);
    }

    @DatabaseTest(schema = DatabaseTest.Schema.UNIFIED)
    void shouldRefuseAProjectIdWithoutAContextType(TestDatabase db) throws SQLException {
        UnifiedRows rows = twoCompaniesTwoProjectsTwoPersons(db);

        assertRefusedBy(() -> rows.assignment(1, 1, VENDOR, null, 1L), "ck_cra_context_pair");

        rows.assignment(2, 1, VENDOR, null, null);
        assertThat(rows.count("company_role_assignments")).isEqualTo(1);
    }

    @DatabaseTest(schema = DatabaseTest.Schema.UNIFIED)
    void shouldRefuseAContextTypeOtherThanProjectInAnySpellingOrCase(TestDatabase db) throws SQLException {
        UnifiedRows rows = twoCompaniesTwoProjectsTwoPersons(db);
        long id = 1;

        for (String contextType : List.of("Company", "project", "PROJECT", "Project ", "")) {
            long assignmentId = id++;
            assertRefusedBy("context_type '" + contextType + "'",
                    () -> rows.assignment(assignmentId, 1, VENDOR, contextType, 1L), "ck_cra_context_type");
        }

        rows.assignment(id, 1, VENDOR, "Project", 1L);
        assertThat(rows.count("company_role_assignments")).isEqualTo(1);
    }

    // At most one current primary affiliation per person

    @DatabaseTest(schema = DatabaseTest.Schema.UNIFIED)
    void shouldRefuseASecondCurrentPrimaryAffiliationOfAPerson(TestDatabase db) throws SQLException {
        UnifiedRows rows = twoCompaniesTwoProjectsTwoPersons(db).affiliation(1, 1, 1, true, JAN_2020, null);

        assertRefusedBy(() -> rows.affiliation(2, 1, 2, true, JAN_2022, null), "uq_pca_current_primary");

        rows.affiliation(3, 1, 2, false, JAN_2022, null);
        assertThat(rows.count("person_company_affiliations")).isEqualTo(2);
    }

    @DatabaseTest(schema = DatabaseTest.Schema.UNIFIED)
    void shouldAcceptEndedPrimaryAffiliationsBesideTheCurrentOne(TestDatabase db) throws SQLException {
        UnifiedRows rows = twoCompaniesTwoProjectsTwoPersons(db);

        rows.affiliation(1, 1, 1, true, LocalDate.of(2010, 1, 1), LocalDate.of(2012, 12, 31))
                .affiliation(2, 1, 1, true, LocalDate.of(2015, 1, 1), LocalDate.of(2019, 12, 31))
                .affiliation(3, 1, 2, true, JAN_2020, null);

        assertThat(rows.count("person_company_affiliations")).isEqualTo(3);
    }

    @DatabaseTest(schema = DatabaseTest.Schema.UNIFIED)
    void shouldAcceptCurrentPrimaryAffiliationsOfDifferentPersons(TestDatabase db) throws SQLException {
        UnifiedRows rows = twoCompaniesTwoProjectsTwoPersons(db);

        rows.affiliation(1, 1, 1, true, JAN_2020, null).affiliation(2, 2, 1, true, JAN_2020, null);

        assertThat(rows.count("person_company_affiliations")).isEqualTo(2);
    }

    // A legacy row maps to exactly one unified company

    @DatabaseTest(schema = DatabaseTest.Schema.UNIFIED)
    void shouldRefuseASecondCompanyForTheSameLegacyRow(TestDatabase db) throws SQLException {
        UnifiedRows rows = twoCompaniesTwoProjectsTwoPersons(db).origin("technology_vendors", 10, 1);

        assertRefusedBy(() -> rows.origin("technology_vendors", 10, 2), "pk_company_origins", "primary");
        assertRefusedBy(() -> rows.origin("technology_vendors", 10, 1), "pk_company_origins", "primary");

        rows.origin("operators", 10, 2).origin("clients", 30, 1);
        assertThat(rows.count("company_origins")).isEqualTo(3);
    }

    @DatabaseTest(schema = DatabaseTest.Schema.UNIFIED)
    void shouldRefuseAnOriginInATableThatIsNotALegacyCompanyTable(TestDatabase db) throws SQLException {
        UnifiedRows rows = twoCompaniesTwoProjectsTwoPersons(db);

        for (String table : List.of("projects", "vendors", "TECHNOLOGY_VENDORS", "technology_vendors ")) {
            assertRefusedBy("source_table '" + table + "'", () -> rows.origin(table, 10, 1),
                    "ck_company_origins_table");
        }

        long sourceId = 10;
        for (String table : List.of("technology_vendors", "owners_developers", "operators", "constructors",
                "offtakers", "clients")) {
            rows.origin(table, sourceId++, 1);
        }
        assertThat(rows.count("company_origins")).isEqualTo(6);
    }

    // Links between companies

    @DatabaseTest(schema = DatabaseTest.Schema.UNIFIED)
    void shouldRefuseALinkFromACompanyToItself(TestDatabase db) throws SQLException {
        UnifiedRows rows = twoCompaniesTwoProjectsTwoPersons(db);

        assertRefusedBy(() -> rows.link(1, 1, 1, "subsidiary"), "ck_iel_not_self");

        rows.link(2, 1, 2, "subsidiary");
        assertThat(rows.count("internal_external_links")).isEqualTo(1);
    }

    @DatabaseTest(schema = DatabaseTest.Schema.UNIFIED)
    void shouldRefuseADuplicateLink(TestDatabase db) throws SQLException {
        UnifiedRows rows = twoCompaniesTwoProjectsTwoPersons(db).link(1, 1, 2, "subsidiary");

        assertRefusedBy(() -> rows.link(2, 1, 2, "subsidiary"), "uq_iel_link");

        rows.link(3, 1, 2, "partner");
        assertThat(rows.count("internal_external_links")).isEqualTo(2);
    }

    // Client profile codes

    @DatabaseTest(schema = DatabaseTest.Schema.UNIFIED)
    void shouldRefuseARelationshipStrengthOutsideItsSetInAnySpellingOrCase(TestDatabase db) throws SQLException {
        UnifiedRows rows = twoCompaniesTwoProjectsTwoPersons(db).company(3, "NuScale Power").company(4, "X-energy")
                .company(5, "TerraPower");

        for (String strength : List.of("strong", "STRONG", "Strong ", "Very strong", "")) {
            assertRefusedBy("relationship_strength '" + strength + "'", () -> rows.clientProfile(1, strength, "High"),
                    "ck_client_profiles_strength");
        }

        rows.clientProfile(1, "Strong", "High").clientProfile(2, "Medium", "High").clientProfile(3, "Weak", "High")
                .clientProfile(4, "New", "High").clientProfile(5, null, "High");
        assertThat(rows.count("client_profiles")).isEqualTo(5);
    }

    @DatabaseTest(schema = DatabaseTest.Schema.UNIFIED)
    void shouldRefuseAClientPriorityOutsideItsSetInAnySpellingOrCase(TestDatabase db) throws SQLException {
        UnifiedRows rows = twoCompaniesTwoProjectsTwoPersons(db).company(3, "NuScale Power").company(4, "X-energy");

        for (String priority : List.of("HIGH", "high", "High ", "Urgent")) {
            assertRefusedBy("client_priority '" + priority + "'", () -> rows.clientProfile(1, "Strong", priority),
                    "ck_client_profiles_priority");
        }

        rows.clientProfile(1, "Strong", "High").clientProfile(2, "Strong", "Medium")
                .clientProfile(3, "Strong", "Low").clientProfile(4, "Strong", null);
        assertThat(rows.count("client_profiles")).isEqualTo(4);
    }

    // Affiliation dates

    @DatabaseTest(schema = DatabaseTest.Schema.UNIFIED)
    void shouldRefuseAnAffiliationThatEndsBeforeItStarts(TestDatabase db) throws SQLException {
        UnifiedRows rows = twoCompaniesTwoProjectsTwoPersons(db);

        assertRefusedBy(() -> rows.affiliation(1, 1, 1, false, JAN_2022, JAN_2020), "ck_pca_dates");

        rows.affiliation(2, 1, 1, false, JAN_2022, JAN_2022).affiliation(3, 1, 2, false, null, JAN_2020);
        assertThat(rows.count("person_company_affiliations")).isEqualTo(2);
    }

    // Foreign keys

    @DatabaseTest(schema = DatabaseTest.Schema.UNIFIED)
    void shouldRefuseAnAssignmentOfACompanyThatDoesNotExist(TestDatabase db) throws SQLException {
        UnifiedRows rows = twoCompaniesTwoProjectsTwoPersons(db);

        assertRefusedBy(() -> rows.globalRole(1, 99, VENDOR), "fk_cra_company");

        rows.globalRole(2, 2, VENDOR);
        assertThat(rows.count("company_role_assignments")).isEqualTo(1);
    }

    @DatabaseTest(schema = DatabaseTest.Schema.UNIFIED)
    void shouldRefuseAnAssignmentOfARoleOutsideTheCatalogue(TestDatabase db) throws SQLException {
        UnifiedRows rows = twoCompaniesTwoProjectsTwoPersons(db);

        assertRefusedBy(() -> rows.globalRole(1, 1, 7), "fk_cra_role");

        rows.globalRole(2, 1, CLIENT);
        assertThat(rows.count("company_role_assignments")).isEqualTo(1);
    }

    @DatabaseTest(schema = DatabaseTest.Schema.UNIFIED)
    void shouldRefuseAnAssignmentToAProjectThatDoesNotExist(TestDatabase db) throws SQLException {
        UnifiedRows rows = twoCompaniesTwoProjectsTwoPersons(db);

        assertRefusedBy(() -> rows.projectRole(1, 1, VENDOR, 99), "fk_cra_project");

        rows.projectRole(2, 1, VENDOR, 2);
        assertThat(rows.count("company_role_assignments")).isEqualTo(1);
    }

    @DatabaseTest(schema = DatabaseTest.Schema.UNIFIED)
    void shouldRefuseAnAffiliationOfAPersonOrCompanyThatDoesNotExist(TestDatabase db) throws SQLException {
        UnifiedRows rows = twoCompaniesTwoProjectsTwoPersons(db);

        assertRefusedBy(() -> rows.affiliation(1, 99, 1, false, null, null), "fk_pca_person");
        assertRefusedBy(() -> rows.affiliation(2, 1, 99, false, null, null), "fk_pca_company");

        rows.affiliation(3, 2, 2, false, null, null);
        assertThat(rows.count("person_company_affiliations")).isEqualTo(1);
    }
}

package org.companyunification.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.companyunification.model.company.AffiliationTerms;
import org.companyunification.model.company.AssignmentContext;
import org.companyunification.model.company.ClientDetails;
import org.companyunification.model.company.ClientPriority;
import org.companyunification.model.company.Company;
import org.companyunification.model.company.ContactDetails;
import org.companyunification.model.company.PersonAffiliation;
import org.companyunification.model.company.RelationshipStrength;
import org.companyunification.model.company.RoleCode;
import org.companyunification.model.persistence.CompanyPersistence;
import org.companyunification.model.reference.Person;
import org.companyunification.model.reference.Project;
import org.companyunification.model.schema.DatabaseVendor;
import org.companyunification.testing.DatabaseScope;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.LegacyData;
import org.companyunification.testing.TestDatabase;

class ReverseSyncTest {

    @DatabaseTest
    void shouldWriteARowToEachRoleTableWhenAnApplicationCreatesACompanyWithGlobalRoles(TestDatabase db)
            throws Exception {
        // given a legacy vendor already migrated
        new LegacyData().vendor(41, "NuScale Power").insertInto(db.dataSource());
        backfill(db);

        // when an application creates a company with three roles
        try (DatabaseScope scope = reverseSync(db)) {
            scope.inTransaction(em -> {
                Company holtec = Company.create("Holtec International");
                holtec.changeContactDetails(ContactDetails.none().withWebsite("https://holtecinternational.com")
                        .withCountry("USA").withEmail("info@holtec.example").withPhone("+1 856 797 0900"));
                holtec.changeReactorType("SMR-300");
                holtec.changeCompanyType("Private");
                holtec.changeSector("Industry");
                holtec.changeNotes("Camden, NJ");
                holtec.assignGlobalRole(RoleCode.VENDOR);
                holtec.assignGlobalRole(RoleCode.DEVELOPER);
                holtec.assignGlobalRole(RoleCode.OFFTAKER);
                em.persist(holtec);
            });
        }

        // then each role's table has the company, its id following the table's highest
        assertThat(rows(db, "SELECT vendor_id, vendor_name, website, country, contact_email, contact_phone,"
                + " reactor_type, notes FROM technology_vendors ORDER BY vendor_id")).containsExactly(
                        "41 | NuScale Power | null | null | null | null | null | null",
                        "42 | Holtec International | https://holtecinternational.com | USA | info@holtec.example"
                                + " | +1 856 797 0900 | SMR-300 | Camden, NJ");
        assertThat(rows(db, "SELECT company_name, company_type, website, country FROM owners_developers"))
                .containsExactly("Holtec International | Private | https://holtecinternational.com | USA");
        assertThat(rows(db, "SELECT organization_name, sector, notes FROM offtakers"))
                .containsExactly("Holtec International | Industry | Camden, NJ");
        assertThat(count(db, "SELECT COUNT(*) FROM operators") + count(db, "SELECT COUNT(*) FROM constructors")
                + count(db, "SELECT COUNT(*) FROM clients")).isZero();
        assertThat(rows(db, "SELECT o.source_table, o.source_name, o.source_values, o.run_id FROM company_origins o"
                + " JOIN companies c ON c.company_id = o.company_id WHERE c.company_name = 'Holtec International'"
                + " ORDER BY o.source_table")).containsExactly(
                        "offtakers | Holtec International | null | null",
                        "owners_developers | Holtec International | null | null",
                        "technology_vendors | Holtec International | null | null");
        assertBackfillFindsNothingToDo(db);
    }

    @DatabaseTest
    void shouldWriteNothingToTheLegacyTablesWhenSwitchedOff(TestDatabase db) throws Exception {
        // when an application on the default factory creates a company with a role
        try (DatabaseScope scope = DatabaseScope.of(db)) {
            scope.inTransaction(em -> {
                Company company = Company.create("Holtec International");
                company.assignGlobalRole(RoleCode.VENDOR);
                em.persist(company);
            });
        }

        // then
        assertThat(count(db, "SELECT COUNT(*) FROM technology_vendors")).isZero();
        assertThat(count(db, "SELECT COUNT(*) FROM company_origins")).isZero();
    }

    @DatabaseTest(vendors = DatabaseVendor.H2)
    void shouldRefuseASettingThatIsNeitherTrueNorFalse(TestDatabase db) {
        assertThatThrownBy(() -> CompanyPersistence.createEntityManagerFactory(db.dataSource(),
                CompanyPersistence.Options.defaults().withProperty(ReverseSync.UNIFIED_TO_LEGACY, "yes")).close())
                .hasStackTraceContaining("The property company.dual-write.unified-to-legacy is 'yes': set it to true"
                        + " or false");
    }

    @DatabaseTest
    void shouldWriteTheClientProfileToTheCrmColumnsOfTheClientsRow(TestDatabase db) throws Exception {
        try (DatabaseScope scope = reverseSync(db)) {
            // when a client is created with a profile
            scope.inTransaction(em -> {
                Company company = Company.create("Blue Energy");
                company.assignGlobalRole(RoleCode.CLIENT);
                company.setClientProfile(ClientDetails.of(RelationshipStrength.STRONG, ClientPriority.HIGH)
                        .lastContactedOn(LocalDate.of(2024, 3, 1)).withRelationshipNotes("Board-level contact"));
                em.persist(company);
            });

            // then
            assertThat(rows(db, "SELECT client_name, relationship_strength, client_priority, relationship_notes,"
                    + " last_contact_date, next_contact_date, updated_at FROM clients")).containsExactly(
                            "Blue Energy | Strong | High | Board-level contact | 2024-03-01 | null | null");
            assertBackfillFindsNothingToDo(db);

            // when the profile changes
            scope.inTransaction(em -> company(em, "Blue Energy").setClientProfile(
                    ClientDetails.of(RelationshipStrength.WEAK, null).nextContactOn(LocalDate.of(2025, 1, 15))));

            // then
            assertThat(rows(db, "SELECT relationship_strength, client_priority, relationship_notes,"
                    + " last_contact_date, next_contact_date FROM clients"))
                    .containsExactly("Weak | null | null | null | 2025-01-15");
            assertThat(count(db, "SELECT COUNT(*) FROM clients WHERE updated_at IS NOT NULL")).isEqualTo(1);
            assertBackfillFindsNothingToDo(db);

            // when it is cleared
            scope.inTransaction(em -> company(em, "Blue Energy").clearClientProfile());
        }

        // then
        assertThat(rows(db, "SELECT client_name, relationship_strength, client_priority, next_contact_date"
                + " FROM clients")).containsExactly("Blue Energy | null | null | null");
        assertBackfillFindsNothingToDo(db);
    }

    @DatabaseTest
    void shouldWriteChangedCompanyFieldsToEveryLegacyRowOfTheCompany(TestDatabase db) throws Exception {
        // given one organisation in two tables whose websites differ: the vendor row's won, the operator's was kept
        new LegacyData()
                .vendor(1, "Kairos Power", v -> v.website("https://kairospower.com").country(null))
                .operator(5, "KAIROS POWER LLC", o -> o.website("kairos.example").country("USA"))
                .insertInto(db.dataSource());
        backfill(db);
        assertThat(rows(db, "SELECT source_values FROM company_origins WHERE source_table = 'operators'"))
                .containsExactly("{\"website\":\"kairos.example\"}");

        // when the application renames the company and changes its website
        try (DatabaseScope scope = reverseSync(db)) {
            scope.inTransaction(em -> {
                Company kairos = company(em, "Kairos Power");
                kairos.rename("Kairos Power Inc");
                kairos.changeContactDetails(kairos.getContactDetails().withWebsite("https://kairos.example/new"));
            });
        }

        // then both rows carry the new name and website; the values nobody changed stay as they were
        assertThat(rows(db, "SELECT vendor_name, website, country FROM technology_vendors"))
                .containsExactly("Kairos Power Inc | https://kairos.example/new | null");
        assertThat(rows(db, "SELECT operator_name, website, country FROM operators"))
                .containsExactly("Kairos Power Inc | https://kairos.example/new | USA");
        assertThat(count(db, "SELECT COUNT(*) FROM operators WHERE updated_at IS NOT NULL")).isEqualTo(1);
        assertThat(rows(db, "SELECT source_table, source_name, source_values FROM company_origins"
                + " ORDER BY source_table")).containsExactly(
                        "operators | Kairos Power Inc | null", "technology_vendors | Kairos Power Inc | null");
        assertBackfillFindsNothingToDo(db);
    }

    @DatabaseTest
    void shouldWriteAProjectRoleAsARelationshipRowAndFollowItsChanges(TestDatabase db) throws Exception {
        // given a project, and a company that is a vendor only
        new LegacyData().project(7, "Palisades").insertInto(db.dataSource());
        try (DatabaseScope scope = reverseSync(db)) {
            scope.inTransaction(em -> {
                Company holtec = Company.create("Holtec International");
                holtec.assignGlobalRole(RoleCode.VENDOR);
                em.persist(holtec);
            });

            // when it becomes the project's vendor and operator
            scope.inTransaction(em -> {
                Company holtec = company(em, "Holtec International");
                Project palisades = em.find(Project.class, 7L);
                holtec.assignProjectRole(RoleCode.VENDOR, palisades, true, "SMR-300 supplier");
                holtec.assignProjectRole(RoleCode.OPERATOR, palisades, false, null);
            });

            // then each role has a relationship row, the operator one pointing at a new operators row
            assertThat(rows(db, "SELECT r.project_id, v.vendor_name, r.is_primary, r.notes"
                    + " FROM project_vendor_relationships r JOIN technology_vendors v ON v.vendor_id = r.vendor_id"))
                    .containsExactly("7 | Holtec International | 1 | SMR-300 supplier");
            assertThat(rows(db, "SELECT r.project_id, o.operator_name, r.is_primary, r.notes"
                    + " FROM project_operator_relationships r JOIN operators o ON o.operator_id = r.operator_id"))
                    .containsExactly("7 | Holtec International | 0 | null");
            assertThat(rows(db, "SELECT o.source_table, a.role_id, a.context_id FROM assignment_origins o"
                    + " JOIN company_role_assignments a ON a.assignment_id = o.assignment_id ORDER BY a.role_id"))
                    .containsExactly("project_vendor_relationships | 1 | 7", "project_operator_relationships | 3 | 7");
            assertBackfillFindsNothingToDo(db);

            // when the vendor role stops being primary and its notes change
            scope.inTransaction(em -> {
                var assignment = company(em, "Holtec International")
                        .findRoleAssignment(RoleCode.VENDOR, AssignmentContext.project(7)).orElseThrow();
                assignment.makeSecondary();
                assignment.changeNotes("SMR-300 and fuel");
            });

            // then
            assertThat(rows(db, "SELECT is_primary, notes FROM project_vendor_relationships"))
                    .containsExactly("0 | SMR-300 and fuel");
            assertBackfillFindsNothingToDo(db);

            // when the operator role on the project is removed
            scope.inTransaction(em -> company(em, "Holtec International")
                    .removeRole(RoleCode.OPERATOR, AssignmentContext.project(7)));
        }

        // then its relationship row and origin record are gone
        assertThat(count(db, "SELECT COUNT(*) FROM project_operator_relationships")).isZero();
        assertThat(rows(db, "SELECT source_table FROM assignment_origins"))
                .containsExactly("project_vendor_relationships");
        assertBackfillFindsNothingToDo(db);
    }

    @DatabaseTest
    void shouldDeleteTheRelationshipRowWhenAnApplicationRemovesAMigratedProjectRole(TestDatabase db)
            throws Exception {
        // given a vendor on two projects, migrated
        new LegacyData().project(7, "Palisades").project(8, "Kemmerer").vendor(1, "Holtec International")
                .vendorOnProject(100, 7, 1, true).vendorOnProject(101, 8, 1, false)
                .insertInto(db.dataSource());
        backfill(db);

        // when the application removes one of the project roles
        try (DatabaseScope scope = reverseSync(db)) {
            scope.inTransaction(em -> company(em, "Holtec International")
                    .removeRole(RoleCode.VENDOR, AssignmentContext.project(7)));
        }

        // then
        assertThat(rows(db, "SELECT relationship_id, project_id FROM project_vendor_relationships"))
                .containsExactly("101 | 8");
        assertThat(rows(db, "SELECT source_id FROM assignment_origins")).containsExactly("101");
        assertThat(count(db, "SELECT COUNT(*) FROM company_role_assignments WHERE context_id = 7")).isZero();
        assertBackfillFindsNothingToDo(db);
    }

    @DatabaseTest
    void shouldDeleteTheCompanysRowsOfATableWhenItLosesTheGlobalRole(TestDatabase db) throws Exception {
        // given one organisation as vendor and operator, a person named through the operator row
        new LegacyData().person(3, "Jane Doe")
                .vendor(1, "Kairos Power").operator(5, "Kairos Power").operator(6, "Kairos Power LLC")
                .personAt(300, 3, "operator", 5, p -> p.title("COO"))
                .insertInto(db.dataSource());
        backfill(db);

        // when the application takes the operator role away
        try (DatabaseScope scope = reverseSync(db)) {
            scope.inTransaction(em -> company(em, "Kairos Power")
                    .removeRole(RoleCode.OPERATOR, AssignmentContext.global()));
        }

        // then both operator rows and their origins are gone; the person now names the vendor row
        assertThat(count(db, "SELECT COUNT(*) FROM operators")).isZero();
        assertThat(rows(db, "SELECT source_table, source_id FROM company_origins"))
                .containsExactly("technology_vendors | 1");
        assertThat(rows(db, "SELECT entity_type, entity_id, role_title FROM personnel_entity_relationships"))
                .containsExactly("vendor | 1 | COO");
        assertThat(count(db, "SELECT COUNT(*) FROM person_company_affiliations")).isEqualTo(1);
        assertBackfillFindsNothingToDo(db);
    }

    @DatabaseTest
    void shouldRefuseToRemoveAGlobalRoleWhileTheCompanyHoldsItOnAProject(TestDatabase db) throws Exception {
        // given a vendor on a project, migrated
        new LegacyData().project(7, "Palisades").vendor(1, "Holtec International")
                .vendorOnProject(100, 7, 1, true).insertInto(db.dataSource());
        backfill(db);

        // when the application removes only the global role
        try (DatabaseScope scope = reverseSync(db)) {
            assertThatThrownBy(() -> scope.inTransaction(em -> company(em, "Holtec International")
                    .removeRole(RoleCode.VENDOR, AssignmentContext.global())))
                    // then the commit fails, naming the company, the projects and what to do
                    .hasStackTraceContaining("Company 'Holtec International'")
                    .hasStackTraceContaining("cannot lose the global role vendor while it holds the role on"
                            + " projects [7]")
                    .hasStackTraceContaining("Remove the project roles first")
                    .satisfies(e -> assertThat(rootCompanyException(e).errorCode())
                            .isEqualTo(ErrorCode.RULE_VIOLATION));
        }

        // and nothing changed on either side
        assertThat(count(db, "SELECT COUNT(*) FROM technology_vendors")).isEqualTo(1);
        assertThat(count(db, "SELECT COUNT(*) FROM company_role_assignments WHERE context_type IS NULL"))
                .isEqualTo(1);
        assertBackfillFindsNothingToDo(db);
    }

    @DatabaseTest
    void shouldWriteAnAffiliationAndItsChangesToPersonnelRelationships(TestDatabase db) throws Exception {
        // given a migrated vendor and operator, and a person
        new LegacyData().person(3, "Jane Doe").vendor(1, "NuScale Power").operator(2, "NuScale Power")
                .insertInto(db.dataSource());
        backfill(db);

        try (DatabaseScope scope = reverseSync(db)) {
            // when the person is affiliated with the company
            scope.inTransaction(em -> company(em, "NuScale Power").affiliate(em.find(Person.class, 3L),
                    AffiliationTerms.titled("CEO").asPrimary().startingOn(LocalDate.of(2020, 1, 6))
                            .withNotes("Founder")));

            // then the legacy row names the company's first row, the vendor row
            assertThat(rows(db, "SELECT personnel_id, entity_type, entity_id, role_title, is_primary, start_date,"
                    + " end_date, notes FROM personnel_entity_relationships"))
                    .containsExactly("3 | vendor | 1 | CEO | 1 | 2020-01-06 | null | Founder");
            assertBackfillFindsNothingToDo(db);

            // when the affiliation changes
            scope.inTransaction(em -> {
                PersonAffiliation affiliation = company(em, "NuScale Power").getAffiliations().get(0);
                affiliation.changeTitle("Chair");
                affiliation.endOn(LocalDate.of(2024, 6, 30));
            });
        }

        // then
        assertThat(rows(db, "SELECT role_title, is_primary, start_date, end_date FROM personnel_entity_relationships"))
                .containsExactly("Chair | 1 | 2020-01-06 | 2024-06-30");
        assertBackfillFindsNothingToDo(db);
    }

    @DatabaseTest
    void shouldDemoteTheLegacyRowOfTheAffiliationThatANewPrimaryOneReplaces(TestDatabase db) throws Exception {
        // given a person whose current primary affiliation came from the legacy tables
        new LegacyData().person(3, "Jane Doe").vendor(1, "NuScale Power").operator(2, "Vistra")
                .personAt(300, 3, "vendor", 1, p -> p.title("CTO").primary(true))
                .insertInto(db.dataSource());
        backfill(db);

        // when the application makes a new affiliation with another company the person's primary one
        try (DatabaseScope scope = reverseSync(db)) {
            scope.inTransaction(em -> {
                Person jane = em.find(Person.class, 3L);
                company(em, "Vistra").affiliate(jane, AffiliationTerms.titled("CEO").asPrimary());
            });
        }

        // then the legacy rows say the same: the old one is no longer primary
        assertThat(rows(db, "SELECT relationship_id, entity_type, entity_id, role_title, is_primary"
                + " FROM personnel_entity_relationships ORDER BY relationship_id"))
                .containsExactly("300 | vendor | 1 | CTO | 0", "301 | operator | 2 | CEO | 1");
        assertBackfillFindsNothingToDo(db);
    }

    @DatabaseTest
    void shouldCommitWhatTheLegacyTablesCannotHoldWithoutWritingIt(TestDatabase db) throws Exception {
        // given a project and a person
        new LegacyData().project(7, "Palisades").person(3, "Jane Doe").insertInto(db.dataSource());

        // when the application gives a company without roles a person, a client profile, and a client role on a
        // project (the legacy tables have no project table for clients)
        try (DatabaseScope scope = reverseSync(db)) {
            scope.inTransaction(em -> {
                Company company = Company.create("Oklo");
                company.affiliate(em.find(Person.class, 3L), "Advisor", false);
                company.setClientProfile(ClientDetails.of(RelationshipStrength.NEW, null));
                company.assignProjectRole(RoleCode.CLIENT, em.find(Project.class, 7L), false, null);
                em.persist(company);
            });
        }

        // then the unified rows are there and no legacy row was written
        assertThat(count(db, "SELECT COUNT(*) FROM companies")).isEqualTo(1);
        assertThat(count(db, "SELECT COUNT(*) FROM person_company_affiliations")).isEqualTo(1);
        assertThat(count(db, "SELECT COUNT(*) FROM clients")
                + count(db, "SELECT COUNT(*) FROM personnel_entity_relationships")
                + count(db, "SELECT COUNT(*) FROM company_origins")).isZero();
    }

    @DatabaseTest
    void shouldRefuseToDeleteTheLastLegacyRowThatAPersonnelRelationshipNames(TestDatabase db) throws Exception {
        // given a vendor, migrated, that a person works for
        new LegacyData().person(3, "Jane Doe").vendor(1, "NuScale Power").personAt(300, 3, "vendor", 1)
                .insertInto(db.dataSource());
        backfill(db);

        // when the application takes away the company's only role
        try (DatabaseScope scope = reverseSync(db)) {
            assertThatThrownBy(() -> scope.inTransaction(em -> company(em, "NuScale Power")
                    .removeRole(RoleCode.VENDOR, AssignmentContext.global())))
                    // then
                    .hasStackTraceContaining("cannot lose its last legacy row (technology_vendors [1]): the"
                            + " personnel_entity_relationships rows [300] name it");
        }
        assertThat(count(db, "SELECT COUNT(*) FROM technology_vendors")).isEqualTo(1);
        assertThat(count(db, "SELECT COUNT(*) FROM company_role_assignments")).isEqualTo(1);
    }

    @DatabaseTest
    void shouldGiveConcurrentTransactionsDistinctLegacyIds(TestDatabase db) throws Exception {
        // given
        int threads = 4;
        int perThread = 5;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try (DatabaseScope scope = reverseSync(db)) {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        int n = i;
                        scope.inTransaction(em -> {
                            Company company = Company.create("Vendor " + thread + "-" + n);
                            company.assignGlobalRole(RoleCode.VENDOR);
                            em.persist(company);
                        });
                    }
                    return null;
                }));
            }

            // when they all write at once
            start.countDown();
            for (Future<?> future : done) {
                future.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        // then every company has exactly one vendor row of its own
        assertThat(count(db, "SELECT COUNT(*) FROM technology_vendors")).isEqualTo(threads * perThread);
        assertThat(count(db, "SELECT COUNT(*) FROM company_origins o JOIN companies c ON c.company_id = o.company_id"
                + " JOIN technology_vendors v ON v.vendor_id = o.source_id AND v.vendor_name = c.company_name"))
                .isEqualTo(threads * perThread);
        assertBackfillFindsNothingToDo(db);
    }

    private static DatabaseScope reverseSync(TestDatabase db) {
        return DatabaseScope.of(db, CompanyPersistence.Options.defaults().withProperty(ReverseSync.UNIFIED_TO_LEGACY,
                true));
    }

    private static Company company(EntityManager em, String name) {
        return em.createQuery("select c from Company c where c.name = :name", Company.class)
                .setParameter("name", name).getSingleResult();
    }

    private static CompanyUnificationException rootCompanyException(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CompanyUnificationException found) {
                return found;
            }
        }
        throw new AssertionError("no CompanyUnificationException in", e);
    }

    private static void backfill(TestDatabase db) {
        RunResult result = Backfill.configure().dataSource(db.dataSource()).load().run();
        assertThat(result.rejected()).isEmpty();
    }

    /** A backfill after the reverse writes finds every legacy row mapped and unchanged, and writes nothing. */
    private static void assertBackfillFindsNothingToDo(TestDatabase db) throws SQLException {
        Map<String, List<String>> before = UnifiedTables.dumpData(db.dataSource(), UnifiedTables.UNIFIED);
        RunResult result = Backfill.configure().dataSource(db.dataSource()).load().run();
        assertThat(result.rejected()).isEmpty();
        assertThat(result.total().created() + result.total().updated() + result.total().merged()).isZero();
        assertThat(UnifiedTables.dumpData(db.dataSource(), UnifiedTables.UNIFIED)).isEqualTo(before);
    }

    private static List<String> rows(TestDatabase db, String sql) throws SQLException {
        return UnifiedTables.rows(db.dataSource(), sql);
    }

    private static long count(TestDatabase db, String sql) throws SQLException {
        return UnifiedTables.count(db.dataSource(), sql);
    }
}

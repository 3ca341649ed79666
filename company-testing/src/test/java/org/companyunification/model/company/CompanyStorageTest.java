package org.companyunification.model.company;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.companyunification.model.reference.Person;
import org.companyunification.model.reference.Project;
import org.companyunification.testing.DatabaseScope;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.TestDatabase;
import org.companyunification.testing.UnifiedData;
import org.hibernate.proxy.HibernateProxy;

class CompanyStorageTest {

    private static final LocalDate MARCH_1 = LocalDate.of(2024, 3, 1);

    @DatabaseTest
    void shouldSaveAndReloadACompanyWithItsColumns(TestDatabase db) {
        try (DatabaseScope scope = DatabaseScope.of(db)) {
            long id = scope.fromTransaction(em -> {
                Company company = Company.create("NuScale Power, LLC");
                company.changeContactDetails(ContactDetails.none().withWebsite("https://nuscalepower.com")
                        .withCountry("US").withEmail("info@nuscalepower.com").withPhone("+1 541 360 0500"));
                company.changeCompanyType("Public");
                company.changeReactorType("VOYGR");
                company.changeSector("Energy");
                company.changeNotes("Small modular reactors");
                em.persist(company);
                return company.getId();
            });

            scope.inTransaction(em -> {
                Company company = em.find(Company.class, id);
                assertThat(company.getName()).isEqualTo("NuScale Power, LLC");
                assertThat(company.getNameKey()).isEqualTo(NameKey.of("NuScale Power"));
                assertThat(company.getContactDetails()).isEqualTo(new ContactDetails("https://nuscalepower.com",
                        "US", "info@nuscalepower.com", "+1 541 360 0500"));
                assertThat(company.getCompanyType()).contains("Public");
                assertThat(company.getReactorType()).contains("VOYGR");
                assertThat(company.getSector()).contains("Energy");
                assertThat(company.getNotes()).contains("Small modular reactors");
                assertThat(company.getCreatedAt()).isNotNull();
                assertThat(company.getUpdatedAt()).isEmpty();
                assertThat(company.getCreatedByRun()).isEmpty();
            });
            assertThat(nameKeyColumn(scope, id)).isEqualTo("nuscale power");
        }
    }

    @DatabaseTest
    void shouldStampTheUpdateTimeWhenACompanyChanges(TestDatabase db) {
        try (DatabaseScope scope = DatabaseScope.of(db)) {
            Company saved = UnifiedData.in(scope).company("Holtec Intl").save();

            scope.inTransaction(em -> em.find(Company.class, saved.getId()).rename("Holtec International"));

            scope.inTransaction(em -> {
                Company company = em.find(Company.class, saved.getId());
                assertThat(company.getUpdatedAt()).isPresent();
                assertThat(company.getNameKey().value()).isEqualTo("holtec international");
            });
        }
    }

    @DatabaseTest
    void shouldSaveGlobalAndProjectRolesAsTheDesignQueriesExpect(TestDatabase db) {
        try (DatabaseScope scope = DatabaseScope.of(db)) {
            UnifiedData data = UnifiedData.in(scope);
            Project palisades = data.project("Palisades");
            Company holtec = data.company("Holtec International")
                    .withRoles(RoleCode.VENDOR, RoleCode.OPERATOR)
                    .onProject(palisades, RoleCode.VENDOR, true, "SMR-300")
                    .save();

            List<String> globalVendors = strings(scope, "SELECT c.company_name FROM companies c"
                    + " JOIN company_role_assignments cra ON c.company_id = cra.company_id"
                    + " JOIN company_roles cr ON cra.role_id = cr.role_id"
                    + " WHERE cr.role_code = 'vendor' AND cra.context_type IS NULL");
            List<String> onProject = strings(scope, "SELECT cr.role_label FROM companies c"
                    + " JOIN company_role_assignments cra ON c.company_id = cra.company_id"
                    + " JOIN company_roles cr ON cra.role_id = cr.role_id"
                    + " WHERE cra.context_type = 'Project' AND cra.context_id = " + palisades.getId());
            assertThat(globalVendors).containsExactly("Holtec International");
            assertThat(onProject).containsExactly("Technology Vendor");
            scope.inTransaction(em -> {
                Company company = em.find(Company.class, holtec.getId());
                assertThat(company.getGlobalRoles()).containsExactlyInAnyOrder(RoleCode.VENDOR, RoleCode.OPERATOR);
                RoleAssignment vendorOnPalisades = company.findRoleAssignment(RoleCode.VENDOR,
                        AssignmentContext.project(palisades.getId())).orElseThrow();
                assertThat(vendorOnPalisades.isPrimary()).isTrue();
                assertThat(vendorOnPalisades.getNotes()).contains("SMR-300");
            });
        }
    }

    @DatabaseTest
    void shouldDeleteARemovedRoleAndAllowItBackInTheSameTransaction(TestDatabase db) {
        try (DatabaseScope scope = DatabaseScope.of(db)) {
            Company saved = UnifiedData.in(scope).company("Holtec International")
                    .withRoles(RoleCode.VENDOR, RoleCode.OPERATOR).save();

            scope.inTransaction(em -> {
                Company company = em.find(Company.class, saved.getId());
                company.removeRole(RoleCode.OPERATOR, AssignmentContext.global());
                company.removeRole(RoleCode.VENDOR, AssignmentContext.global());
                company.assignGlobalRole(RoleCode.VENDOR).makePrimary();
            });

            assertThat(strings(scope, "SELECT cr.role_code FROM company_role_assignments cra"
                    + " JOIN company_roles cr ON cra.role_id = cr.role_id WHERE cra.company_id = " + saved.getId()))
                    .containsExactly("vendor");
        }
    }

    @DatabaseTest
    void shouldAssignANewRowForARoleRemovedInAnEarlierFlush(TestDatabase db) {
        try (DatabaseScope scope = DatabaseScope.of(db)) {
            Company saved = UnifiedData.in(scope).company("Holtec International").withRoles(RoleCode.VENDOR).save();

            scope.inTransaction(em -> {
                em.createQuery("from RoleAssignment", RoleAssignment.class).getSingleResult();
                Company company = em.find(Company.class, saved.getId());
                assertThat(company).as("the assignment's lazy company").isInstanceOf(HibernateProxy.class);
                company.removeRole(RoleCode.VENDOR, AssignmentContext.global());
                em.flush();
                company.assignGlobalRole(RoleCode.VENDOR);
            });

            assertThat(strings(scope, "SELECT assignment_id FROM company_role_assignments")).hasSize(1);
        }
    }

    @DatabaseTest
    void shouldSaveUpdateAndClearAClientProfile(TestDatabase db) {
        try (DatabaseScope scope = DatabaseScope.of(db)) {
            Company saved = UnifiedData.in(scope).company("Constellation Energy")
                    .asClient(ClientDetails.of(RelationshipStrength.NEW, ClientPriority.LOW))
                    .save();

            scope.inTransaction(em -> em.find(Company.class, saved.getId()).setClientProfile(
                    ClientDetails.of(RelationshipStrength.STRONG, ClientPriority.HIGH)
                            .withRelationshipNotes("framework agreement").lastContactedOn(MARCH_1)));

            scope.inTransaction(em -> {
                Company company = em.find(Company.class, saved.getId());
                assertThat(company.getGlobalRoles()).containsExactly(RoleCode.CLIENT);
                assertThat(company.getClientProfile().orElseThrow().getDetails()).isEqualTo(new ClientDetails(
                        RelationshipStrength.STRONG, ClientPriority.HIGH, "framework agreement", MARCH_1, null));
                assertThat(company.getClientProfile().orElseThrow().getUpdatedAt()).isPresent();
            });
            assertThat(strings(scope, "SELECT relationship_strength FROM client_profiles")).containsExactly("Strong");

            scope.inTransaction(em -> em.find(Company.class, saved.getId()).clearClientProfile());

            assertThat(strings(scope, "SELECT relationship_strength FROM client_profiles")).isEmpty();
        }
    }

    @DatabaseTest
    void shouldAllowAClientProfileAndALinkBackInTheSameTransaction(TestDatabase db) {
        try (DatabaseScope scope = DatabaseScope.of(db)) {
            UnifiedData data = UnifiedData.in(scope);
            Company parent = data.company("Holtec International").save();
            Company saved = data.company("Holtec Decommissioning International")
                    .asClient(ClientDetails.of(RelationshipStrength.NEW, null))
                    .linkedTo(parent, "subsidiary")
                    .save();

            scope.inTransaction(em -> {
                Company company = em.find(Company.class, saved.getId());
                company.clearClientProfile();
                company.setClientProfile(ClientDetails.of(RelationshipStrength.WEAK, null));
                company.unlink(em.find(Company.class, parent.getId()), LinkType.of("subsidiary"));
                company.linkTo(em.find(Company.class, parent.getId()), LinkType.of("subsidiary"), "restored");
            });

            assertThat(strings(scope, "SELECT relationship_strength FROM client_profiles")).containsExactly("Weak");
            assertThat(strings(scope, "SELECT notes FROM internal_external_links")).containsExactly("restored");
        }
    }

    @DatabaseTest
    void shouldSaveAffiliationsAndShowThemFromThePersonsSide(TestDatabase db) {
        try (DatabaseScope scope = DatabaseScope.of(db)) {
            UnifiedData data = UnifiedData.in(scope);
            Person ann = data.person("Ann Lee");
            data.company("Holtec International")
                    .affiliate(ann, AffiliationTerms.titled("CEO").asPrimary().startingOn(MARCH_1))
                    .save();
            data.company("NuScale Power").affiliate(ann, "Board member", false).save();

            scope.inTransaction(em -> {
                Person person = em.find(Person.class, ann.getId());
                assertThat(person.getAffiliations()).extracting(a -> a.getCompany().getName())
                        .containsExactlyInAnyOrder("Holtec International", "NuScale Power");
                PersonAffiliation primary = person.getCurrentPrimaryAffiliation().orElseThrow();
                assertThat(primary.getCompany().getName()).isEqualTo("Holtec International");
                assertThat(primary.getTitle()).contains("CEO");
                assertThat(primary.getStartDate()).contains(MARCH_1);
            });
        }
    }

    @DatabaseTest
    void shouldSaveDirectedLinks(TestDatabase db) {
        try (DatabaseScope scope = DatabaseScope.of(db)) {
            UnifiedData data = UnifiedData.in(scope);
            Company parent = data.company("Holtec International").save();
            Company child = data.company("Holtec Decommissioning International")
                    .linkedTo(parent, "subsidiary")
                    .save();

            scope.inTransaction(em -> {
                Company company = em.find(Company.class, child.getId());
                assertThat(company.getLinks()).singleElement().satisfies(link -> {
                    assertThat(link.getRelatedCompany().getId()).isEqualTo(parent.getId());
                    assertThat(link.getLinkType()).isEqualTo(LinkType.of("subsidiary"));
                });
                assertThat(em.find(Company.class, parent.getId()).getLinks()).isEmpty();
            });
        }
    }

    private static String nameKeyColumn(DatabaseScope scope, long id) {
        return strings(scope, "SELECT name_key FROM companies WHERE company_id = " + id).get(0);
    }

    private static List<String> strings(DatabaseScope scope, String sql) {
        return scope.fromJdbc(connection -> {
            List<String> values = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(sql);
                    ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        });
    }
}

package org.companyunification.model.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.companyunification.model.company.ContactDetails;
import org.companyunification.model.company.RelationshipStrength;
import org.companyunification.model.company.RoleCode;
import org.companyunification.testing.DatabaseScope;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.TestDatabase;

class LegacyStorageTest {

    @DatabaseTest
    void shouldWriteEachLegacyCompanyTableWithItsOwnColumnNames(TestDatabase db) {
        try (DatabaseScope scope = DatabaseScope.of(db)) {
            scope.inTransaction(em -> {
                TechnologyVendor vendor = new TechnologyVendor(1, "NuScale Power");
                vendor.changeReactorType("VOYGR");
                vendor.changeContactDetails(ContactDetails.none().withCountry("US").withPhone("+1 541"));
                em.persist(vendor);
                OwnerDeveloper owner = new OwnerDeveloper(2, "TVA");
                owner.changeCompanyType("Utility");
                em.persist(owner);
                em.persist(new Operator(3, "Constellation"));
                em.persist(new Constructor(4, "Bechtel"));
                Offtaker offtaker = new Offtaker(5, "Microsoft");
                offtaker.changeSector("Technology");
                em.persist(offtaker);
                Client client = new Client(6, "Dow");
                client.changeRelationship("Strong", "High", "pilot plant", LocalDate.of(2024, 1, 5), null);
                em.persist(client);
            });

            assertThat(rows(scope, "SELECT vendor_name, reactor_type, country, contact_phone FROM technology_vendors"))
                    .containsExactly("NuScale Power|VOYGR|US|+1 541");
            assertThat(rows(scope, "SELECT company_name, company_type FROM owners_developers"))
                    .containsExactly("TVA|Utility");
            assertThat(rows(scope, "SELECT operator_name FROM operators")).containsExactly("Constellation");
            assertThat(rows(scope, "SELECT company_name FROM constructors")).containsExactly("Bechtel");
            assertThat(rows(scope, "SELECT organization_name, sector FROM offtakers"))
                    .containsExactly("Microsoft|Technology");
            assertThat(rows(scope, "SELECT client_name, relationship_strength, client_priority, last_contact_date"
                    + " FROM clients")).containsExactly("Dow|Strong|High|2024-01-05");
        }
    }

    @DatabaseTest
    void shouldWriteTheRelationshipTablesWithTheirCompanyColumns(TestDatabase db) {
        try (DatabaseScope scope = DatabaseScope.of(db)) {
            scope.inTransaction(em -> {
                em.persist(new ProjectVendorRelationship(1, 10, 1, true, "reactor"));
                em.persist(new ProjectOwnerRelationship(2, 10, 2, false, null));
                em.persist(new ProjectOperatorRelationship(3, 10, 3, true, null));
                em.persist(new ProjectConstructorRelationship(4, 10, 4, false, null));
                em.persist(new ProjectOfftakerRelationship(5, 10, 5, false, null));
                PersonnelEntityRelationship person = new PersonnelEntityRelationship(6, 7, "vendor", 1);
                person.changeTerms("CEO", true, LocalDate.of(2020, 1, 1), null, null);
                em.persist(person);
            });

            assertThat(rows(scope, "SELECT vendor_id, is_primary, notes FROM project_vendor_relationships"))
                    .containsExactly("1|true|reactor");
            assertThat(rows(scope, "SELECT owner_id FROM project_owner_relationships")).containsExactly("2");
            assertThat(rows(scope, "SELECT operator_id FROM project_operator_relationships")).containsExactly("3");
            assertThat(rows(scope, "SELECT constructor_id FROM project_constructor_relationships"))
                    .containsExactly("4");
            assertThat(rows(scope, "SELECT offtaker_id FROM project_offtaker_relationships")).containsExactly("5");
            assertThat(rows(scope, "SELECT personnel_id, entity_type, entity_id, role_title, is_primary"
                    + " FROM personnel_entity_relationships")).containsExactly("7|vendor|1|CEO|true");
        }
    }

    @DatabaseTest
    void shouldReadDirtyLegacyRowsAsTheyAre(TestDatabase db) {
        try (DatabaseScope scope = DatabaseScope.of(db)) {
            scope.inJdbc(connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.executeUpdate("INSERT INTO clients (client_id, client_name, relationship_strength,"
                            + " country) VALUES (1, '  dow chemical ', 'Very Strong', NULL)");
                    statement.executeUpdate("INSERT INTO personnel_entity_relationships (relationship_id,"
                            + " personnel_id, entity_type, entity_id, start_date, end_date) VALUES"
                            + " (2, 999, 'owner', 404, DATE '2024-06-01', DATE '2024-01-01')");
                    statement.executeUpdate("INSERT INTO project_vendor_relationships (relationship_id,"
                            + " project_id, vendor_id) VALUES (3, 888, 777)");
                }
            });

            scope.inTransaction(em -> {
                Client client = em.find(Client.class, 1L);
                assertThat(client.getName()).isEqualTo("  dow chemical ");
                assertThat(client.getRelationshipStrength()).contains("Very Strong");
                assertThat(client.getRelationshipStrength().flatMap(RelationshipStrength::normalise)).isEmpty();
                assertThat(client.getContactDetails()).isEqualTo(ContactDetails.none());
                PersonnelEntityRelationship relationship = em.find(PersonnelEntityRelationship.class, 2L);
                assertThat(relationship.getCompanyRole()).contains(RoleCode.DEVELOPER);
                assertThat(relationship.getEndDate()).contains(LocalDate.of(2024, 1, 1));
                ProjectVendorRelationship orphan = em.find(ProjectVendorRelationship.class, 3L);
                assertThat(orphan.getProjectId()).isEqualTo(888);
                assertThat(orphan.getCompanyId()).isEqualTo(777);
                assertThat(orphan.isPrimary()).isFalse();
            });
        }
    }

    private static List<String> rows(DatabaseScope scope, String sql) {
        return scope.fromJdbc(connection -> {
            List<String> rows = new ArrayList<>();
            try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<String> values = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        // Flags read as booleans: MariaDB stores BOOLEAN as TINYINT(1).
                        boolean flag = result.getMetaData().getColumnLabel(i).toLowerCase(Locale.ROOT)
                                .startsWith("is_");
                        values.add(flag ? String.valueOf(result.getBoolean(i)) : result.getString(i));
                    }
                    rows.add(String.join("|", values));
                }
            }
            return rows;
        });
    }
}

package org.companyunification.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.companyunification.model.company.ClientDetails;
import org.companyunification.model.company.ClientPriority;
import org.companyunification.model.company.Company;
import org.companyunification.model.company.RelationshipStrength;
import org.companyunification.model.company.RoleCode;
import org.companyunification.model.legacy.ProjectVendorRelationship;
import org.companyunification.model.legacy.TechnologyVendor;
import org.companyunification.model.origin.AffiliationOrigin;
import org.companyunification.model.origin.AssignmentOrigin;
import org.companyunification.model.origin.BackfillRun;
import org.companyunification.model.origin.CompanyOrigin;
import org.companyunification.model.origin.OriginKey;
import org.companyunification.model.reference.Person;
import org.companyunification.model.reference.Project;
import org.junit.jupiter.api.Test;

class DatabaseScopeTest {

    @DatabaseTest
    void shouldDropAllDataButKeepTheSeededRoles(TestDatabase db) {
        try (DatabaseScope scope = DatabaseScope.of(db)) {
            givenRowsInEveryTable(scope);
            assertThat(rowCounts(scope).values()).allMatch(count -> count > 0);

            scope.dropData();

            assertThat(rowCounts(scope)).allSatisfy((table, count) -> assertThat(count).as(table).isZero());
            assertThat(count(scope, "company_roles")).isEqualTo(6);
        }
    }

    @DatabaseTest(schema = DatabaseTest.Schema.LEGACY)
    void shouldDropTheDataOfADatabaseWithOnlyTheLegacySchema(TestDatabase db) {
        try (DatabaseScope scope = DatabaseScope.of(db)) {
            scope.inJdbc(connection -> execute(connection,
                    "INSERT INTO operators (operator_id, operator_name) VALUES (1, 'TVA')"));

            scope.dropData();

            assertThat(count(scope, "operators")).isZero();
        }
    }

    @Test
    void shouldCreateAndDropItsOwnH2Database() throws SQLException {
        String url;
        try (DatabaseScope scope = DatabaseScope.h2()) {
            url = scope.fromJdbc(connection -> connection.getMetaData().getURL());
            Company saved = UnifiedData.in(scope).company("Holtec International").save();

            String name = scope.fromTransaction(em -> em.find(Company.class, saved.getId()).getName());
            assertThat(name).isEqualTo("Holtec International");
        }

        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                ResultSet tables = connection.getMetaData().getTables(null, null, "COMPANIES", null)) {
            assertThat(tables.next()).as("companies table after close").isFalse();
        }
    }

    @Test
    void shouldRollBackATransactionWhoseWorkThrows() {
        try (DatabaseScope scope = DatabaseScope.h2()) {
            assertThatThrownBy(() -> scope.inTransaction(em -> {
                em.persist(Company.create("Holtec International"));
                em.flush();
                throw new IllegalStateException("boom");
            })).hasMessage("boom");
            assertThatThrownBy(() -> scope.inJdbc(connection -> {
                execute(connection, "INSERT INTO operators (operator_id, operator_name) VALUES (1, 'TVA')");
                throw new SQLException("bang");
            })).isInstanceOf(IllegalStateException.class).hasMessage("JDBC work failed: bang");

            assertThat(count(scope, "companies")).isZero();
            assertThat(count(scope, "operators")).isZero();
        }
    }

    private static void givenRowsInEveryTable(DatabaseScope scope) {
        UnifiedData data = UnifiedData.in(scope);
        Project palisades = data.project("Palisades");
        Person ann = data.person("Ann Lee");
        Company parent = data.company("Holtec International").save();
        Company holtec = data.company("Holtec Decommissioning International")
                .withRoles(RoleCode.VENDOR)
                .onProject(palisades, RoleCode.VENDOR, true)
                .asClient(ClientDetails.of(RelationshipStrength.STRONG, ClientPriority.HIGH))
                .affiliate(ann, "CEO", true)
                .linkedTo(parent, "subsidiary")
                .save();
        scope.inTransaction(em -> {
            BackfillRun run = BackfillRun.start("companies", 50);
            em.persist(run);
            Company company = em.find(Company.class, holtec.getId());
            em.persist(new CompanyOrigin(OriginKey.of("technology_vendors", 1), company, 1L, run));
            em.persist(new AssignmentOrigin(OriginKey.of("technology_vendors", 1),
                    company.getRoleAssignments().get(0), 1L, run));
            em.persist(new AffiliationOrigin(
                    OriginKey.of("personnel_entity_relationships", 1), company.getAffiliations().get(0), 1L, run));
            em.persist(new TechnologyVendor(1, "Holtec"));
            em.persist(new ProjectVendorRelationship(1, palisades.getId(), 1, true, null));
        });
        scope.inJdbc(connection -> {
            execute(connection, "INSERT INTO owners_developers (owner_id, company_name) VALUES (1, 'TVA')");
            execute(connection, "INSERT INTO operators (operator_id, operator_name) VALUES (1, 'TVA')");
            execute(connection, "INSERT INTO constructors (constructor_id, company_name) VALUES (1, 'Bechtel')");
            execute(connection, "INSERT INTO offtakers (offtaker_id, organization_name) VALUES (1, 'Dow')");
            execute(connection, "INSERT INTO clients (client_id, client_name) VALUES (1, 'Dow')");
            for (String table : new String[] {"owner", "operator", "constructor", "offtaker"}) {
                execute(connection, "INSERT INTO project_" + table + "_relationships (relationship_id, project_id, "
                        + table + "_id) VALUES (1, 1, 1)");
            }
            execute(connection, "INSERT INTO personnel_entity_relationships (relationship_id, personnel_id,"
                    + " entity_type, entity_id) VALUES (1, 1, 'vendor', 1)");
            // a merged company, pointing at its survivor, with its merge and a row in each journal table
            execute(connection, "INSERT INTO companies (company_id, company_name, name_key, created_at,"
                    + " merged_into_company_id) VALUES (900001, 'Holtec Intl', 'holtec intl', CURRENT_TIMESTAMP, "
                    + parent.getId() + ")");
            execute(connection, "INSERT INTO company_merges (merge_id, survivor_company_id, merged_company_id,"
                    + " merged_at) VALUES (1, " + parent.getId() + ", 900001, CURRENT_TIMESTAMP)");
            // a pair a person rejected as duplicates
            execute(connection, "INSERT INTO rejected_duplicate_pairs (company_id, other_company_id, rejected_at)"
                    + " VALUES (" + parent.getId() + ", 900001, CURRENT_TIMESTAMP)");
            execute(connection, "INSERT INTO merge_journal_companies (merge_id, image, company_id, company_name,"
                    + " name_key, created_at) VALUES (1, 'B', 900001, 'Holtec Intl', 'holtec intl', CURRENT_TIMESTAMP)");
            execute(connection, "INSERT INTO merge_journal_assignments (merge_id, image, assignment_id, company_id,"
                    + " role_id, is_primary, created_at) VALUES (1, 'B', 1, 900001, 1, FALSE, CURRENT_TIMESTAMP)");
            execute(connection, "INSERT INTO merge_journal_profiles (merge_id, image, company_id, created_at)"
                    + " VALUES (1, 'B', 900001, CURRENT_TIMESTAMP)");
            execute(connection, "INSERT INTO merge_journal_affiliations (merge_id, image, affiliation_id, person_id,"
                    + " company_id, is_primary, created_at) VALUES (1, 'B', 1, 1, 900001, FALSE, CURRENT_TIMESTAMP)");
            execute(connection, "INSERT INTO merge_journal_links (merge_id, image, link_id, company_id,"
                    + " related_company_id, link_type, created_at) VALUES (1, 'B', 1, 900001, 1, 'partner',"
                    + " CURRENT_TIMESTAMP)");
            execute(connection, "INSERT INTO merge_journal_company_origins (merge_id, image, source_table, source_id,"
                    + " company_id, source_hash) VALUES (1, 'B', 'operators', 1, 900001, 1)");
            execute(connection, "INSERT INTO merge_journal_assignment_origins (merge_id, image, source_table,"
                    + " source_id, assignment_id, source_hash) VALUES (1, 'B', 'operators', 1, 1, 1)");
        });
    }

    private static Map<String, Long> rowCounts(DatabaseScope scope) {
        Map<String, Long> counts = new LinkedHashMap<>();
        DatabaseScope.DATA_TABLES.forEach(table -> counts.put(table, count(scope, table)));
        return counts;
    }

    private static long count(DatabaseScope scope, String table) {
        return scope.fromJdbc(connection -> {
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}

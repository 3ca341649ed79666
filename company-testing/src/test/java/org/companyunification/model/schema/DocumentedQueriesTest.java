package org.companyunification.model.schema;

import static com.google.common.base.Preconditions.checkState;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.companyunification.model.schema.UnifiedRows.CONSTRUCTOR;
import static org.companyunification.model.schema.UnifiedRows.DEVELOPER;
import static org.companyunification.model.schema.UnifiedRows.OPERATOR;
import static org.companyunification.model.schema.UnifiedRows.VENDOR;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.TestDatabase;

/**
 * The three queries of the original design document, which applications already run against the unified tables,
 * copied verbatim and run against a migrated database.
 */
class DocumentedQueriesTest {

    private static final String GLOBAL_VENDORS = """
            SELECT c.* FROM companies c
            JOIN company_role_assignments cra ON c.company_id = cra.company_id
            JOIN company_roles cr ON cra.role_id = cr.role_id
            WHERE cr.role_code = 'vendor' AND cra.context_type IS NULL;
            """;

    private static final String COMPANIES_ON_PROJECT = """
            SELECT c.*, cr.role_label FROM companies c
            JOIN company_role_assignments cra ON c.company_id = cra.company_id
            JOIN company_roles cr ON cra.role_id = cr.role_id
            WHERE cra.context_type = 'Project' AND cra.context_id = ?;
            """;

    private static final String GLOBAL_ROLES_BY_COMPANY = """
            SELECT c.company_id, c.company_name, GROUP_CONCAT(cr.role_label) as roles
            FROM companies c
            LEFT JOIN company_role_assignments cra ON c.company_id = cra.company_id
            LEFT JOIN company_roles cr ON cra.role_id = cr.role_id
            WHERE cra.context_type IS NULL
            GROUP BY c.company_id;
            """;

    /**
     * Companies 1 to 6 on projects 1 and 2:
     * 1 Holtec: global vendor and operator, vendor on project 1;
     * 2 NuScale: global vendor;
     * 3 Bechtel: constructor on project 1 only;
     * 4 Dow: no roles at all;
     * 5 Southern Nuclear: global operator, developer on project 1, operator on project 2;
     * 6 Westinghouse: vendor on project 2 only.
     */
    private static void givenCompaniesWithGlobalAndProjectRoles(DataSource dataSource) throws SQLException {
        LocalDateTime created = LocalDateTime.of(2024, 5, 6, 7, 8, 9);
        new UnifiedRows(dataSource)
                .project(1, "Palisades SMR").project(2, "Vogtle Units 3 and 4")
                .company(1, "Holtec International", "USA", created)
                .company(2, "NuScale Power", "USA", created)
                .company(3, "Bechtel", "USA", created)
                .company(4, "Dow Inc.", null, created)
                .company(5, "Southern Nuclear", "USA", created)
                .company(6, "Westinghouse Electric Company", "USA", created)
                .globalRole(1, 1, VENDOR).globalRole(2, 1, OPERATOR).projectRole(3, 1, VENDOR, 1)
                .globalRole(4, 2, VENDOR)
                .projectRole(5, 3, CONSTRUCTOR, 1)
                .globalRole(6, 5, OPERATOR).projectRole(7, 5, OPERATOR, 2).projectRole(8, 5, DEVELOPER, 1)
                .projectRole(9, 6, VENDOR, 2);
    }

    @DatabaseTest(schema = DatabaseTest.Schema.UNIFIED)
    void shouldListTheCompaniesWithTheGlobalVendorRole(TestDatabase db) throws SQLException {
        givenCompaniesWithGlobalAndProjectRoles(db.dataSource());

        List<Map<String, Object>> rows = query(db.dataSource(), GLOBAL_VENDORS);

        assertThat(rows).containsExactlyInAnyOrderElementsOf(companies(db.dataSource(), 1, 2));
    }

    @DatabaseTest(schema = DatabaseTest.Schema.UNIFIED)
    void shouldListTheCompaniesOnAProjectWithTheirRoleThere(TestDatabase db) throws SQLException {
        givenCompaniesWithGlobalAndProjectRoles(db.dataSource());

        List<Map<String, Object>> onProject1 = query(db.dataSource(), COMPANIES_ON_PROJECT, 1L);
        List<Map<String, Object>> onProject2 = query(db.dataSource(), COMPANIES_ON_PROJECT, 2L);

        assertThat(onProject1).containsExactlyInAnyOrder(
                withRoleLabel(company(db.dataSource(), 1), "Technology Vendor"),
                withRoleLabel(company(db.dataSource(), 3), "Constructor"),
                withRoleLabel(company(db.dataSource(), 5), "Owner/Developer"));
        assertThat(onProject2).containsExactlyInAnyOrder(
                withRoleLabel(company(db.dataSource(), 5), "Operator"),
                withRoleLabel(company(db.dataSource(), 6), "Technology Vendor"));
    }

    /**
     * As written, the query keeps companies without any role (their roles are NULL) and drops companies whose only
     * roles are project-scoped (3 and 6): the WHERE on the left-joined assignment removes their rows.
     */
    @DatabaseTest(schema = DatabaseTest.Schema.UNIFIED)
    void shouldAggregateTheGlobalRolesOfEachCompany(TestDatabase db) throws SQLException {
        givenCompaniesWithGlobalAndProjectRoles(db.dataSource());
        String sql = switch (db.vendor()) {
            case H2, MARIADB -> GLOBAL_ROLES_BY_COMPANY;
            case POSTGRESQL -> postgresqlAggregate(GLOBAL_ROLES_BY_COMPANY);
        };

        List<Map<String, Object>> rows = query(db.dataSource(), sql);

        Map<Long, String> names = new HashMap<>();
        Map<Long, Set<String>> roles = new HashMap<>();
        for (Map<String, Object> row : rows) {
            long companyId = ((Number) row.get("company_id")).longValue();
            names.put(companyId, (String) row.get("company_name"));
            String labels = (String) row.get("roles");
            roles.put(companyId, labels == null ? Set.of() : new TreeSet<>(Arrays.asList(labels.split(","))));
        }
        assertThat(rows).hasSize(4);
        assertThat(roles).containsOnly(
                entry(1L, Set.of("Technology Vendor", "Operator")),
                entry(2L, Set.of("Technology Vendor")),
                entry(4L, Set.of()),
                entry(5L, Set.of("Operator")));
        assertThat(rows).filteredOn(row -> ((Number) row.get("company_id")).longValue() == 4)
                .singleElement().satisfies(row -> assertThat(row.get("roles")).isNull());
        assertThat(names).containsOnly(entry(1L, "Holtec International"), entry(2L, "NuScale Power"),
                entry(4L, "Dow Inc."), entry(5L, "Southern Nuclear"));
    }

    /** PostgreSQL has no GROUP_CONCAT; string_agg is its equivalent. Nothing else in the query changes. */
    private static String postgresqlAggregate(String sql) {
        String replaced = sql.replace("GROUP_CONCAT(cr.role_label)", "string_agg(cr.role_label, ',')");
        checkState(!replaced.equals(sql), "the documented query no longer contains GROUP_CONCAT(cr.role_label)");
        return replaced;
    }

    private static List<Map<String, Object>> companies(DataSource dataSource, long... ids) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (long id : ids) {
            rows.add(company(dataSource, id));
        }
        return rows;
    }

    private static Map<String, Object> company(DataSource dataSource, long id) throws SQLException {
        List<Map<String, Object>> rows = query(dataSource, "SELECT * FROM companies WHERE company_id = ?", id);
        assertThat(rows).as("company %s", id).hasSize(1);
        return rows.get(0);
    }

    private static Map<String, Object> withRoleLabel(Map<String, Object> company, String roleLabel) {
        Map<String, Object> row = new LinkedHashMap<>(company);
        row.put("role_label", roleLabel);
        return row;
    }

    /** Runs a query as given, semicolon included, and returns its rows as column label (lower case) to value. */
    private static List<Map<String, Object>> query(DataSource dataSource, String sql, Object... parameters)
            throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet resultSet = statement.executeQuery()) {
                ResultSetMetaData metaData = resultSet.getMetaData();
                while (resultSet.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= metaData.getColumnCount(); i++) {
                        row.put(metaData.getColumnLabel(i).toLowerCase(Locale.ROOT), resultSet.getObject(i));
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }
}

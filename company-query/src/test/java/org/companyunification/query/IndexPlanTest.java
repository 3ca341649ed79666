package org.companyunification.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.companyunification.model.schema.DatabaseVendor;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.TestDatabase;

/**
 * PostgreSQL's plans for the documented queries and the name search use the indexes of the migrations. A test
 * database is small, so a sequential scan would be cheaper; the test turns sequential scans off
 * ({@code SET enable_seqscan = off}) to ask whether an index can serve each access, not whether the planner would
 * prefer it at this size.
 */
class IndexPlanTest {

    @DatabaseTest(vendors = DatabaseVendor.POSTGRESQL)
    void shouldUseIndexesForTheDocumentedQueriesAndTheNameSearch(TestDatabase db) throws Exception {
        try (Connection connection = db.dataSource().getConnection()) {
            // given
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET enable_seqscan = off");
                statement.execute("ANALYZE");
            }

            // when
            String vendors = plan(connection, """
                    SELECT c.* FROM companies c
                    JOIN company_role_assignments cra ON c.company_id = cra.company_id
                    JOIN company_roles cr ON cra.role_id = cr.role_id
                    WHERE cr.role_code = 'vendor' AND cra.context_type IS NULL""");
            String project = plan(connection, """
                    SELECT c.*, cr.role_label FROM companies c
                    JOIN company_role_assignments cra ON c.company_id = cra.company_id
                    JOIN company_roles cr ON cra.role_id = cr.role_id
                    WHERE cra.context_type = 'Project' AND cra.context_id = 42""");
            String roles = plan(connection, """
                    SELECT c.company_id, c.company_name, string_agg(cr.role_label, ',') as roles
                    FROM companies c
                    LEFT JOIN company_role_assignments cra ON c.company_id = cra.company_id
                    LEFT JOIN company_roles cr ON cra.role_id = cr.role_id
                    WHERE cra.context_type IS NULL
                    GROUP BY c.company_id, c.company_name""");
            String search = plan(connection,
                    "SELECT company_id FROM companies WHERE name_key LIKE '%nuscale power%' ESCAPE '!'");

            // then
            assertThat(vendors).doesNotContain("Seq Scan").contains("on company_role_assignments cra")
                    .contains("Index Scan using uq_company_roles_code");
            assertThat(project).doesNotContain("Seq Scan")
                    .containsPattern("Index Scan using \\w+ on company_role_assignments cra");
            assertThat(roles).doesNotContain("Seq Scan on company_role_assignments");
            assertThat(search).doesNotContain("Seq Scan").contains("ix_companies_name_key_trgm");
        }
    }

    private static String plan(Connection connection, String sql) throws Exception {
        StringBuilder plan = new StringBuilder();
        try (PreparedStatement statement = connection.prepareStatement("EXPLAIN " + sql);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                plan.append(rows.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }
}

package org.companyunification.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.companyunification.model.company.Company;
import org.companyunification.model.company.RoleCode;
import org.companyunification.model.reference.Project;
import org.companyunification.model.schema.DatabaseVendor;
import org.companyunification.query.filter.CompanyFilter;
import org.companyunification.query.filter.CompanySort;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.TestDatabase;

/**
 * H2's plans for the lookups of one company read no table whole. PostgreSQL's plans for the documented queries and the name search use the indexes of the migrations. A test
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

    @DatabaseTest(vendors = DatabaseVendor.H2)
    void shouldSeekEveryTableOfALookupByIdOnH2(TestDatabase db) throws Exception {
        try (QueryFixture fixture = new QueryFixture(db)) {
            // given 200 companies, one with roles, people, links both ways and a merged company behind it
            Project project = fixture.data.project("Vogtle");
            for (int i = 0; i < 200; i++) {
                fixture.data.company("Filler " + i).withRoles(RoleCode.VENDOR).save();
            }
            Company partner = fixture.data.company("Westinghouse").save();
            Company company = fixture.data.company("Southern Company").withRoles(RoleCode.DEVELOPER)
                    .onProject(project, RoleCode.DEVELOPER, true).affiliate(fixture.data.person("Ada Byron"), "CEO", true)
                    .linkedTo(partner, "partner").save();
            fixture.data.company("Georgia Power").linkedTo(company, "subsidiary").save();

            // when every statement of the detail and of the roles is explained with the company's id bound
            fixture.recorder.clear();
            assertThat(fixture.query.companyDetail(company.getId())).isPresent();
            assertThat(fixture.query.companyWithRoles(company.getId())).isPresent();
            List<String> statements = List.copyOf(fixture.recorder.statements());
            Map<String, String> plans = new LinkedHashMap<>();
            try (Connection connection = db.dataSource().getConnection()) {
                for (String sql : statements) {
                    plans.put(sql, plan(connection, sql, company.getId()));
                }
            }

            // then no table is read whole: every table or index access names the condition it seeks
            assertThat(statements).hasSize(7);
            assertThat(plans).allSatisfy((sql, plan) -> assertThat(plan).as(sql)
                    .doesNotContainPattern("/\\* PUBLIC\\.\\w+(\\.tableScan)? \\*/"));
        }
    }

    @DatabaseTest(vendors = DatabaseVendor.H2)
    void shouldWalkTheNameKeyIndexForANameSearchPageOnH2(TestDatabase db) throws Exception {
        try (QueryFixture fixture = new QueryFixture(db)) {
            // given
            for (int i = 0; i < 50; i++) {
                fixture.data.company("Filler Power " + i).save();
            }

            // when
            fixture.recorder.clear();
            assertThat(fixture.query.companies(CompanyFilter.all().withNameContaining("power"), CompanySort.NAME,
                    PageRequest.first(20)).items()).hasSize(20);
            String page = fixture.recorder.statements().stream().filter(sql -> sql.contains("fetch first"))
                    .findFirst().orElseThrow();
            String plan;
            try (Connection connection = db.dataSource().getConnection();
                    PreparedStatement statement = connection.prepareStatement("EXPLAIN " + page)) {
                statement.setString(1, "%power%");
                statement.setInt(2, 0);
                statement.setInt(3, 20);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    plan = rows.getString(1);
                }
            }

            // then the page walks the name keys in order and stops, instead of reading and sorting every company
            assertThat(plan).as(page).contains("IX_COMPANIES_NAME_KEY").contains("index sorted")
                    .doesNotContain("MERGED_INTO_INDEX").doesNotContain("IX_COMPANIES_MERGED_INTO");
        }
    }

    /** The plan of a statement whose every parameter is the company id. */
    private static String plan(Connection connection, String sql, long companyId) throws Exception {
        StringBuilder plan = new StringBuilder();
        try (PreparedStatement statement = connection.prepareStatement("EXPLAIN " + sql)) {
            for (int i = 1; i <= statement.getParameterMetaData().getParameterCount(); i++) {
                statement.setLong(i, companyId);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
        }
        return plan.toString();
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

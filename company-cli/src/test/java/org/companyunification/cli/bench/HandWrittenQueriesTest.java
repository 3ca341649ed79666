package org.companyunification.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.companyunification.model.company.RoleCode;
import org.companyunification.query.CompanyQuery;
import org.companyunification.query.PageRequest;
import org.companyunification.query.filter.CompanyFilter;
import org.companyunification.query.filter.CompanySort;
import org.companyunification.query.view.CompanyDetail;
import org.companyunification.query.view.CompanyLinkView;
import org.companyunification.query.view.CompanySummary;
import org.companyunification.sync.Backfill;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.TestDatabase;
import org.companyunification.testing.generator.LegacyDataGenerator;

/**
 * The benchmark compares {@code CompanyQuery} with hand-written JDBC; the comparison means something only when
 * both answer the same: the same companies in the same order, the same detail.
 */
class HandWrittenQueriesTest {

    @DatabaseTest
    void shouldAnswerEachTimedQueryAsCompanyQueryDoes(TestDatabase db) throws Exception {
        // given: generated legacy data, backfilled, with one company linked to another both ways
        new LegacyDataGenerator(3, 0.3).generate(db.dataSource());
        Backfill.configure().dataSource(db.dataSource()).load().run();
        long projectId = first(db, "SELECT context_id FROM company_role_assignments WHERE context_type = 'Project'"
                + " GROUP BY context_id ORDER BY COUNT(*) DESC, context_id");
        long companyId = first(db, "SELECT company_id FROM company_role_assignments WHERE context_type IS NULL"
                + " GROUP BY company_id ORDER BY COUNT(*) DESC, company_id");
        long other = first(db, "SELECT MIN(company_id) FROM companies WHERE company_id <> " + companyId);
        try (Connection connection = db.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO internal_external_links (link_id, company_id, related_company_id,"
                    + " link_type) VALUES (900001, " + companyId + ", " + other + ", 'partner'), (900002, " + other
                    + ", " + companyId + ", 'supplier')");
        }
        HandWrittenQueries jdbc = new HandWrittenQueries(db.dataSource(), db.vendor());

        try (CompanyQuery query = CompanyQuery.configure().dataSource(db.dataSource()).load()) {
            // when / then: the vendors and the companies of a project, in the same order
            List<CompanySummary> vendors = query.companiesWithGlobalRole(RoleCode.VENDOR);
            assertThat(vendors).hasSizeGreaterThan(10);
            assertThat(jdbc.vendors()).extracting(HandWrittenQueries.CompanyRow::id)
                    .containsExactlyElementsOf(vendors.stream().map(CompanySummary::id).toList());
            assertThat(jdbc.companiesOfProject(projectId)).extracting(row -> row.company().id())
                    .containsExactlyElementsOf(query.companiesOfProject(projectId).stream()
                            .map(company -> company.company().id()).toList())
                    .isNotEmpty();

            // the name search: the same page and total
            String search = text(db, "SELECT name_key FROM companies WHERE company_id = " + vendors.get(0).id())
                    .substring(0, 3);
            var page = query.companies(CompanyFilter.all().withNameContaining(search), CompanySort.NAME,
                    PageRequest.first(50));
            HandWrittenQueries.CompanyPage handWritten = jdbc.nameSearch("%" + search + "%");
            assertThat(handWritten.total()).isEqualTo(page.totalCount()).isPositive();
            assertThat(handWritten.items()).extracting(item -> item.company().id())
                    .containsExactlyElementsOf(page.items().stream().map(item -> item.company().id()).toList());

            // the detail: the same roles with the same project names, people, links (both ways) and legacy rows
            CompanyDetail detail = query.companyDetail(companyId).orElseThrow();
            HandWrittenQueries.Detail written = jdbc.detail(companyId).orElseThrow();
            assertThat(written.company().id()).isEqualTo(detail.company().id());
            assertThat(written.roles()).hasSize(detail.globalRoles().size() + detail.projectRoles().size());
            assertThat(written.roles()).filteredOn(role -> role.projectId() != null)
                    .extracting(HandWrittenQueries.RoleRow::projectName)
                    .containsExactlyInAnyOrderElementsOf(detail.projectRoles().stream()
                            .map(role -> role.project().name()).toList())
                    .isNotEmpty();
            assertThat(written.people()).hasSize(detail.currentAffiliations().size()
                    + detail.pastAffiliations().size());
            assertThat(written.links()).extracting(HandWrittenQueries.LinkRow::id)
                    .containsExactlyElementsOf(detail.links().stream().map(CompanyLinkView::id).toList())
                    .containsExactly(900001L, 900002L);
            assertThat(written.origins()).hasSize(detail.origins().size()).isNotEmpty();
        }
    }

    private static long first(TestDatabase db, String sql) throws SQLException {
        return Long.parseLong(text(db, sql));
    }

    private static String text(TestDatabase db, String sql) throws SQLException {
        try (Connection connection = db.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            assertThat(rs.next()).as(sql).isTrue();
            return rs.getString(1);
        }
    }
}

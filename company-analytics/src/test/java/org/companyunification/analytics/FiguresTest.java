package org.companyunification.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.companyunification.model.company.RoleCode.CLIENT;
import static org.companyunification.model.company.RoleCode.CONSTRUCTOR;
import static org.companyunification.model.company.RoleCode.DEVELOPER;
import static org.companyunification.model.company.RoleCode.OFFTAKER;
import static org.companyunification.model.company.RoleCode.OPERATOR;
import static org.companyunification.model.company.RoleCode.VENDOR;

import java.util.Set;
import org.companyunification.analytics.figures.ClientPipeline;
import org.companyunification.analytics.figures.Dashboard;
import org.companyunification.analytics.figures.ProjectRoleCount;
import org.companyunification.analytics.figures.ProjectRoleCoverage;
import org.companyunification.analytics.figures.RoleCombination;
import org.companyunification.analytics.figures.RoleCount;
import org.companyunification.analytics.figures.TopCompany;
import org.companyunification.analytics.figures.ValueCount;
import org.companyunification.model.company.ClientPriority;
import org.companyunification.model.company.RelationshipStrength;
import org.companyunification.testing.DatabaseScope;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.SqlRecorder;
import org.companyunification.testing.TestDatabase;

/** Each figure against the {@link AnalyticsFixture}, whose right answers are worked out by hand there. */
class FiguresTest {

    @DatabaseTest
    void shouldCountTheCompaniesHoldingEachGlobalRole(TestDatabase db) {
        try (AnalyticsFixture fixture = new AnalyticsFixture(db)) {
            assertThat(fixture.analytics().companiesByGlobalRole()).extracting(RoleCount::role, RoleCount::companies)
                    .containsExactly(tuple(VENDOR, 2L), tuple(DEVELOPER, 1L), tuple(OPERATOR, 2L),
                            tuple(CONSTRUCTOR, 1L), tuple(OFFTAKER, 1L), tuple(CLIENT, 3L));
        }
    }

    @DatabaseTest
    void shouldCountTheProjectAssignmentsOfEachRole(TestDatabase db) {
        try (AnalyticsFixture fixture = new AnalyticsFixture(db)) {
            assertThat(fixture.analytics().projectAssignmentsByRole()).containsExactly(
                    new ProjectRoleCount(VENDOR, 2, 1, 1, 2), new ProjectRoleCount(DEVELOPER, 2, 2, 1, 2),
                    new ProjectRoleCount(OPERATOR, 2, 1, 2, 2), new ProjectRoleCount(CONSTRUCTOR, 1, 0, 1, 1),
                    new ProjectRoleCount(OFFTAKER, 0, 0, 0, 0), new ProjectRoleCount(CLIENT, 0, 0, 0, 0));
        }
    }

    @DatabaseTest
    void shouldCountHowOftenEachCombinationOfGlobalRolesOccurs(TestDatabase db) {
        try (AnalyticsFixture fixture = new AnalyticsFixture(db)) {
            Analytics analytics = fixture.analytics();

            assertThat(analytics.roleCombinations()).containsExactly(new RoleCombination(Set.of(CLIENT), 2),
                    new RoleCombination(Set.of(VENDOR, OPERATOR), 2), new RoleCombination(Set.of(CONSTRUCTOR), 1),
                    new RoleCombination(Set.of(DEVELOPER), 1), new RoleCombination(Set.of(OFFTAKER, CLIENT), 1));
            assertThat(analytics.multiRoleCompanies()).isEqualTo(3);
        }
    }

    @DatabaseTest
    void shouldCountTheCompaniesByCountryAndByType(TestDatabase db) {
        try (AnalyticsFixture fixture = new AnalyticsFixture(db)) {
            Analytics analytics = fixture.analytics();

            assertThat(analytics.companiesByCountry()).containsExactly(new ValueCount("US", 3),
                    new ValueCount("DE", 2), new ValueCount("FR", 2), new ValueCount(null, 1));
            assertThat(analytics.companiesByType()).containsExactly(new ValueCount(null, 4),
                    new ValueCount("Utility", 3), new ValueCount("Contractor", 1));
        }
    }

    @DatabaseTest
    void shouldCountTheProjectsWithAndWithoutEachRoleFilled(TestDatabase db) {
        try (AnalyticsFixture fixture = new AnalyticsFixture(db)) {
            assertThat(fixture.analytics().projectRoleCoverage())
                    .extracting(ProjectRoleCoverage::role, ProjectRoleCoverage::withRole,
                            ProjectRoleCoverage::withoutRole)
                    .containsExactly(tuple(VENDOR, 2L, 2L), tuple(DEVELOPER, 2L, 2L), tuple(OPERATOR, 2L, 2L),
                            tuple(CONSTRUCTOR, 1L, 3L), tuple(OFFTAKER, 0L, 4L), tuple(CLIENT, 0L, 4L));
        }
    }

    @DatabaseTest
    void shouldCountTheClientPipelineByPriorityAndStrength(TestDatabase db) {
        try (AnalyticsFixture fixture = new AnalyticsFixture(db)) {
            ClientPipeline pipeline = fixture.analytics().clientPipeline();

            assertThat(pipeline.cells()).hasSize(2);
            assertThat(pipeline.count(ClientPriority.HIGH, RelationshipStrength.STRONG)).isEqualTo(2);
            assertThat(pipeline.count(ClientPriority.LOW, RelationshipStrength.NEW)).isEqualTo(1);
            assertThat(pipeline.count(ClientPriority.MEDIUM, RelationshipStrength.WEAK)).isZero();
            assertThat(pipeline.total()).isEqualTo(3);
        }
    }

    @DatabaseTest
    void shouldRankTheCompaniesOnTheMostProjectsForEachRole(TestDatabase db) {
        try (AnalyticsFixture fixture = new AnalyticsFixture(db)) {
            assertThat(fixture.analytics().topCompaniesByProjects(5))
                    .extracting(TopCompany::role, TopCompany::rank, TopCompany::companyName, TopCompany::projects)
                    .containsExactly(tuple(VENDOR, 1, "Atlas", 2L), tuple(DEVELOPER, 1, "Borealis", 2L),
                            tuple(OPERATOR, 1, "Atlas", 1L), tuple(OPERATOR, 2, "Cobalt", 1L),
                            tuple(CONSTRUCTOR, 1, "Delphi", 1L));
            assertThat(fixture.analytics().topCompaniesByProjects(1)).extracting(TopCompany::companyName)
                    .containsExactly("Atlas", "Borealis", "Atlas", "Delphi");
        }
    }

    @DatabaseTest
    void shouldReadTheWholeDashboardInOneCallWithAStatementPerFigure(TestDatabase db) {
        try (AnalyticsFixture fixture = new AnalyticsFixture(db)) {
            SqlRecorder recorder = SqlRecorder.wrap(db.dataSource());
            Analytics analytics = Analytics.configure().dataSource(recorder.dataSource()).load();

            Dashboard dashboard = analytics.dashboard();

            assertThat(dashboard.companies()).isEqualTo(8);
            assertThat(dashboard.projects()).isEqualTo(4);
            assertThat(dashboard.links()).isEqualTo(2);
            assertThat(dashboard.multiRoleCompanies()).isEqualTo(3);
            assertThat(dashboard.companiesByGlobalRole()).isEqualTo(analytics.companiesByGlobalRole());
            assertThat(dashboard.projectAssignmentsByRole()).isEqualTo(analytics.projectAssignmentsByRole());
            assertThat(dashboard.roleCombinations()).isEqualTo(analytics.roleCombinations());
            assertThat(dashboard.companiesByCountry()).isEqualTo(analytics.companiesByCountry());
            assertThat(dashboard.companiesByType()).isEqualTo(analytics.companiesByType());
            assertThat(dashboard.projectRoleCoverage()).isEqualTo(analytics.projectRoleCoverage());
            assertThat(dashboard.clientPipeline()).isEqualTo(analytics.clientPipeline());
            assertThat(dashboard.topCompanies()).isEqualTo(analytics.topCompaniesByProjects(5));
            recorder.clear();
            analytics.dashboard();
            assertThat(recorder.statements()).hasSize(12)
                    .allSatisfy(sql -> assertThat(sql.toUpperCase()).containsAnyOf("COUNT(", "ROW_NUMBER"));
        }
    }

    @DatabaseTest
    void shouldReadThroughAnAppsEntityManagerInItsTransaction(TestDatabase db) {
        try (AnalyticsFixture fixture = new AnalyticsFixture(db)) {
            DatabaseScope scope = fixture.scope;

            long companies = scope.fromTransaction(em -> Analytics.using(em).dashboard().companies());

            assertThat(companies).isEqualTo(8);
        }
    }

    @DatabaseTest
    void shouldReportZerosOnAnEmptyDatabase(TestDatabase db) {
        try (DatabaseScope scope = DatabaseScope.of(db)) {
            Dashboard dashboard = Analytics.configure().dataSource(scope.dataSource()).load().dashboard();

            assertThat(dashboard.companies()).isZero();
            assertThat(dashboard.companiesByGlobalRole()).extracting(RoleCount::companies).containsOnly(0L);
            assertThat(dashboard.projectRoleCoverage()).extracting(ProjectRoleCoverage::withoutRole).containsOnly(0L);
            assertThat(dashboard.roleCombinations()).isEmpty();
            assertThat(dashboard.topCompanies()).isEmpty();
            assertThat(dashboard.clientPipeline().total()).isZero();
        }
    }
}

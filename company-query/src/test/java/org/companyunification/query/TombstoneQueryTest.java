package org.companyunification.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import org.companyunification.model.company.Company;
import org.companyunification.model.company.RoleCode;
import org.companyunification.model.reference.Project;
import org.companyunification.query.filter.CompanyFilter;
import org.companyunification.query.filter.CompanySort;
import org.companyunification.query.view.CompanyListItem;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.TestDatabase;

class TombstoneQueryTest {

    @DatabaseTest
    void shouldAnswerForTheSurvivorWhenAskedAboutAMergedCompany(TestDatabase db) {
        try (QueryFixture fixture = new QueryFixture(db)) {
            // given PG&E merged into Pacific Gas and Electric: a tombstone pointing at the survivor
            Project diablo = fixture.data.project("Diablo Canyon");
            Company survivor = fixture.data.company("Pacific Gas and Electric").withRoles(RoleCode.DEVELOPER)
                    .onProject(diablo, RoleCode.OPERATOR, true).save();
            Company tombstone = fixture.data.company("PG&E").save();
            fixture.data.company("Edison International").withRoles(RoleCode.VENDOR).save();
            mergeInto(fixture, tombstone.getId(), survivor.getId());

            // when
            var detail = fixture.query.companyDetail(tombstone.getId()).orElseThrow();
            var roles = fixture.query.companyWithRoles(tombstone.getId()).orElseThrow();
            int detailStatements = fixture.statementsOf(() -> fixture.query.companyDetail(tombstone.getId()));
            int roleStatements = fixture.statementsOf(() -> fixture.query.companyWithRoles(tombstone.getId()));

            // then
            assertThat(detail.company().id()).isEqualTo(survivor.getId());
            assertThat(detail.globalRoles()).containsExactly(RoleCode.DEVELOPER);
            assertThat(detail.projectRoles()).singleElement().satisfies(r -> assertThat(r.role())
                    .isEqualTo(RoleCode.OPERATOR));
            assertThat(roles.company().name()).isEqualTo("Pacific Gas and Electric");
            assertThat(roles.projectRoles()).hasSize(1);
            assertThat(detailStatements).isEqualTo(5);
            assertThat(roleStatements).isEqualTo(2);
            assertThat(fixture.query.companyDetail(survivor.getId())).contains(detail);
            assertThat(fixture.query.companyDetail(987_654)).isEmpty();
        }
    }

    @DatabaseTest
    void shouldLeaveMergedCompaniesOutOfTheLists(TestDatabase db) {
        try (QueryFixture fixture = new QueryFixture(db)) {
            // given
            Company survivor = fixture.data.company("Pacific Gas and Electric").withRoles(RoleCode.DEVELOPER).save();
            Company tombstone = fixture.data.company("PG&E").save();
            mergeInto(fixture, tombstone.getId(), survivor.getId());

            // when / then
            assertThat(fixture.query.companies(CompanyFilter.all(), CompanySort.NAME, PageRequest.first(50))
                    .items()).extracting(item -> item.company().id()).containsExactly(survivor.getId());
            assertThat(fixture.query.companies(CompanyFilter.all(), CompanySort.NAME, PageRequest.first(50))
                    .totalCount()).isEqualTo(1);
            assertThat(fixture.query.streamCompanies(CompanyFilter.all(), CompanySort.NAME, 10)
                    .map(CompanyListItem::company)).extracting(c -> c.id()).containsExactly(survivor.getId());
            assertThat(fixture.query.companiesWithGlobalRoles()).extracting(r -> r.company().id())
                    .containsExactly(survivor.getId());
        }
    }

    @DatabaseTest
    void shouldResolveAMergedCompanysIdThroughTheModel(TestDatabase db) {
        try (QueryFixture fixture = new QueryFixture(db)) {
            // given
            Company survivor = fixture.data.company("Pacific Gas and Electric").save();
            Company tombstone = fixture.data.company("PG&E").save();
            mergeInto(fixture, tombstone.getId(), survivor.getId());

            // when / then
            fixture.scope.inTransaction(em -> {
                assertThat(Company.resolve(em, tombstone.getId())).contains(em.find(Company.class, survivor.getId()));
                assertThat(Company.resolve(em, survivor.getId()).orElseThrow().isTombstone()).isFalse();
                assertThat(em.find(Company.class, tombstone.getId()).getMergedIntoId()).hasValue(survivor.getId());
                assertThat(Company.resolve(em, 987_654)).isEmpty();
            });
        }
    }

    /** Makes a company a tombstone of another, as company-sync's merge leaves it. */
    private static void mergeInto(QueryFixture fixture, long merged, long survivor) {
        fixture.scope.inJdbc(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "UPDATE companies SET merged_into_company_id = ? WHERE company_id = ?")) {
                statement.setLong(1, survivor);
                statement.setLong(2, merged);
                statement.executeUpdate();
            }
        });
    }
}

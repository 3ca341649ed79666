package org.companyunification.query;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.companyunification.model.company.ClientDetails;
import org.companyunification.model.company.ClientPriority;
import org.companyunification.model.company.Company;
import org.companyunification.model.company.RelationshipStrength;
import org.companyunification.model.company.RoleCode;
import org.companyunification.model.persistence.CompanyPersistence;
import org.companyunification.model.reference.Person;
import org.companyunification.model.reference.Project;
import org.companyunification.query.filter.CompanyFilter;
import org.companyunification.query.filter.CompanySort;
import org.companyunification.query.filter.RoleMatch;
import org.companyunification.testing.DatabaseScope;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.TestDatabase;
import org.companyunification.testing.UnifiedData;
import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.stat.Statistics;

/**
 * Hibernate translates each query once per factory: later calls, with other values, find their statement in the
 * query plan cache; and threads share the prepared queries.
 */
class TranslationCacheTest {

    @DatabaseTest
    void shouldTranslateEachQueryOnceWhateverTheValues(TestDatabase db) throws Exception {
        try (DatabaseScope scope = DatabaseScope.of(db);
                EntityManagerFactory factory = CompanyPersistence.createEntityManagerFactory(db.dataSource(),
                        CompanyPersistence.Options.defaults().withoutLegacyEntities()
                                .withProperty("hibernate.generate_statistics", true))) {
            // given
            UnifiedData data = UnifiedData.in(scope);
            Project first = data.project("First");
            Project second = data.project("Second");
            long[] ids = new long[2];
            scope.inTransaction(em -> {
                Person person = new Person(1L, "Jane Doe");
                em.persist(person);
                for (int i = 0; i < 2; i++) {
                    Company company = Company.create(i == 0 ? "Holtec International" : "NuScale Power");
                    company.assignGlobalRole(i == 0 ? RoleCode.VENDOR : RoleCode.OPERATOR);
                    company.assignProjectRole(RoleCode.VENDOR, em.merge(i == 0 ? first : second), true, null);
                    company.setClientProfile(ClientDetails.of(RelationshipStrength.STRONG, ClientPriority.HIGH));
                    company.affiliate(person, "Engineer", false);
                    em.persist(company);
                    ids[i] = company.getId();
                }
            });
            CompanyQuery query = CompanyQuery.using(factory);
            Statistics statistics = factory.unwrap(SessionFactory.class).getStatistics();

            // when: every method with one set of values, then with another
            askEverything(query, first.getId(), ids[0], RoleCode.VENDOR, "holtec");
            long translated = statistics.getQueryPlanCacheMissCount();
            long executed = statistics.getQueryExecutionCount();
            long found = statistics.getQueryPlanCacheHitCount();
            long executedAsHql = hqlExecutions(statistics);
            askEverything(query, second.getId(), ids[1], RoleCode.OPERATOR, "nuscale");

            // then: nothing was translated again, and every statement of the second round came from the plan
            // cache: one hit a criteria query, two an HQL statement (its interpretation, then its plan). A query
            // Hibernate will not cache, such as one with a role parameter that may take a list, counts neither
            // hit nor miss, and so would leave the hits short.
            long calls = statistics.getQueryExecutionCount() - executed;
            long hqlCalls = hqlExecutions(statistics) - executedAsHql;
            assertThat(translated).isPositive();
            assertThat(statistics.getQueryPlanCacheMissCount()).isEqualTo(translated);
            assertThat(hqlCalls).isPositive().isLessThan(calls);
            assertThat(statistics.getQueryPlanCacheHitCount() - found).isEqualTo(calls + hqlCalls);
        }
    }

    @DatabaseTest
    void shouldNotCopyItsQueriesPerCallSoTheyAreCachedWithoutTheCriteriaPlanCache(TestDatabase db) throws Exception {
        // with Jakarta Persistence's copying of criteria trees on and the criteria plan cache off, Hibernate
        // would translate a copied query again on every call
        try (DatabaseScope scope = DatabaseScope.of(db);
                EntityManagerFactory factory = CompanyPersistence.createEntityManagerFactory(db.dataSource(),
                        CompanyPersistence.Options.defaults().withoutLegacyEntities()
                                .withProperty("hibernate.generate_statistics", true)
                                .withProperty("hibernate.criteria.plan_cache_enabled", false));
                EntityManager appEntityManager = factory.createEntityManager()) {
            // given
            long[] companyId = new long[1];
            scope.inTransaction(em -> {
                Company company = Company.create("Holtec International");
                company.assignGlobalRole(RoleCode.VENDOR);
                em.persist(company);
                companyId[0] = company.getId();
            });
            Statistics statistics = factory.unwrap(SessionFactory.class).getStatistics();
            SharedSessionContractImplementor appSession =
                    appEntityManager.unwrap(SharedSessionContractImplementor.class);
            assertThat(appSession.isCriteriaCopyTreeEnabled()).isTrue();

            // when: the same questions three times, through a factory and through the app's entity manager
            for (CompanyQuery query : List.of(CompanyQuery.using(factory), CompanyQuery.using(appEntityManager))) {
                for (int i = 0; i < 3; i++) {
                    assertThat(query.companiesWithGlobalRole(RoleCode.VENDOR)).hasSize(1);
                    assertThat(query.companyDetail(companyId[0])).isPresent();
                }
            }
            long translated = statistics.getQueryPlanCacheMissCount();
            long found = statistics.getQueryPlanCacheHitCount();
            CompanyQuery.using(factory).companiesWithGlobalRole(RoleCode.VENDOR);
            CompanyQuery.using(appEntityManager).companiesWithGlobalRole(RoleCode.VENDOR);

            // then: both calls found their statement in the cache, nothing was translated again, and the app's own
            // setting is as it was
            assertThat(statistics.getQueryPlanCacheHitCount()).isEqualTo(found + 2);
            assertThat(statistics.getQueryPlanCacheMissCount()).isEqualTo(translated);
            assertThat(appSession.isCriteriaCopyTreeEnabled()).isTrue();
        }
    }

    @DatabaseTest
    void shouldAnswerFromSeveralThreadsAtOnce(TestDatabase db) throws Exception {
        try (DatabaseScope scope = DatabaseScope.of(db);
                CompanyQuery query = CompanyQuery.configure().dataSource(db.dataSource()).load()) {
            // given: ten vendors on a project
            UnifiedData data = UnifiedData.in(scope);
            Project project = data.project("Palisades");
            scope.inTransaction(em -> {
                for (int i = 0; i < 10; i++) {
                    Company company = Company.create("Vendor " + i);
                    company.assignGlobalRole(RoleCode.VENDOR);
                    company.assignProjectRole(RoleCode.VENDOR, em.merge(project), i == 0, null);
                    em.persist(company);
                }
            });

            // when: four threads ask the same questions with other values, fifty times each
            ExecutorService threads = Executors.newFixedThreadPool(4);
            List<Future<List<Integer>>> answers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                answers.add(threads.submit(() -> {
                    List<Integer> sizes = new ArrayList<>();
                    for (int i = 0; i < 50; i++) {
                        sizes.add(query.companiesOfProject(project.getId() + (i + thread) % 2).size());
                        sizes.add(query.companies(CompanyFilter.all().withNameContaining("vendor " + (i % 10)),
                                CompanySort.NAME, PageRequest.first(5)).items().size());
                    }
                    return sizes;
                }));
            }
            threads.shutdown();

            // then: the project's ten companies or none (no such project), and one company per name
            for (int t = 0; t < 4; t++) {
                List<Integer> sizes = answers.get(t).get();
                for (int i = 0; i < 50; i++) {
                    assertThat(sizes.get(2 * i)).isEqualTo((i + t) % 2 == 0 ? 10 : 0);
                    assertThat(sizes.get(2 * i + 1)).isEqualTo(1);
                }
            }
        }
    }

    /**
     * The statements run from HQL so far. Hibernate's statistics name a criteria query's execution {@code
     * [CRITERIA] } and its SQL, an HQL statement's by its HQL.
     */
    private static long hqlExecutions(Statistics statistics) {
        long executions = 0;
        for (String queryString : statistics.getQueries()) {
            if (!queryString.startsWith("[CRITERIA]") && !queryString.equals("<criteria>")) {
                executions += statistics.getQueryStatistics(queryString).getExecutionCount();
            }
        }
        return executions;
    }

    private static void askEverything(CompanyQuery query, long projectId, long companyId, RoleCode role,
            String name) {
        List<Consumer<CompanyQuery>> calls = List.of(
                q -> assertThat(q.companiesWithGlobalRole(role)).hasSize(1),
                q -> assertThat(q.companiesWithRoleAnywhere(role)).isNotEmpty(),
                q -> assertThat(q.companiesWithRoleOnProject(RoleCode.VENDOR, projectId)).hasSize(1),
                q -> assertThat(q.companiesOfProject(projectId)).hasSize(1),
                q -> assertThat(q.companiesWithGlobalRoles()).hasSize(2),
                q -> assertThat(q.companyWithRoles(companyId)).isPresent(),
                q -> assertThat(q.companyDetail(companyId)).isPresent(),
                q -> assertThat(q.projectsOfCompany(companyId, RoleCode.VENDOR)).hasSize(1),
                q -> assertThat(q.clients()).hasSize(2),
                q -> assertThat(q.peopleOfCompany(companyId)).hasSize(1),
                q -> assertThat(q.companies(CompanyFilter.all().withRoles(RoleMatch.ANY, role, RoleCode.CLIENT)
                        .withNameContaining(name), CompanySort.NAME, PageRequest.first(10)).items()).hasSize(1),
                q -> assertThat(q.companies(CompanyFilter.all(), CompanySort.ID, PageRequest.first(10))
                        .items()).hasSize(2),
                q -> assertThat(q.companiesAfter(CompanyFilter.all().onlyClients(), CompanySort.NAME,
                        Optional.empty(), 1).items()).hasSize(1));
        calls.forEach(call -> call.accept(query));
    }
}

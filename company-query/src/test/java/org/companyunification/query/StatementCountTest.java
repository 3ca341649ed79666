package org.companyunification.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.companyunification.model.company.ClientDetails;
import org.companyunification.model.company.ClientPriority;
import org.companyunification.model.company.Company;
import org.companyunification.model.company.RelationshipStrength;
import org.companyunification.model.company.RoleCode;
import org.companyunification.model.reference.Person;
import org.companyunification.model.reference.Project;
import org.companyunification.query.filter.CompanyFilter;
import org.companyunification.query.filter.CompanySort;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.TestDatabase;

/** Each method sends as many statements for a result of 500 rows as for a result of one. */
class StatementCountTest {

    @DatabaseTest
    void shouldSendTheSameNumberOfStatementsForOneRowAndForFiveHundred(TestDatabase db) {
        try (QueryFixture fixture = new QueryFixture(db)) {
            // given
            Map<String, Integer> one = count(fixture, 1);
            fixture.scope.dropData();

            // when
            Map<String, Integer> many = count(fixture, 500);

            // then
            assertThat(many).isEqualTo(one);
            assertThat(one).containsEntry("companiesWithGlobalRole", 1).containsEntry("companiesOfProject", 1)
                    .containsEntry("companies", 3).containsEntry("companiesAfter", 2)
                    .containsEntry("companyDetail", 5).containsEntry("companyWithRoles", 2)
                    .containsEntry("clients", 1).containsEntry("peopleOfCompany", 1);
        }
    }

    private static Map<String, Integer> count(QueryFixture fixture, int size) {
        Project project = fixture.data.project("Project of " + size);
        Company parent = fixture.data.company("Parent of " + size).save();
        long[] ids = new long[1];
        fixture.scope.inTransaction(em -> {
            Person[] people = new Person[size];
            for (int i = 0; i < size; i++) {
                people[i] = new Person(100_000L + i, "Person " + i);
                em.persist(people[i]);
            }
            Company hub = Company.create("Hub " + size);
            hub.assignGlobalRole(RoleCode.VENDOR);
            em.persist(hub);
            for (int i = 0; i < size; i++) {
                Company company = i == 0 ? hub : Company.create("Company " + i);
                if (i > 0) {
                    company.assignGlobalRole(RoleCode.VENDOR);
                }
                company.assignProjectRole(RoleCode.VENDOR, project, i % 2 == 0, null);
                company.setClientProfile(ClientDetails.of(RelationshipStrength.STRONG, ClientPriority.HIGH));
                em.persist(company);
                hub.affiliate(people[i], "Engineer", false);
            }
            hub.linkTo(em.merge(parent), org.companyunification.model.company.LinkType.of("subsidiary"), null);
            ids[0] = hub.getId();
        });
        long hub = ids[0];
        Map<String, Integer> counts = new LinkedHashMap<>();
        CompanyQuery query = fixture.query;
        counts.put("companiesWithGlobalRole", fixture.statementsOf(() -> assertThat(
                query.companiesWithGlobalRole(RoleCode.VENDOR)).hasSize(size)));
        counts.put("companiesWithRoleOnProject", fixture.statementsOf(() -> assertThat(
                query.companiesWithRoleOnProject(RoleCode.VENDOR, project.getId())).hasSize(size)));
        counts.put("companiesWithRoleAnywhere", fixture.statementsOf(() -> assertThat(
                query.companiesWithRoleAnywhere(RoleCode.VENDOR)).hasSize(size)));
        counts.put("companiesOfProject", fixture.statementsOf(() -> assertThat(
                query.companiesOfProject(project.getId())).hasSize(size)));
        counts.put("companiesWithGlobalRoles", fixture.statementsOf(() -> assertThat(
                query.companiesWithGlobalRoles()).hasSize(size + 1)));
        counts.put("companies", fixture.statementsOf(() -> assertThat(query.companies(
                CompanyFilter.all().onlyClients(), CompanySort.NAME, PageRequest.first(500)).items()).hasSize(size)));
        counts.put("companiesAfter", fixture.statementsOf(() -> assertThat(query.companiesAfter(
                CompanyFilter.all().onlyClients(), CompanySort.NAME, java.util.Optional.empty(), 500).items())
                .hasSize(size)));
        counts.put("companyDetail", fixture.statementsOf(() -> assertThat(
                query.companyDetail(hub).orElseThrow().currentAffiliations()).hasSize(size)));
        counts.put("companyWithRoles", fixture.statementsOf(() -> assertThat(
                query.companyWithRoles(hub).orElseThrow().globalRoles()).hasSize(1)));
        counts.put("clients", fixture.statementsOf(() -> assertThat(query.clients()).hasSize(size)));
        counts.put("peopleOfCompany", fixture.statementsOf(() -> assertThat(
                query.peopleOfCompany(hub)).hasSize(size)));
        counts.put("projectsOfCompany", fixture.statementsOf(() -> assertThat(
                query.projectsOfCompany(hub, RoleCode.VENDOR)).hasSize(1)));
        return counts;
    }
}

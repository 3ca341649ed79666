package org.companyunification.model.origin;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.Statement;
import org.companyunification.model.company.Company;
import org.companyunification.model.company.PersonAffiliation;
import org.companyunification.model.company.RoleAssignment;
import org.companyunification.model.company.RoleCode;
import org.companyunification.model.reference.Person;
import org.companyunification.testing.DatabaseScope;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.TestDatabase;
import org.companyunification.testing.UnifiedData;

class OriginStorageTest {

    @DatabaseTest
    void shouldNumberRunsOneByOne(TestDatabase db) {
        try (DatabaseScope scope = DatabaseScope.of(db)) {
            long first = scope.fromTransaction(em -> {
                BackfillRun run = BackfillRun.start("companies", 50);
                em.persist(run);
                return run.getId();
            });
            long second = scope.fromTransaction(em -> {
                BackfillRun run = BackfillRun.start("companies", 50);
                em.persist(run);
                run.complete("nothing to do");
                return run.getId();
            });

            assertThat(second).isEqualTo(first + 1);
            scope.inTransaction(em -> {
                BackfillRun run = em.find(BackfillRun.class, second);
                assertThat(run.getStatus()).isEqualTo(RunStatus.COMPLETED);
                assertThat(run.getSummary()).contains("nothing to do");
            });
        }
    }

    @DatabaseTest
    void shouldRecordWhereCompaniesAssignmentsAndAffiliationsCameFrom(TestDatabase db) {
        try (DatabaseScope scope = DatabaseScope.of(db)) {
            Person ann = UnifiedData.in(scope).person("Ann Lee");
            long runId = scope.fromTransaction(em -> {
                BackfillRun run = BackfillRun.start("companies,assignments,affiliations", 50);
                em.persist(run);
                Company company = Company.create("NuScale Power");
                company.markCreatedByRun(run.getId());
                RoleAssignment vendor = company.assignGlobalRole(RoleCode.VENDOR);
                PersonAffiliation affiliation = company.affiliate(em.find(Person.class, ann.getId()), "CEO", true);
                em.persist(company);
                CompanyOrigin origin = new CompanyOrigin(OriginKey.of("technology_vendors", 4), company, 11L, run);
                origin.recordSource(" NuScale Power ", "{\"reactor_type\":\"VOYGR\"}");
                em.persist(origin);
                em.persist(new AssignmentOrigin(OriginKey.of("technology_vendors", 4), vendor, 12L, run));
                em.persist(new AffiliationOrigin(OriginKey.of("personnel_entity_relationships", 9), affiliation,
                        13L, run));
                return run.getId();
            });

            scope.inTransaction(em -> {
                CompanyOrigin origin = em.find(CompanyOrigin.class, OriginKey.of("technology_vendors", 4));
                assertThat(origin.getCompany().getName()).isEqualTo("NuScale Power");
                assertThat(origin.getCompany().getCreatedByRun()).hasValue(runId);
                assertThat(origin.getSourceName()).contains(" NuScale Power ");
                assertThat(origin.getSourceValues()).contains("{\"reactor_type\":\"VOYGR\"}");
                assertThat(origin.getSourceHash()).isEqualTo(11L);
                assertThat(origin.getRun().map(BackfillRun::getId)).contains(runId);
                AssignmentOrigin assignment = em.find(AssignmentOrigin.class,
                        OriginKey.of("technology_vendors", 4));
                assertThat(assignment.getAssignment().getRole()).isEqualTo(RoleCode.VENDOR);
                AffiliationOrigin affiliation = em.find(AffiliationOrigin.class,
                        OriginKey.of("personnel_entity_relationships", 9));
                assertThat(affiliation.getAffiliation().getTitle()).contains("CEO");
            });
            assertThat(scope.<Long>fromJdbc(connection -> {
                try (Statement statement = connection.createStatement();
                        ResultSet rows = statement.executeQuery("SELECT created_by_run FROM companies")) {
                    rows.next();
                    return rows.getLong(1);
                }
            })).isEqualTo(runId);
        }
    }

    @DatabaseTest
    void shouldPointAnOriginAtTheCompanyItWasMergedInto(TestDatabase db) {
        try (DatabaseScope scope = DatabaseScope.of(db)) {
            UnifiedData data = UnifiedData.in(scope);
            Company duplicate = data.company("NUSCALE POWER LLC").save();
            Company survivor = data.company("NuScale Power").save();
            scope.inTransaction(em -> em.persist(new CompanyOrigin(OriginKey.of("clients", 2),
                    em.find(Company.class, duplicate.getId()), 1L, null)));

            scope.inTransaction(em -> em.find(CompanyOrigin.class, OriginKey.of("clients", 2))
                    .reassignTo(em.find(Company.class, survivor.getId())));

            scope.inTransaction(em -> assertThat(em.find(CompanyOrigin.class, OriginKey.of("clients", 2))
                    .getCompany().getId()).isEqualTo(survivor.getId()));
        }
    }
}

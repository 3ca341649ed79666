package org.companyunification.sync;

import static org.assertj.core.api.Assertions.assertThat;

import org.companyunification.model.company.Company;
import org.companyunification.model.company.RoleCode;
import org.companyunification.model.reference.Person;
import org.companyunification.model.reference.Project;
import org.companyunification.testing.DatabaseScope;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.LegacyData;
import org.companyunification.testing.TestDatabase;
import org.companyunification.testing.UnifiedData;
import org.companyunification.sync.validation.Validation;
import org.companyunification.sync.validation.ValidationReport;

/** The examples of README.md, kept compiling and true. */
class ReadmeExampleTest {

    @DatabaseTest
    void shouldMigrateAVendorThatIsAlsoAnOperator(TestDatabase db) {
        // given: legacy rows, as another application's test would write them
        new LegacyData()
                .project(1, "Palisades SMR")
                .person(7, "Jane Doe")
                .vendor(10, "Holtec International", v -> v.country("USA"))
                .operator(20, "HOLTEC INTERNATIONAL, INC.")
                .vendorOnProject(100, 1, 10, true)
                .personAt(200, 7, "vendor", 10, a -> a.title("CEO").primary(true))
                .insertInto(db.dataSource());

        // when: the backfill and the validation, as an application calls them
        BackfillResult result = Backfill.configure().dataSource(db.dataSource()).load().run();
        ValidationReport report = Validation.configure().dataSource(db.dataSource()).load().validate();

        // then
        assertThat(result.total().created()).isEqualTo(3);   // one company, one assignment, one affiliation
        assertThat(result.total().merged()).isEqualTo(1);    // the operator row joined the vendor's company
        assertThat(report.passed()).isTrue();
    }

    @DatabaseTest
    void shouldBuildUnifiedDataThroughTheDomainApi(TestDatabase db) {
        try (DatabaseScope scope = DatabaseScope.of(db)) {
            UnifiedData data = UnifiedData.in(scope);
            Project palisades = data.project("Palisades");
            Person ann = data.person("Ann Lee");
            Company holtec = data.company("Holtec International")
                    .withRoles(RoleCode.VENDOR, RoleCode.OPERATOR)
                    .onProject(palisades, RoleCode.VENDOR, true)
                    .affiliate(ann, "CEO", true)
                    .save();

            scope.inTransaction(em -> em.find(Company.class, holtec.getId()).assignGlobalRole(RoleCode.CLIENT));

            long roles = scope.fromTransaction(em -> em.find(Company.class, holtec.getId()).getGlobalRoles().size());
            assertThat(roles).isEqualTo(3);
        }
    }
}

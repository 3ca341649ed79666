package org.companyunification.sync;

import static org.assertj.core.api.Assertions.assertThat;

import org.companyunification.model.company.Company;
import org.companyunification.model.company.RoleCode;
import org.companyunification.testing.DatabaseScope;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.LegacyData;
import org.companyunification.testing.TestDatabase;

class BackfillAndHibernateIdsTest {

    @DatabaseTest
    void shouldShareTheIdSequencesWithApplicationsThatPersistThroughHibernate(TestDatabase db) throws Exception {
        // given legacy rows, and an application persisting companies through the entities in between two runs
        LegacyData first = new LegacyData();
        for (int i = 0; i < 120; i++) {
            first.vendor(i, "Vendor " + i);
        }
        first.insertInto(db.dataSource());
        Backfill backfill = Backfill.configure().dataSource(db.dataSource()).batchSize(7).load();
        backfill.run();
        try (DatabaseScope scope = DatabaseScope.of(db)) {
            scope.inTransaction(em -> {
                for (int i = 0; i < 70; i++) {
                    Company company = Company.create("Application Company " + i);
                    company.assignGlobalRole(RoleCode.OPERATOR);
                    em.persist(company);
                }
            });
            LegacyData second = new LegacyData();
            for (int i = 0; i < 120; i++) {
                second.operator(i, "Operator " + i);
            }
            second.insertInto(db.dataSource());

            // when the backfill allocates ids again, and the application after it
            backfill.run();
            scope.inTransaction(em -> em.persist(Company.create("Application Company After")));
        }

        // then every company got its own id
        assertThat(UnifiedTables.count(db.dataSource(), "SELECT COUNT(*) FROM companies")).isEqualTo(311);
        assertThat(UnifiedTables.count(db.dataSource(), "SELECT COUNT(*) FROM company_role_assignments"))
                .isEqualTo(310);
    }
}

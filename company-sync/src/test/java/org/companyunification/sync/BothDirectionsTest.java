package org.companyunification.sync;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.companyunification.model.company.AssignmentContext;
import org.companyunification.model.company.Company;
import org.companyunification.model.company.ContactDetails;
import org.companyunification.model.company.RoleCode;
import org.companyunification.model.legacy.Constructor;
import org.companyunification.model.legacy.Operator;
import org.companyunification.model.legacy.TechnologyVendor;
import org.companyunification.model.persistence.CompanyPersistence;
import org.companyunification.sync.consistency.ConsistencyReport;
import org.companyunification.testing.DatabaseScope;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.LegacyData;
import org.companyunification.testing.TestDatabase;

/**
 * Legacy-to-unified and unified-to-legacy dual-write switched on together: an application writes through the
 * legacy entities and through the domain API, in one transaction and in separate ones.
 */
class BothDirectionsTest {

    @DatabaseTest
    void shouldWriteEveryChangeOnceWithoutLoopingWhenBothDirectionsAreOn(TestDatabase db) throws Exception {
        // given a vendor and an operator, backfilled
        new LegacyData().vendor(41, "NuScale Power").operator(50, "Kairos Power").insertInto(db.dataSource());
        Backfill.configure().dataSource(db.dataSource()).load().run();

        try (DatabaseScope scope = DatabaseScope.of(db, CompanyPersistence.Options.defaults()
                .withProperty(DualWrite.LEGACY_TO_UNIFIED_SETTING, true)
                .withProperty(ReverseSync.UNIFIED_TO_LEGACY, true))) {
            // when one transaction writes both sides: a legacy operator and a legacy edit, a company and a role
            scope.inTransaction(em -> {
                em.persist(new Operator(60, "Oklo"));
                em.find(TechnologyVendor.class, 41L).changeContactDetails(
                        new ContactDetails("https://nuscale.example", null, null, null));
                Company holtec = Company.create("Holtec International");
                holtec.assignGlobalRole(RoleCode.VENDOR);
                em.persist(holtec);
                company(em, "Kairos Power").assignGlobalRole(RoleCode.OFFTAKER);
            });
            // and separate transactions: a company through the domain API, then its legacy row edited, then a role
            // removed through the domain API and a legacy row added through the entities
            scope.inTransaction(em -> {
                Company xEnergy = Company.create("X-energy");
                xEnergy.assignGlobalRole(RoleCode.CONSTRUCTOR);
                em.persist(xEnergy);
            });
            scope.inTransaction(em -> em.createQuery("select c from Constructor c", Constructor.class)
                    .getSingleResult().changeContactDetails(new ContactDetails("https://x-energy.example", null,
                            null, null)));
            scope.inTransaction(em -> company(em, "Kairos Power").removeRole(RoleCode.OFFTAKER, AssignmentContext.global()));
            scope.inTransaction(em -> em.persist(new Constructor(70, "NuScale Power")));
        }

        // then each legacy row exists once, each organisation is one company with its roles once
        assertThat(UnifiedTables.rows(db.dataSource(), "SELECT company_name, COUNT(*) FROM companies"
                + " GROUP BY company_name ORDER BY company_name")).containsExactly("Holtec International | 1",
                        "Kairos Power | 1", "NuScale Power | 1", "Oklo | 1", "X-energy | 1");
        assertThat(UnifiedTables.rows(db.dataSource(), "SELECT c.company_name, r.role_code FROM companies c"
                + " JOIN company_role_assignments a ON a.company_id = c.company_id JOIN company_roles r"
                + " ON r.role_id = a.role_id ORDER BY c.company_name, r.role_code")).containsExactly(
                        "Holtec International | vendor", "Kairos Power | operator", "NuScale Power | constructor",
                        "NuScale Power | vendor", "Oklo | operator", "X-energy | constructor");
        assertThat(UnifiedTables.rows(db.dataSource(), "SELECT vendor_name, website FROM technology_vendors"
                + " ORDER BY vendor_id")).containsExactly("NuScale Power | https://nuscale.example",
                        "Holtec International | null");
        assertThat(UnifiedTables.rows(db.dataSource(), "SELECT operator_name FROM operators ORDER BY operator_id"))
                .containsExactly("Kairos Power", "Oklo");
        assertThat(UnifiedTables.count(db.dataSource(), "SELECT COUNT(*) FROM offtakers")).isZero();
        assertThat(UnifiedTables.rows(db.dataSource(), "SELECT company_name, website FROM constructors"
                + " ORDER BY constructor_id")).containsExactly("X-energy | https://x-energy.example",
                        "NuScale Power | null");
        assertThat(UnifiedTables.rows(db.dataSource(), "SELECT c.website FROM companies c"
                + " WHERE c.company_name IN ('NuScale Power', 'X-energy') ORDER BY c.company_name"))
                .containsExactly("https://nuscale.example", "https://x-energy.example");
        assertThat(UnifiedTables.rows(db.dataSource(), "SELECT source_table, source_id, COUNT(*) FROM"
                + " company_origins GROUP BY source_table, source_id HAVING COUNT(*) > 1")).isEmpty();
        // and neither a backfill nor the consistency check finds anything left to do
        assertBackfillFindsNothingToDo(db);
        ConsistencyReport report = Consistency.configure().dataSource(db.dataSource()).load().check();
        assertThat(report.consistent()).as(report.toJson()).isTrue();
    }

    private static Company company(EntityManager em, String name) {
        return em.createQuery("select c from Company c where c.name = :name", Company.class)
                .setParameter("name", name).getSingleResult();
    }

    private static void assertBackfillFindsNothingToDo(TestDatabase db) throws SQLException {
        Map<String, List<String>> before = UnifiedTables.dumpData(db.dataSource(), UnifiedTables.UNIFIED);
        RunResult result = Backfill.configure().dataSource(db.dataSource()).load().run();
        assertThat(result.total().created() + result.total().updated() + result.total().merged()).isZero();
        assertThat(UnifiedTables.dumpData(db.dataSource(), UnifiedTables.UNIFIED)).isEqualTo(before);
    }
}

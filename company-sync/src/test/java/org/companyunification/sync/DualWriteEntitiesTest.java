package org.companyunification.sync;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.companyunification.model.legacy.LegacyTable;
import org.companyunification.model.legacy.Operator;
import org.companyunification.model.persistence.CompanyPersistence;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.Queries;
import org.companyunification.testing.TestDatabase;

class DualWriteEntitiesTest {

    @DatabaseTest
    void shouldWriteTheUnifiedRowsOfEveryLegacyEntityChangeInTheSameTransaction(TestDatabase db) throws Exception {
        // given
        LegacyToUnifiedScenario scenario = new LegacyToUnifiedScenario(db.dataSource());
        scenario.given();
        try (EntityManagerFactory factory = dualWriting(db)) {

            // when / then: each phase through the legacy entities, one transaction, no explicit call
            scenario.createEditAndDeleteThrough(changes -> {
                EntityManager em = factory.createEntityManager();
                try {
                    em.getTransaction().begin();
                    for (LegacyChange change : changes) {
                        LegacyEntityWriter.write(em, change);
                        em.flush();
                    }
                    em.getTransaction().commit();
                } finally {
                    em.close();
                }
            });
        }

        // and a catch-up sync finds nothing left to do
        SyncResult sync = Sync.configure().dataSource(db.dataSource()).load().run();
        assertThat(sync.run().total().created() + sync.run().total().updated() + sync.run().total().merged())
                .isZero();
        assertThat(sync.totalLegacyRowsDeleted()).isZero();
    }

    @DatabaseTest
    void shouldWriteNothingToTheUnifiedTablesWhenTheSettingIsOff(TestDatabase db) throws Exception {
        // given
        new LegacyToUnifiedScenario(db.dataSource()).given();
        long companies = Queries.count(db.dataSource(), "SELECT COUNT(*) FROM companies");

        // when
        try (EntityManagerFactory factory = CompanyPersistence.createEntityManagerFactory(db.dataSource())) {
            EntityManager em = factory.createEntityManager();
            em.getTransaction().begin();
            em.persist(new Operator(55, "Gamma Grid"));
            em.getTransaction().commit();
            em.close();
        }

        // then
        assertThat(Queries.count(db.dataSource(), "SELECT COUNT(*) FROM companies")).isEqualTo(companies);
    }

    @DatabaseTest
    void shouldWriteNeitherSideWhenTheTransactionRollsBack(TestDatabase db) throws Exception {
        // given
        new LegacyToUnifiedScenario(db.dataSource()).given();
        long companies = Queries.count(db.dataSource(), "SELECT COUNT(*) FROM companies");

        // when
        try (EntityManagerFactory factory = dualWriting(db)) {
            EntityManager em = factory.createEntityManager();
            em.getTransaction().begin();
            em.persist(new Operator(55, "Gamma Grid"));
            em.flush();
            em.getTransaction().rollback();
            em.close();
            // and a later transaction of the same factory applies only its own changes
            em = factory.createEntityManager();
            em.getTransaction().begin();
            em.persist(new Operator(56, "Delta Grid"));
            em.getTransaction().commit();
            em.close();
        }

        // then
        assertThat(Queries.count(db.dataSource(), "SELECT COUNT(*) FROM companies")).isEqualTo(companies + 1);
        assertThat(Queries.rows(db.dataSource(), "SELECT source_id FROM company_origins WHERE source_table = '"
                + LegacyTable.OPERATORS.tableName() + "' ORDER BY source_id")).containsExactly("10", "56");
    }

    private static EntityManagerFactory dualWriting(TestDatabase db) {
        return CompanyPersistence.createEntityManagerFactory(db.dataSource(),
                CompanyPersistence.Options.defaults().withProperty(DualWrite.LEGACY_TO_UNIFIED_SETTING, true));
    }
}

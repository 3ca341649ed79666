package org.companyunification.sync;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.companyunification.model.company.Company;
import org.companyunification.model.persistence.CompanyPersistence;
import org.companyunification.testing.TestDatabase;

/** An entity manager factory with unified-to-legacy dual-write switched on, and transactions on it. */
final class ReverseSyncScope implements AutoCloseable {

    private final EntityManagerFactory factory;

    ReverseSyncScope(TestDatabase db) {
        this.factory = CompanyPersistence.createEntityManagerFactory(db.dataSource(),
                CompanyPersistence.Options.defaults().withProperty(ReverseSync.UNIFIED_TO_LEGACY, true));
    }

    void inTransaction(Consumer<EntityManager> work) {
        fromTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    <T> T fromTransaction(Function<EntityManager, T> work) {
        try (EntityManager em = factory.createEntityManager()) {
            EntityTransaction transaction = em.getTransaction();
            transaction.begin();
            try {
                T result = work.apply(em);
                transaction.commit();
                return result;
            } catch (RuntimeException | Error e) {
                if (transaction.isActive()) {
                    transaction.rollback();
                }
                throw e;
            }
        }
    }

    static Company company(EntityManager em, String name) {
        return em.createQuery("select c from Company c where c.name = :name", Company.class)
                .setParameter("name", name).getSingleResult();
    }

    @Override
    public void close() {
        factory.close();
    }
}

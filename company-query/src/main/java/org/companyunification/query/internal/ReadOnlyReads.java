package org.companyunification.query.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.function.Function;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/**
 * Runs read-only work on an entity manager: the application's own, or a fresh one from a factory per call.
 */
public interface ReadOnlyReads {

    /**
     * Runs the work.
     *
     * @param work the reads
     * @param <T> what the work returns
     * @return its result
     */
    <T> T read(Function<EntityManager, T> work);

    /**
     * Reads through the application's entity manager, in whatever transaction it has. Rows are read as scalars,
     * so nothing becomes managed in it and its flush mode is left alone.
     *
     * @param entityManager the application's entity manager
     * @return the reads
     */
    static ReadOnlyReads borrowing(EntityManager entityManager) {
        return new ReadOnlyReads() {
            @Override
            public <T> T read(Function<EntityManager, T> work) {
                return work.apply(entityManager);
            }
        };
    }

    /**
     * Reads through a new entity manager per call: a read-only session with manual flushing, in a transaction
     * that is rolled back at the end, since it never writes.
     *
     * @param factory the factory, not closed here
     * @return the reads
     */
    static ReadOnlyReads opening(EntityManagerFactory factory) {
        return new ReadOnlyReads() {
            @Override
            public <T> T read(Function<EntityManager, T> work) {
                try (EntityManager entityManager = factory.createEntityManager()) {
                    Session session = entityManager.unwrap(Session.class);
                    session.setDefaultReadOnly(true);
                    session.setHibernateFlushMode(FlushMode.MANUAL);
                    entityManager.getTransaction().begin();
                    try {
                        return work.apply(entityManager);
                    } finally {
                        entityManager.getTransaction().rollback();
                    }
                }
            }
        };
    }
}

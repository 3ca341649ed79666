package org.companyunification.query.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import java.util.function.Function;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.engine.spi.SharedSessionContractImplementor;

/**
 * Runs read-only work on an entity manager: the application's own, or a fresh one from a factory per call.
 *
 * <p>Either way the work runs with Hibernate's copying of criteria trees off ({@code
 * hibernate.criteria.copy_tree}, on by default when Hibernate starts through Jakarta Persistence): the queries
 * are built once and never changed after ({@code Prepared}), so a copy per call would only cost time, and with
 * copying on Hibernate also keeps the translated statement out of its query plan cache unless the criteria plan
 * cache is enabled. On a borrowed entity manager the setting is put back as it was after the work.
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
     * so nothing becomes managed in it and its flush mode is left alone; its criteria-copy setting is off during
     * the work and restored after it.
     *
     * @param entityManager the application's entity manager
     * @return the reads
     */
    static ReadOnlyReads borrowing(EntityManager entityManager) {
        return new ReadOnlyReads() {
            @Override
            public <T> T read(Function<EntityManager, T> work) {
                SharedSessionContractImplementor session =
                        entityManager.unwrap(SharedSessionContractImplementor.class);
                boolean copying = session.isCriteriaCopyTreeEnabled();
                session.setCriteriaCopyTreeEnabled(false);
                try {
                    return work.apply(entityManager);
                } finally {
                    session.setCriteriaCopyTreeEnabled(copying);
                }
            }
        };
    }

    /**
     * Reads through a new entity manager per call: a read-only session with manual flushing, in a transaction
     * that is committed when the work succeeds and rolled back when it fails. The session never writes, so the
     * commit writes nothing either; it is what lets H2 keep the statements it has parsed, which it throws away on
     * every rollback (on PostgreSQL and MariaDB the two cost the same).
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
                    session.unwrap(SharedSessionContractImplementor.class).setCriteriaCopyTreeEnabled(false);
                    EntityTransaction transaction = entityManager.getTransaction();
                    transaction.begin();
                    T result;
                    try {
                        result = work.apply(entityManager);
                    } catch (RuntimeException | Error e) {
                        try {
                            transaction.rollback();
                        } catch (RuntimeException rollbackFailure) {
                            e.addSuppressed(rollbackFailure);
                        }
                        throw e;
                    }
                    transaction.commit();
                    return result;
                }
            }
        };
    }
}

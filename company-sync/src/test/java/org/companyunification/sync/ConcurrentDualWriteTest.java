package org.companyunification.sync;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.legacy.LegacyTable;
import org.companyunification.model.persistence.CompanyPersistence;
import org.companyunification.sync.consistency.ConsistencyReport;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.Queries;
import org.companyunification.testing.TestDatabase;

/**
 * Several threads dual-write legacy rows at once, through the JDBC call and through the legacy entities, for the
 * same new organisations and for organisations of their own, while a catch-up sync runs and another program
 * writes legacy rows without the library.
 */
class ConcurrentDualWriteTest {

    private static final List<LegacyTable> COMPANY_TABLES = List.of(LegacyTable.TECHNOLOGY_VENDORS,
            LegacyTable.OWNERS_DEVELOPERS, LegacyTable.OPERATORS, LegacyTable.CONSTRUCTORS);
    private static final int ROUNDS = 5;
    private static final int MAX_ATTEMPTS = 20;

    @DatabaseTest
    void shouldCreateEachOrganisationOnceAndLoseNoUpdateWhenThreadsDualWriteWhileASyncRuns(TestDatabase db)
            throws Exception {
        // given Acme Power in every company table and Beta Energy, backfilled
        new LegacyToUnifiedScenario(db.dataSource()).given();
        long companiesBefore = Queries.count(db.dataSource(), "SELECT COUNT(*) FROM companies");
        int writers = COMPANY_TABLES.size();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers + 2);
        try (EntityManagerFactory factory = CompanyPersistence.createEntityManagerFactory(db.dataSource(),
                CompanyPersistence.Options.defaults().withProperty(DualWrite.LEGACY_TO_UNIFIED_SETTING, true))) {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                LegacyTable table = COMPANY_TABLES.get(writer);
                boolean throughEntities = writer % 2 == 1;
                futures.add(pool.submit((Callable<Void>) () -> {
                    start.await();
                    for (int round = 0; round < ROUNDS; round++) {
                        // the same new organisation from every writer, each in its own table, and one of its own
                        List<LegacyChange> changes = List.of(
                                LegacyChange.insert(table, 1000 + round, table.nameColumn(), "Shared Org " + round),
                                LegacyChange.insert(table, 2000 + round, table.nameColumn(),
                                        "Own Org " + writer + "-" + round),
                                LegacyChange.update(table, 10, "website",
                                        "https://acme.example/" + writer + "/" + round));
                        retryingLostRaces(() -> {
                            if (throughEntities) {
                                writeThroughEntities(factory, changes);
                            } else {
                                writeWithJdbc(db, changes);
                            }
                        });
                    }
                    return null;
                }));
            }
            // another program writes offtakers without the library: only the sync sees them
            futures.add(pool.submit((Callable<Void>) () -> {
                start.await();
                for (int round = 0; round < ROUNDS; round++) {
                    try (Connection connection = db.dataSource().getConnection()) {
                        LegacyChange.insert(LegacyTable.OFFTAKERS, 1000 + round, LegacyTable.OFFTAKERS.nameColumn(),
                                "Shared Org " + round).writeWithSql(connection);
                    }
                }
                return null;
            }));
            futures.add(pool.submit((Callable<Void>) () -> {
                start.await();
                for (int run = 0; run < 3; run++) {
                    Sync.configure().dataSource(db.dataSource()).load().run();
                }
                return null;
            }));

            // when
            start.countDown();
            for (Future<?> future : futures) {
                future.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        Sync.configure().dataSource(db.dataSource()).load().run();

        // then each shared organisation is one company holding the five roles, each own organisation one company
        assertThat(Queries.count(db.dataSource(), "SELECT COUNT(*) FROM companies"))
                .isEqualTo(companiesBefore + ROUNDS + (long) writers * ROUNDS);
        assertThat(Queries.rows(db.dataSource(), "SELECT name_key, COUNT(*) FROM companies GROUP BY name_key"
                + " HAVING COUNT(*) > 1")).isEmpty();
        for (int round = 0; round < ROUNDS; round++) {
            assertThat(Queries.count(db.dataSource(), "SELECT COUNT(*) FROM company_role_assignments a JOIN"
                    + " companies c ON c.company_id = a.company_id WHERE c.company_name = 'Shared Org " + round
                    + "'")).as("roles of Shared Org %d", round).isEqualTo(writers + 1);
        }
        assertThat(Queries.rows(db.dataSource(), "SELECT company_id, role_id, context_type, context_id, COUNT(*)"
                + " FROM company_role_assignments GROUP BY company_id, role_id, context_type, context_id"
                + " HAVING COUNT(*) > 1")).isEmpty();
        // and the last website written to Acme's vendor row is its company's: no update is lost
        String vendorWebsite = Queries.rows(db.dataSource(),
                "SELECT website FROM technology_vendors WHERE vendor_id = 10").get(0);
        ConsistencyReport report = Consistency.configure().dataSource(db.dataSource()).load().check();
        assertThat(report.consistent()).as(report.toJson()).isTrue();
        assertThat(vendorWebsite).startsWith("https://acme.example/");
    }

    /** A task whose transaction may be refused for losing a race, after which the application runs it again. */
    @FunctionalInterface
    private interface Transaction {
        void run() throws Exception;
    }

    /** Runs the transaction again while it loses a race, a bounded number of times, as the documentation says. */
    private static void retryingLostRaces(Transaction transaction) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                transaction.run();
                return;
            } catch (Exception e) {
                if (attempt == MAX_ATTEMPTS || !lostARace(e)) {
                    throw e;
                }
            }
        }
    }

    private static boolean lostARace(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof CompanyUnificationException refused && refused.getMessage().contains("lost a race")) {
                return true;
            }
        }
        return false;
    }

    private static void writeWithJdbc(TestDatabase db, List<LegacyChange> changes) throws Exception {
        try (Connection connection = db.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try {
                for (LegacyChange change : changes) {
                    change.writeWithSql(connection);
                }
                for (LegacyChange change : changes) {
                    DualWrite.afterLegacyChange(connection, change.table(), change.id());
                }
                connection.commit();
            } catch (Exception e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private static void writeThroughEntities(EntityManagerFactory factory, List<LegacyChange> changes) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            for (LegacyChange change : changes) {
                LegacyEntityWriter.write(em, change);
            }
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}

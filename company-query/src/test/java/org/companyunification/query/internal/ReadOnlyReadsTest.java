package org.companyunification.query.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import jakarta.persistence.EntityManagerFactory;
import org.companyunification.model.company.Company;
import org.companyunification.model.persistence.CompanyPersistence;
import org.companyunification.testing.DatabaseScope;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.TestDatabase;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * How a read through a session of its own ends: committed when it succeeds (it writes nothing, and H2 drops the
 * statements it has parsed on every rollback), rolled back when it fails.
 */
class ReadOnlyReadsTest {

    @DatabaseTest
    void shouldCommitAReadThatSucceedsAndRollBackOneThatFails(TestDatabase db) throws Exception {
        try (DatabaseScope scope = DatabaseScope.of(db);
                EntityManagerFactory factory = CompanyPersistence.createEntityManagerFactory(db.dataSource(),
                        CompanyPersistence.Options.defaults().withoutLegacyEntities()
                                .withProperty("hibernate.generate_statistics", true))) {
            // given
            scope.inTransaction(em -> em.persist(Company.create("Holtec International")));
            Statistics statistics = factory.unwrap(SessionFactory.class).getStatistics();
            statistics.clear();
            ReadOnlyReads reads = ReadOnlyReads.opening(factory);

            // when one read succeeds and one fails after its statement ran
            long companies = reads.read(em -> em.createQuery("select count(c) from Company c", Long.class)
                    .getSingleResult());
            assertThatIllegalStateException().isThrownBy(() -> reads.read(em -> {
                em.createQuery("select count(c) from Company c", Long.class).getSingleResult();
                throw new IllegalStateException("the caller's mapping failed");
            })).withMessage("the caller's mapping failed");

            // then the first transaction was committed and the second was not
            assertThat(companies).isEqualTo(1);
            assertThat(statistics.getTransactionCount()).isEqualTo(2);
            assertThat(statistics.getSuccessfulTransactionCount()).isEqualTo(1);
        }
    }
}

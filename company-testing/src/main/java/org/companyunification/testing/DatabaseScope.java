package org.companyunification.testing;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.companyunification.model.legacy.LegacyTable;
import org.companyunification.model.persistence.CompanyPersistence;
import org.companyunification.model.schema.DatabaseVendor;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.stat.Statistics;

/**
 * A database for tests, with the model's entity manager factory: arrange, act and assert each in their own
 * transaction, then clean up.
 *
 * <pre>{@code
 * try (DatabaseScope scope = DatabaseScope.h2()) {
 *     long id = scope.fromTransaction(em -> {
 *         Company company = Company.create("Holtec International");
 *         em.persist(company);
 *         return company.getId();
 *     });
 *     scope.inTransaction(em -> assertThat(em.find(Company.class, id).getName()).isEqualTo("Holtec International"));
 * }
 * }</pre>
 *
 * <p>The entity manager factory is built on first use, validates the schema, collects {@linkplain #statistics()
 * statistics} and is closed by {@link #close()}. A scope made by {@link #h2()} owns its database and drops it on
 * close; the others leave the database to its owner.
 */
public final class DatabaseScope implements AutoCloseable {

    /**
     * The unified and legacy tables in an order in which deleting every row breaks no foreign key: the unified
     * tables, then the legacy ones of {@link LegacyTable}, relationships before what they point at. The seeded
     * {@code company_roles} catalogue is not listed: it is kept.
     */
    public static final List<String> DATA_TABLES = Stream.concat(
            Stream.of("merge_journal_companies", "merge_journal_assignments", "merge_journal_profiles",
                    "merge_journal_affiliations", "merge_journal_links", "merge_journal_company_origins",
                    "merge_journal_assignment_origins", "company_merges", "rejected_duplicate_pairs",
                    "affiliation_origins", "assignment_origins", "company_origins", "internal_external_links",
                    "person_company_affiliations", "client_profiles", "company_role_assignments", "companies",
                    "backfill_runs"),
            Stream.of(List.of(LegacyTable.PERSONNEL_ENTITY_RELATIONSHIPS), LegacyTable.projectRelationshipTables(),
                            LegacyTable.companyTables(), List.of(LegacyTable.PROJECTS, LegacyTable.PERSONNEL))
                    .flatMap(List::stream).map(LegacyTable::tableName))
            .toList();

    private final DataSource dataSource;
    private final AutoCloseable owned;
    private final CompanyPersistence.Options options;
    private EntityManagerFactory entityManagerFactory;

    private DatabaseScope(DataSource dataSource, AutoCloseable owned) {
        this(dataSource, owned, CompanyPersistence.Options.defaults());
    }

    private DatabaseScope(DataSource dataSource, AutoCloseable owned, CompanyPersistence.Options options) {
        this.dataSource = requireNonNull(dataSource, "dataSource");
        this.owned = owned;
        this.options = requireNonNull(options, "options");
    }

    /**
     * Creates a fresh in-memory H2 database with the legacy and the unified schema, dropped by {@link #close()}.
     *
     * @return the scope
     */
    public static DatabaseScope h2() {
        TestDatabase database = TestDatabase.create(DatabaseVendor.H2);
        return TestDatabase.closedOnFailure(database, () -> new DatabaseScope(
                database.withLegacySchema().withUnifiedSchema().dataSource(), database));
    }

    /**
     * Works on a test database, which its owner (usually {@link DatabaseTest}) drops.
     *
     * @param database the database, with the schemas the test needs applied
     * @return the scope
     */
    public static DatabaseScope of(TestDatabase database) {
        return new DatabaseScope(requireNonNull(database, "database").dataSource(), null);
    }

    /**
     * Works on a test database, which its owner (usually {@link DatabaseTest}) drops, with an entity manager
     * factory built with other options, for example with a property that switches a feature on:
     *
     * <pre>{@code
     * DatabaseScope scope = DatabaseScope.of(db,
     *         CompanyPersistence.Options.defaults().withProperty("company.dual-write.unified-to-legacy", true));
     * }</pre>
     *
     * @param database the database, with the schemas the test needs applied
     * @param options the options of the entity manager factory; statistics are switched on in any case
     * @return the scope
     */
    public static DatabaseScope of(TestDatabase database, CompanyPersistence.Options options) {
        return new DatabaseScope(requireNonNull(database, "database").dataSource(), null, options);
    }

    /**
     * Works on any database whose schemas have been migrated; {@link #close()} leaves the database alone.
     *
     * @param dataSource the database
     * @return the scope
     */
    public static DatabaseScope on(DataSource dataSource) {
        return new DatabaseScope(dataSource, null);
    }

    /**
     * Returns the database.
     *
     * @return the data source
     */
    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * Returns the entity manager factory, building it on first use.
     *
     * @return the factory, validated against the schema unless the scope's options say otherwise
     */
    public synchronized EntityManagerFactory entityManagerFactory() {
        if (entityManagerFactory == null) {
            entityManagerFactory = CompanyPersistence.createEntityManagerFactory(dataSource,
                    options.withProperty(AvailableSettings.GENERATE_STATISTICS, true));
        }
        return entityManagerFactory;
    }

    /**
     * Returns Hibernate's statistics of the entity manager factory, building it on first use. Call {@code clear()}
     * on them before the work to observe.
     *
     * @return the statistics
     */
    public Statistics statistics() {
        return entityManagerFactory().unwrap(SessionFactory.class).getStatistics();
    }

    /**
     * Runs work in a transaction that commits when the work returns and rolls back when it throws.
     *
     * @param work the work
     */
    public void inTransaction(Consumer<EntityManager> work) {
        fromTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    /**
     * Runs work in a transaction that commits when the work returns and rolls back when it throws.
     *
     * @param work the work
     * @param <T> the result type
     * @return what the work returned; entities in it are detached
     */
    public <T> T fromTransaction(Function<EntityManager, T> work) {
        EntityManager em = entityManagerFactory().createEntityManager();
        EntityTransaction transaction = em.getTransaction();
        try {
            transaction.begin();
            T result = work.apply(em);
            transaction.commit();
            return result;
        } catch (RuntimeException | Error e) {
            if (transaction.isActive()) {
                transaction.rollback();
            }
            throw e;
        } finally {
            em.close();
        }
    }

    /**
     * Runs plain JDBC work in a transaction that commits when the work returns and rolls back when it throws.
     *
     * @param work the work
     * @throws IllegalStateException wrapping an {@link SQLException} of the work
     */
    public void inJdbc(JdbcWork work) {
        fromJdbc(connection -> {
            work.execute(connection);
            return null;
        });
    }

    /**
     * Runs plain JDBC work in a transaction that commits when the work returns and rolls back when it throws.
     *
     * @param work the work
     * @param <T> the result type
     * @return what the work returned
     * @throws IllegalStateException wrapping an {@link SQLException} of the work
     */
    public <T> T fromJdbc(JdbcFunction<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.apply(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("JDBC work failed: " + e.getMessage(), e);
        }
    }

    /**
     * Deletes every row of the unified and legacy tables ({@link #DATA_TABLES}), keeping the seeded role
     * catalogue. Tables the database lacks (a database with only one of the schemas) are skipped. Sequences are
     * not reset.
     */
    public void dropData() {
        inJdbc(connection -> {
            Set<String> existing = tableNames(connection);
            try (Statement statement = connection.createStatement()) {
                for (String table : DATA_TABLES) {
                    if (table.equals("companies") && existing.contains("company_merges")) {
                        // tombstones point at their survivors; MariaDB checks that row by row
                        statement.executeUpdate("UPDATE companies SET merged_into_company_id = NULL"
                                + " WHERE merged_into_company_id IS NOT NULL");
                    }
                    if (existing.contains(table)) {
                        statement.executeUpdate("DELETE FROM " + table);
                    }
                }
            }
        });
    }

    /** Closes the entity manager factory, if built, and drops the database when this scope owns it. */
    @Override
    public synchronized void close() {
        try {
            if (entityManagerFactory != null) {
                entityManagerFactory.close();
                entityManagerFactory = null;
            }
        } finally {
            if (owned != null) {
                try {
                    owned.close();
                } catch (Exception e) {
                    throw new IllegalStateException("Cannot drop the scope's database: " + e.getMessage(), e);
                }
            }
        }
    }

    private static Set<String> tableNames(Connection connection) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        Set<String> names = new HashSet<>();
        try (ResultSet tables = metaData.getTables(connection.getCatalog(), connection.getSchema(), "%",
                new String[] {"TABLE"})) {
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    /** JDBC work without a result. */
    @FunctionalInterface
    public interface JdbcWork {
        /**
         * Does the work.
         *
         * @param connection a connection in a transaction; do not commit or close it
         * @throws SQLException when a statement fails
         */
        void execute(Connection connection) throws SQLException;
    }

    /**
     * JDBC work with a result.
     *
     * @param <T> the result type
     */
    @FunctionalInterface
    public interface JdbcFunction<T> {
        /**
         * Does the work.
         *
         * @param connection a connection in a transaction; do not commit or close it
         * @return the result
         * @throws SQLException when a statement fails
         */
        T apply(Connection connection) throws SQLException;
    }
}

package org.companyunification.model.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.companyunification.model.company.Company;
import org.companyunification.model.company.CompanyRole;
import org.companyunification.model.company.RoleCode;
import org.companyunification.model.schema.DatabaseVendor;
import org.companyunification.testing.DatabaseScope;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.TestDatabase;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.stat.Statistics;

class CompanyPersistenceTest {

    @DatabaseTest
    void shouldValidateTheMappingAgainstTheMigratedSchema(TestDatabase db) {
        try (EntityManagerFactory factory = CompanyPersistence.createEntityManagerFactory(db.dataSource())) {
            Set<Class<?>> mapped = factory.getMetamodel().getEntities().stream()
                    .<Class<?>>map(EntityType::getJavaType).collect(Collectors.toSet());
            assertThat(mapped).containsExactlyInAnyOrderElementsOf(CompanyPersistence.ENTITY_CLASSES);
        }
    }

    @DatabaseTest(schema = DatabaseTest.Schema.LEGACY)
    void shouldRefuseToStartOnADatabaseWithoutTheUnifiedSchema(TestDatabase db) {
        assertThatThrownBy(() -> CompanyPersistence.createEntityManagerFactory(db.dataSource()).close())
                .isInstanceOf(CompanyUnificationException.class)
                .hasMessageStartingWith("The database does not match the company model (Schema-validation: missing"
                        + " table [")
                .hasMessageEndingWith("): apply the migrations with"
                        + " CompanySchema.configure().dataSource(dataSource).load().migrate()")
                .extracting(e -> ((CompanyUnificationException) e).errorCode())
                .isEqualTo(ErrorCode.SCHEMA_MISSING);
    }

    @DatabaseTest(schema = DatabaseTest.Schema.LEGACY)
    void shouldStartWithoutValidationWhenAskedTo(TestDatabase db) {
        CompanyPersistence.Options options = CompanyPersistence.Options.defaults().withoutSchemaValidation();

        try (EntityManagerFactory factory = CompanyPersistence.createEntityManagerFactory(db.dataSource(), options)) {
            assertThat(factory.isOpen()).isTrue();
        }
    }

    @DatabaseTest
    void shouldMapTheSeededRoleCatalogueAsRoleCodesDescribeIt(TestDatabase db) {
        try (DatabaseScope scope = DatabaseScope.of(db)) {
            List<CompanyRole> roles = scope.fromTransaction(
                    em -> em.createQuery("from CompanyRole order by id", CompanyRole.class).getResultList());

            assertThat(roles).extracting(CompanyRole::getRoleCode).containsExactly(RoleCode.values());
            assertThat(roles).allSatisfy(role -> {
                assertThat(role.getId()).isEqualTo(role.getRoleCode().roleId());
                assertThat(role.getLabel()).isEqualTo(role.getRoleCode().label());
            });
        }
    }

    @DatabaseTest
    void shouldBatchTheInsertsOfCompaniesWithSequenceIds(TestDatabase db) {
        try (DatabaseScope scope = DatabaseScope.of(db)) {
            Statistics statistics = scope.statistics();
            statistics.clear();

            scope.inTransaction(em -> IntStream.rangeClosed(1, 120)
                    .forEach(i -> em.persist(Company.create("Company " + i))));

            assertThat(statistics.getEntityInsertCount()).isEqualTo(120);
            // 120 ids from a sequence stepping by 50 take at most four calls, and 120 rows three batches of 50.
            assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(7);
            assertThat(scope.<Long>fromTransaction(
                    em -> em.createQuery("select count(c) from Company c", Long.class).getSingleResult()))
                    .isEqualTo(120);
        }
    }

    @DatabaseTest(vendors = DatabaseVendor.H2)
    void shouldLetApplicationPropertiesOverrideTheDefaults(TestDatabase db) {
        CompanyPersistence.Options options = CompanyPersistence.Options.defaults()
                .withProperty(AvailableSettings.STATEMENT_BATCH_SIZE, 1)
                .withProperty(AvailableSettings.GENERATE_STATISTICS, true);

        try (EntityManagerFactory factory = CompanyPersistence.createEntityManagerFactory(db.dataSource(), options)) {
            Statistics statistics = factory.unwrap(SessionFactory.class).getStatistics();
            EntityManager em = factory.createEntityManager();
            em.getTransaction().begin();
            IntStream.rangeClosed(1, 10).forEach(i -> em.persist(Company.create("Company " + i)));
            em.getTransaction().commit();
            em.close();

            assertThat(statistics.getPrepareStatementCount()).isGreaterThanOrEqualTo(10);
        }
    }

    @DatabaseTest(schema = DatabaseTest.Schema.UNIFIED)
    void shouldNameTheMissingLegacyTablesOnADatabaseWithOnlyTheUnifiedSchema(TestDatabase db) {
        assertThatThrownBy(() -> CompanyPersistence.createEntityManagerFactory(db.dataSource()).close())
                .isInstanceOf(CompanyUnificationException.class)
                .hasMessageStartingWith("The database has the unified schema but not the legacy tables"
                        + " technology_vendors, owners_developers, operators, constructors, offtakers, clients,"
                        + " project_vendor_relationships, ")
                .hasMessageContaining("personnel_entity_relationships")
                .hasMessageContaining("Options.defaults().withoutLegacyEntities()")
                .hasMessageNotContaining("load().migrate()")
                .extracting(e -> ((CompanyUnificationException) e).errorCode())
                .isEqualTo(ErrorCode.SCHEMA_MISSING);
    }

    @DatabaseTest(schema = DatabaseTest.Schema.UNIFIED)
    void shouldBootTheUnifiedEntitiesAloneOnADatabaseWithOnlyTheUnifiedSchema(TestDatabase db) {
        CompanyPersistence.Options options = CompanyPersistence.Options.defaults().withoutLegacyEntities();

        try (EntityManagerFactory factory = CompanyPersistence.createEntityManagerFactory(db.dataSource(), options);
                EntityManager em = factory.createEntityManager()) {
            Set<Class<?>> mapped = factory.getMetamodel().getEntities().stream()
                    .<Class<?>>map(EntityType::getJavaType).collect(Collectors.toSet());
            assertThat(mapped).containsExactlyInAnyOrderElementsOf(CompanyPersistence.UNIFIED_ENTITY_CLASSES);
            assertThat(em.createQuery("select count(r) from CompanyRole r", Long.class).getSingleResult())
                    .isEqualTo(6);
        }
    }
}

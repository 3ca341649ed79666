package org.companyunification.model.company;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.companyunification.model.persistence.CompanyPersistence;
import org.companyunification.model.reference.Person;
import org.companyunification.testing.DatabaseScope;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.TestDatabase;
import org.companyunification.testing.UnifiedData;
import org.hibernate.SessionFactory;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/**
 * The database allows one current primary affiliation per person, and Hibernate writes a flush's inserts before
 * its updates: these tests show the demotion of the previous primary reaches the database first.
 */
class PrimaryAffiliationStorageTest {

    @DatabaseTest
    void shouldDemoteThePreviousPrimaryWhenANewPrimaryIsAdded(TestDatabase db) {
        try (DatabaseScope scope = DatabaseScope.of(db)) {
            UnifiedData data = UnifiedData.in(scope);
            Person ann = data.person("Ann Lee");
            data.company("Holtec International").affiliate(ann, "CEO", true).save();

            data.company("NuScale Power").affiliate(ann, "Adviser", true).save();

            assertThat(primaryFlags(scope, ann)).containsExactly("Holtec International false",
                    "NuScale Power true");
        }
    }

    @DatabaseTest
    void shouldDemoteANewerPrimaryWhenAnOlderAffiliationIsMadePrimary(TestDatabase db) {
        try (DatabaseScope scope = DatabaseScope.of(db)) {
            UnifiedData data = UnifiedData.in(scope);
            Person ann = data.person("Ann Lee");
            data.company("Holtec International").affiliate(ann, "Board member", false).save();
            data.company("NuScale Power").affiliate(ann, "Adviser", true).save();

            scope.inTransaction(em -> affiliationAt(em, ann, "Holtec International").makePrimary());

            assertThat(primaryFlags(scope, ann)).containsExactly("Holtec International true",
                    "NuScale Power false");
        }
    }

    @DatabaseTest
    void shouldEndThePrimaryAndAddANewOneInOneTransaction(TestDatabase db) {
        try (DatabaseScope scope = DatabaseScope.of(db)) {
            UnifiedData data = UnifiedData.in(scope);
            Person ann = data.person("Ann Lee");
            data.company("Holtec International").affiliate(ann, "CEO", true).save();
            Company nuscale = data.company("NuScale Power").save();

            scope.inTransaction(em -> {
                affiliationAt(em, ann, "Holtec International").endOn(LocalDate.of(2024, 12, 31));
                em.find(Company.class, nuscale.getId()).affiliate(em.find(Person.class, ann.getId()), "CEO", true);
            });

            assertThat(primaryFlags(scope, ann)).containsExactly("Holtec International true",
                    "NuScale Power true");
            scope.inTransaction(em -> assertThat(em.find(Person.class, ann.getId()).getCurrentPrimaryAffiliation()
                    .map(a -> a.getCompany().getName())).contains("NuScale Power"));
        }
    }

    @DatabaseTest
    void shouldDemoteInAPersistenceUnitThatAnApplicationBuiltItself(TestDatabase db) {
        try (DatabaseScope scope = DatabaseScope.of(db);
                EntityManagerFactory factory = new HibernatePersistenceConfiguration("application")
                        .managedClasses(CompanyPersistence.ENTITY_CLASSES)
                        .property("jakarta.persistence.nonJtaDataSource", db.dataSource())
                        .createEntityManagerFactory()) {
            UnifiedData data = UnifiedData.in(scope);
            Person ann = data.person("Ann Lee");
            data.company("Holtec International").affiliate(ann, "CEO", true).save();

            EntityManager em = factory.createEntityManager();
            em.getTransaction().begin();
            Company nuscale = Company.create("NuScale Power");
            nuscale.affiliate(em.find(Person.class, ann.getId()), "Adviser", true);
            em.persist(nuscale);
            em.getTransaction().commit();
            em.close();

            assertThat(primaryFlags(scope, ann)).containsExactly("Holtec International false",
                    "NuScale Power true");
        }
    }

    @DatabaseTest
    void shouldInsertAPrimaryAffiliationThroughAStatelessSession(TestDatabase db) {
        try (DatabaseScope scope = DatabaseScope.of(db)) {
            Person ann = new Person(1, "Ann Lee");

            scope.entityManagerFactory().unwrap(SessionFactory.class).inStatelessTransaction(session -> {
                Company company = Company.create("Holtec International");
                session.insert(ann);
                session.insert(company);
                session.insert(company.affiliate(ann, "CEO", true));
            });

            assertThat(primaryFlags(scope, ann)).containsExactly("Holtec International true");
        }
    }

    private static PersonAffiliation affiliationAt(EntityManager em, Person person, String companyName) {
        return em.find(Person.class, person.getId()).getAffiliations().stream()
                .filter(a -> a.getCompany().getName().equals(companyName))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> primaryFlags(DatabaseScope scope, Person person) {
        return scope.fromJdbc(connection -> {
            List<String> flags = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("SELECT c.company_name, a.is_primary"
                    + " FROM person_company_affiliations a JOIN companies c ON a.company_id = c.company_id"
                    + " WHERE a.person_id = ? ORDER BY c.company_name")) {
                statement.setLong(1, person.getId());
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        flags.add(rows.getString(1) + " " + rows.getBoolean(2));
                    }
                }
            }
            return flags;
        });
    }
}

package org.companyunification.model;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;
import java.util.Set;
import java.util.stream.Collectors;
import org.companyunification.model.testing.DatabaseTest;
import org.companyunification.model.testing.TestDatabase;

class CompanyPersistenceTest {

    @DatabaseTest
    void shouldValidateTheMappingAgainstTheMigratedSchema(TestDatabase db) {
        try (EntityManagerFactory factory = CompanyPersistence.createEntityManagerFactory(db.dataSource())) {
            Set<Class<?>> mapped = factory.getMetamodel().getEntities().stream()
                    .<Class<?>>map(EntityType::getJavaType).collect(Collectors.toSet());
            assertThat(mapped)
                    .containsExactlyInAnyOrderElementsOf(CompanyPersistence.ENTITY_CLASSES);
        }
    }
}

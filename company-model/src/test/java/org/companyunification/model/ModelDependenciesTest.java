package org.companyunification.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the model jar light: apps that embed it get JPA, Hibernate, Guava, Flyway and SLF4J, nothing more. */
class ModelDependenciesTest {

    private static final JavaClasses MODEL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.companyunification.model");

    @Test
    void shouldDependOnlyOnTheJdkJpaHibernateGuavaFlywayAndSlf4j() {
        classes().that().resideInAPackage("org.companyunification.model..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "java..", "javax.sql..", "jakarta.persistence..", "org.hibernate..", "com.google.common..",
                        "org.flywaydb..", "org.slf4j..", "org.companyunification.model..")
                .because("company-model is embedded in every app and declares only these dependencies;"
                        + " anything else belongs in another module")
                .check(MODEL);
    }
}

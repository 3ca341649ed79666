package org.companyunification.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ModelArchitectureTest {

    private static final JavaClasses MODEL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.companyunification.model");

    @Test
    void shouldDependOnNoOtherModule() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.companyunification.sync..",
                        "org.companyunification.query..", "org.companyunification.analytics..",
                        "org.companyunification.cli..")
                .check(MODEL);
    }

    @Test
    void shouldKeepTheUnifiedAndLegacyModelsFreeOfTheOriginBookkeeping() {
        noClasses().that().resideInAnyPackage("..model.company..", "..model.legacy..", "..model.reference..")
                .should().dependOnClassesThat().resideInAPackage("..model.origin..")
                .check(MODEL);
    }

    @Test
    void shouldKeepTheDomainFreeOfTheSchemaMigrations() {
        noClasses().that().resideOutsideOfPackage("..model.schema..")
                .should().dependOnClassesThat().resideInAPackage("org.flywaydb..")
                .check(MODEL);
    }
}

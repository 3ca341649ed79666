package org.companyunification.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.Slices;
import org.companyunification.model.company.PersonAffiliation;
import org.companyunification.model.reference.Person;
import org.companyunification.model.reference.Person_;
import org.junit.jupiter.api.Test;

class ModelArchitectureTest {

    /** Every package of the module is a slice of its own, the top-level package included. */
    private static final String EVERY_PACKAGE = "org.companyunification.(**)";

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

    @Test
    void shouldKeepThePackagesFreeOfCycles() {
        slices().matching(EVERY_PACKAGE).should().beFreeOfCycles()
                .ignoreDependency(Person.class, PersonAffiliation.class)
                .ignoreDependency(Person_.class, PersonAffiliation.class)
                .because("a package cycle ties its packages into one; the one allowed is the two-way association"
                        + " between a person and the affiliations that Company keeps in step (and its twin in the"
                        + " generated metamodel)")
                .check(MODEL);
    }

    @Test
    void shouldCountTheTopLevelPackageAsOneOfTheSlices() {
        assertThat(Slices.matching(EVERY_PACKAGE).transform(MODEL))
                .anySatisfy(slice -> assertThat(slice).contains(MODEL.get(CompanyUnificationException.class)));
    }
}

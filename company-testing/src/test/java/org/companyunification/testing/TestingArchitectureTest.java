package org.companyunification.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.Slices;
import org.junit.jupiter.api.Test;

class TestingArchitectureTest {

    /** Every package of the module is a slice of its own, the top-level package included. */
    private static final String EVERY_PACKAGE = "org.companyunification.(**)";

    private static final JavaClasses FIXTURES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.companyunification.testing");

    @Test
    void shouldDependOnTheModelAloneOfTheOtherModules() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.companyunification.sync..",
                        "org.companyunification.query..", "org.companyunification.analytics..",
                        "org.companyunification.cli..")
                .because("applications' tests use the fixtures with the model alone, and the other modules' tests"
                        + " use the fixtures")
                .check(FIXTURES);
    }

    @Test
    void shouldKeepThePackagesFreeOfCycles() {
        slices().matching(EVERY_PACKAGE).should().beFreeOfCycles().check(FIXTURES);
    }

    @Test
    void shouldCountTheTopLevelPackageAsOneOfTheSlices() {
        assertThat(Slices.matching(EVERY_PACKAGE).transform(FIXTURES))
                .anySatisfy(slice -> assertThat(slice).contains(FIXTURES.get(TestDatabase.class)));
    }
}

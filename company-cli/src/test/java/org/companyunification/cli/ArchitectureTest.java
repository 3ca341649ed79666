package org.companyunification.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The dependency rules between the modules, checked on the production classes of all five jars (this module
 * sees every one of them). Test classes and the model's fixtures test-jar are left out.
 */
class ArchitectureTest {

    private static final String ROOT = "org.companyunification";

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages(ROOT);

    @Test
    void shouldSeeTheClassesOfEveryModuleThatHasSome() {
        assertThat(CLASSES.stream().map(JavaClass::getPackageName).distinct())
                .contains(ROOT + ".model.schema", ROOT + ".query", ROOT + ".analytics", ROOT + ".cli",
                        ROOT + ".cli.internal")
                .doesNotContain(ROOT + ".model.testing");
    }

    @Test
    void shouldKeepTheModelFreeOfTheOtherModules() {
        noClasses().that().resideInAPackage(ROOT + ".model..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        ROOT + ".sync..", ROOT + ".query..", ROOT + ".analytics..", ROOT + ".cli..")
                .because("company-model is the base that every module and every app builds on,"
                        + " so it cannot depend on any of them")
                .check(CLASSES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"model", "sync", "query", "analytics", "cli"})
    void shouldKeepTheInternalPackagesOfEachModuleToThatModule(String module) {
        noClasses().that().resideOutsideOfPackage(ROOT + "." + module + "..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + "." + module + ".internal..")
                .because("internal packages are not part of a module's API and may change at any time;"
                        + " use the public types of company-" + module + " instead")
                .check(CLASSES);
    }

    @Test
    void shouldKeepQueryAndAnalyticsIndependentOfSync() {
        noClasses().that().resideInAnyPackage(ROOT + ".query..", ROOT + ".analytics..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".sync..")
                .because("company-query and company-analytics read the unified schema through company-model"
                        + " and must work in apps that never run the migration")
                .check(CLASSES);
    }

    @Test
    void shouldLetNothingDependOnTheCommandLineTool() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".cli..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".cli..")
                .because("company-cli is the application at the top; the library jars are embedded in apps"
                        + " that do not ship it")
                .check(CLASSES);
    }
}

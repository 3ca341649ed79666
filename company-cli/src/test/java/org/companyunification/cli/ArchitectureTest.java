package org.companyunification.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The dependency rules between the modules, and the names of their public types, checked on the production
 * classes of all six jars (this module sees every one of them). Test classes are left out.
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
                .contains(ROOT + ".model.schema", ROOT + ".sync", ROOT + ".query", ROOT + ".analytics",
                        ROOT + ".testing", ROOT + ".cli", ROOT + ".cli.internal")
                .doesNotContain(ROOT + ".model.testing");
    }

    @Test
    void shouldGiveNoTwoPublicTypesTheSameSimpleName() {
        Map<String, List<String>> shared = CLASSES.stream()
                .filter(type -> type.isTopLevelClass() && type.getModifiers().contains(JavaModifier.PUBLIC))
                .collect(Collectors.groupingBy(JavaClass::getSimpleName, TreeMap::new,
                        Collectors.mapping(JavaClass::getName, Collectors.toList())));
        shared.values().removeIf(types -> types.size() < 2);
        assertThat(shared)
                .as("an app that imports from two modules cannot tell such types apart without qualifying one")
                .isEmpty();
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

    @Test
    void shouldKeepThePackagesBelowTheCommandLineToolFreeOfCycles() {
        slices().matching(ROOT + ".cli.(**)")
                .should().beFreeOfCycles()
                .because("a package cycle ties the commands, the plumbing and the benchmark into one lump")
                .check(CLASSES);
    }

    @Test
    void shouldKeepTheCommandLineToolsTopLevelPackageOutOfCycles() {
        slices().assignedFrom(CLI_PACKAGES)
                .should().beFreeOfCycles()
                .because("the entry point depends on the commands and the plumbing, so they cannot depend on it")
                .check(CLASSES);
    }

    @Test
    void shouldGiveTheTopLevelPackageASliceOfItsOwn() {
        assertThat(CLI_PACKAGES.getIdentifierOf(CLASSES.get(Main.class))).isEqualTo(SliceIdentifier.of("cli"));
        assertThat(CLI_PACKAGES.getIdentifierOf(CLASSES.get(ROOT + ".cli.internal.ErrorReporter")))
                .isEqualTo(SliceIdentifier.of("internal"));
    }

    /**
     * One slice a package of company-cli: the top-level package {@code cli} and each package below it with its
     * own subpackages. {@code matching("org.companyunification.cli.(**)")} leaves the top-level package out.
     */
    private static final SliceAssignment CLI_PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String cli = ROOT + ".cli";
            String name = javaClass.getPackageName();
            if (name.equals(cli)) {
                return SliceIdentifier.of("cli");
            }
            if (name.startsWith(cli + ".")) {
                return SliceIdentifier.of(name.substring(cli.length() + 1).split("\\.")[0]);
            }
            return SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "the packages of company-cli, the top-level one included";
        }
    };
}

package org.companyunification.sync;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.companyunification.testing.PackageCycles;
import org.junit.jupiter.api.Test;

class SyncArchitectureTest {

    private static final String SYNC = "org.companyunification.sync";
    private static final String INTERNAL = SYNC + ".internal..";

    private static final JavaClasses SYNC_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(SYNC);

    private static final JavaClasses ALL_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.companyunification");

    @Test
    void shouldHaveNoCyclesBetweenItsPackages() {
        PackageCycles.freeOfCycles(SYNC, "company-sync").check(SYNC_CLASSES);
    }

    @Test
    void shouldKeepTheInternalPackageFreeOfTheApi() {
        noClasses().that().resideInAPackage(INTERNAL)
                .should().dependOnClassesThat().resideOutsideOfPackages(INTERNAL, "org.companyunification.model..",
                        "java..", "javax..", "com.google..", "org.slf4j..")
                .check(SYNC_CLASSES);
    }

    @Test
    void shouldLetOnlyCompanySyncUseItsInternalPackage() {
        classes().that().resideInAPackage(INTERNAL)
                .should().onlyHaveDependentClassesThat().resideInAPackage(SYNC + "..")
                .check(ALL_CLASSES);
    }

    @Test
    void shouldNotHandInternalTypesToApplications() {
        noMethods().that().arePublic().and().areDeclaredInClassesThat().arePublic()
                .and().areDeclaredInClassesThat().resideOutsideOfPackage(INTERNAL)
                .should().haveRawReturnType(JavaClass.Predicates.resideInAPackage(INTERNAL))
                .check(SYNC_CLASSES);
    }
}

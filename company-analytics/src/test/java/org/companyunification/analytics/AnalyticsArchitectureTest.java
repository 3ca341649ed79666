package org.companyunification.analytics;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

/** The package rules of company-analytics, checked on its production classes. */
class AnalyticsArchitectureTest {

    private static final String ROOT = "org.companyunification.analytics";

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void shouldImportTheClassesOfThisModule() {
        assertThat(CLASSES.stream().map(JavaClass::getPackageName)).contains(ROOT);
    }

    @Test
    void shouldKeepItsPackagesFreeOfCycles() {
        slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String packageName = javaClass.getPackageName();
                return packageName.equals(ROOT) || packageName.startsWith(ROOT + ".")
                        ? SliceIdentifier.of(packageName) : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "the packages of company-analytics, each on its own";
            }
        }).should().beFreeOfCycles().check(CLASSES);
    }
}

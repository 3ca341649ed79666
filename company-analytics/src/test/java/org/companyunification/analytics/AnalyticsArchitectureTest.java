package org.companyunification.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.companyunification.testing.PackageCycles;
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
        PackageCycles.freeOfCycles(ROOT, "company-analytics").check(CLASSES);
    }
}

package org.companyunification.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

class PackageCyclesTest {

    @Test
    void shouldFindACycleBetweenTheRootPackageAndItsSubPackage() {
        JavaClasses classes = new ClassFileImporter().importPackages("org.companyunification.testing.cycles");

        assertThatThrownBy(() -> PackageCycles.freeOfCycles("org.companyunification.testing.cycles", "fixture")
                .check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected");
    }
}

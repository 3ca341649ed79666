package org.companyunification.testing;

import static com.google.common.base.Preconditions.checkArgument;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * An ArchUnit rule that the packages below a root package, the root package itself included, depend on each
 * other without cycles. ArchUnit's {@code slices().matching("root.(**)")} leaves classes of the root package
 * out; this rule gives every package, the root one too, a slice of its own.
 *
 * <p>Needs {@code com.tngtech.archunit:archunit} on the test class path (an optional dependency of this module).
 */
public final class PackageCycles {

    private PackageCycles() {}

    /**
     * Returns the rule for the packages of one module.
     *
     * @param rootPackage the module's top-level package, for example {@code org.companyunification.sync}
     * @param module the module's name, for the rule's description
     * @return a rule to {@link ArchRule#check check} against the module's classes
     * @throws IllegalArgumentException when the root package is blank
     */
    public static ArchRule freeOfCycles(String rootPackage, String module) {
        checkArgument(rootPackage != null && !rootPackage.isBlank(), "root package must not be blank");
        return slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String name = javaClass.getPackageName();
                return name.equals(rootPackage) || name.startsWith(rootPackage + ".")
                        ? SliceIdentifier.of(name) : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "the packages of " + module + ", each on its own";
            }
        }).should().beFreeOfCycles();
    }
}

package org.companyunification.testing.cycles;

import org.companyunification.testing.cycles.inner.Inner;

/** Half of a package cycle between a root package and its sub-package, for {@code PackageCyclesTest}. */
public class Outer {
    Inner inner;
}

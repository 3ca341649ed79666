package org.companyunification.testing.cycles.inner;

import org.companyunification.testing.cycles.Outer;

/** The other half of the package cycle, for {@code PackageCyclesTest}. */
public class Inner {
    Outer outer;
}

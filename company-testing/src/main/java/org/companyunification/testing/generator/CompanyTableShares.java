package org.companyunification.testing.generator;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.companyunification.model.legacy.LegacyTable;

/** How often each of the six company tables is drawn, by its share (the shares need not add up to 1). */
final class CompanyTableShares {

    private static final List<LegacyTable> TABLES = LegacyTable.companyTables();

    private final double[] weights;

    /** Takes a share for every table of {@link LegacyTable#companyTables()}. */
    CompanyTableShares(Map<LegacyTable, Double> shares) {
        this.weights = TABLES.stream().mapToDouble(shares::get).toArray();
    }

    /** Draws a table and returns its position in {@link LegacyTable#companyTables()}. */
    int drawIndex(SplittableRandom random) {
        return RandomValues.weighted(random, weights);
    }

    /** Draws a table. */
    LegacyTable draw(SplittableRandom random) {
        return TABLES.get(drawIndex(random));
    }
}

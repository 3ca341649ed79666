package org.companyunification.sync.validation;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How much of one legacy table the unified tables account for.
 *
 * @param table the legacy table
 * @param rows its rows
 * @param mapped rows with an origin record (migrated)
 * @param notMapped rows in scope without one (rejected, orphans, or not migrated yet)
 * @param outOfScope rows the migration leaves alone by design (personnel links to projects)
 */
public record TableCoverage(String table, long rows, long mapped, long notMapped, long outOfScope) {

    /**
     * Returns the share of in-scope rows that are mapped, 1.0 for a table with nothing in scope.
     *
     * @return the ratio, from 0 to 1
     */
    @JsonProperty
    public double ratio() {
        long inScope = mapped + notMapped;
        return inScope == 0 ? 1.0 : (double) mapped / inScope;
    }
}

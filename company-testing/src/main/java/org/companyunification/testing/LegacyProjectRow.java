package org.companyunification.testing;

import org.companyunification.model.legacy.LegacyTable;
import java.math.BigDecimal;

/**
 * A row of the legacy {@code projects} table; see {@link LegacyData#project(long, String, java.util.function.Consumer)}.
 */
public final class LegacyProjectRow extends LegacyNamedRow<LegacyProjectRow> {

    LegacyProjectRow(long id, String name) {
        super(LegacyTable.PROJECTS, id, name);
    }

    /**
     * Sets the {@code location} column (default: {@code NULL}).
     *
     * @param location the site, or {@code null}
     * @return this row
     */
    public LegacyProjectRow location(String location) {
        return set("location", location);
    }

    /**
     * Sets the {@code country} column (default: {@code NULL}).
     *
     * @param country the country, or {@code null}
     * @return this row
     */
    public LegacyProjectRow country(String country) {
        return set("country", country);
    }

    /**
     * Sets the {@code status} column (default: {@code NULL}).
     *
     * @param status the project status, free text in the legacy schema, or {@code null}
     * @return this row
     */
    public LegacyProjectRow status(String status) {
        return set("status", status);
    }

    /**
     * Sets the {@code technology} column (default: {@code NULL}).
     *
     * @param technology the technology, or {@code null}
     * @return this row
     */
    public LegacyProjectRow technology(String technology) {
        return set("technology", technology);
    }

    /**
     * Sets the {@code capacity_mw} column, a {@code DECIMAL(10,2)} (default: {@code NULL}).
     *
     * @param capacityMw the capacity in megawatts, or {@code null}
     * @return this row
     */
    public LegacyProjectRow capacityMw(BigDecimal capacityMw) {
        return set("capacity_mw", capacityMw);
    }

    /**
     * Sets the {@code capacity_mw} column from a decimal literal, for example {@code "300.50"}.
     *
     * @param capacityMw the capacity in megawatts
     * @return this row
     * @throws NumberFormatException when the text is not a decimal number
     */
    public LegacyProjectRow capacityMw(String capacityMw) {
        return capacityMw(new BigDecimal(capacityMw));
    }
}

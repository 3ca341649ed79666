package org.companyunification.testing;

import org.companyunification.model.legacy.LegacyTable;

/**
 * A row of the legacy {@code technology_vendors} table; see
 * see {@link LegacyData#vendor(long, String, java.util.function.Consumer)}.
 */
public final class LegacyVendorRow extends LegacyCompanyRow<LegacyVendorRow> {

    LegacyVendorRow(long id, String name) {
        super(LegacyTable.TECHNOLOGY_VENDORS, id, name);
    }

    /**
     * Sets the {@code reactor_type} column (default: {@code NULL}).
     *
     * @param reactorType the reactor design the vendor supplies, or {@code null}
     * @return this row
     */
    public LegacyVendorRow reactorType(String reactorType) {
        return set("reactor_type", reactorType);
    }
}

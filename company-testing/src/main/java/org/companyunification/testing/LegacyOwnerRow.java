package org.companyunification.testing;

import org.companyunification.model.legacy.LegacyTable;

/**
 * A row of the legacy {@code owners_developers} table; see
 * see {@link LegacyData#owner(long, String, java.util.function.Consumer)}.
 */
public final class LegacyOwnerRow extends LegacyCompanyRow<LegacyOwnerRow> {

    LegacyOwnerRow(long id, String name) {
        super(LegacyTable.OWNERS_DEVELOPERS, id, name);
    }

    /**
     * Sets the {@code company_type} column (default: {@code NULL}).
     *
     * @param companyType the kind of company, free text in the legacy schema, or {@code null}
     * @return this row
     */
    public LegacyOwnerRow companyType(String companyType) {
        return set("company_type", companyType);
    }
}

package org.companyunification.testing;

import org.companyunification.model.legacy.LegacyTable;

/**
 * A row of the legacy {@code offtakers} table; see
 * see {@link LegacyData#offtaker(long, String, java.util.function.Consumer)}.
 */
public final class LegacyOfftakerRow extends LegacyCompanyRow<LegacyOfftakerRow> {

    LegacyOfftakerRow(long id, String name) {
        super(LegacyTable.OFFTAKERS, id, name);
    }

    /**
     * Sets the {@code sector} column (default: {@code NULL}).
     *
     * @param sector the industry the off-taker is in, or {@code null}
     * @return this row
     */
    public LegacyOfftakerRow sector(String sector) {
        return set("sector", sector);
    }
}

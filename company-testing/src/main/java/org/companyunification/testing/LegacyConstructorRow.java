package org.companyunification.testing;

import org.companyunification.model.legacy.LegacyTable;

/**
 * A row of the legacy {@code constructors} table, which has only the shared company columns; see
 * {@link LegacyData#constructor(long, String, java.util.function.Consumer)}.
 */
public final class LegacyConstructorRow extends LegacyCompanyRow<LegacyConstructorRow> {

    LegacyConstructorRow(long id, String name) {
        super(LegacyTable.CONSTRUCTORS, id, name);
    }
}

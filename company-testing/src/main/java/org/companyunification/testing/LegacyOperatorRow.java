package org.companyunification.testing;

import org.companyunification.model.legacy.LegacyTable;

/**
 * A row of the legacy {@code operators} table, which has only the shared company columns; see
 * {@link LegacyData#operator(long, String, java.util.function.Consumer)}.
 */
public final class LegacyOperatorRow extends LegacyCompanyRow<LegacyOperatorRow> {

    LegacyOperatorRow(long id, String name) {
        super(LegacyTable.OPERATORS, id, name);
    }
}

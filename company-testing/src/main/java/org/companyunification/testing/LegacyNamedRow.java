package org.companyunification.testing;

import java.time.LocalDateTime;
import org.companyunification.model.legacy.LegacyTable;

/**
 * A row of a legacy table that has a {@code NOT NULL} name column and an {@code updated_at} column: {@code
 * projects}, {@code personnel} and the six company tables.
 *
 * @param <T> the concrete row type
 */
public abstract class LegacyNamedRow<T extends LegacyNamedRow<T>> extends LegacyRow<T> {

    LegacyNamedRow(LegacyTable table, long id, String name) {
        super(table, id);
        set(table.nameColumn(), name);
    }

    /**
     * Sets the {@code updated_at} column (default: {@code NULL}).
     *
     * @param updatedAt the last change time, or {@code null}
     * @return this row
     */
    public T updatedAt(LocalDateTime updatedAt) {
        return set("updated_at", updatedAt);
    }
}

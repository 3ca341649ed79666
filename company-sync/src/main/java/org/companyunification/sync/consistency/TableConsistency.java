package org.companyunification.sync.consistency;

import static java.util.Objects.requireNonNull;

/**
 * What the check found for one legacy table.
 *
 * @param table the legacy table
 * @param legacyRows the rows it holds
 * @param notMapped rows the mapping rule does not migrate (rejected, such as a blank name or a missing project,
 *     or skipped, such as a personnel link to a project) and that have no origin record: no unified row is
 *     expected for them, and they are not differences
 * @param differences the differences naming a row of this table (including origin records whose row is gone)
 */
public record TableConsistency(String table, long legacyRows, long notMapped, long differences) {

    /**
     * Checks the table name.
     *
     * @throws NullPointerException when the table is {@code null}
     */
    public TableConsistency {
        requireNonNull(table, "table");
    }
}

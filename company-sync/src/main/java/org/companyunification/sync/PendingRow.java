package org.companyunification.sync;

/**
 * A unified row that a migration page creates or updates: its id, whether the page inserts it, and its primary
 * flag, which resolving the page's primaries may still change.
 */
class PendingRow {

    final long id;
    final boolean isNew;
    boolean primary;

    PendingRow(long id, boolean isNew, boolean primary) {
        this.id = id;
        this.isNew = isNew;
        this.primary = primary;
    }
}

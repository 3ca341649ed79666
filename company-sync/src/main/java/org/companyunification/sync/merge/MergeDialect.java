package org.companyunification.sync.merge;

import org.companyunification.model.schema.DatabaseVendor;

/** The few places where the merge's SQL differs between the three databases. */
final class MergeDialect {

    private final DatabaseVendor vendor;

    MergeDialect(DatabaseVendor vendor) {
        this.vendor = vendor;
    }

    /** A query that draws the next value of a sequence. */
    String nextValue(String sequence) {
        return vendor == DatabaseVendor.POSTGRESQL
                ? "SELECT nextval('" + sequence + "')"
                : "SELECT NEXT VALUE FOR " + sequence;
    }

    /**
     * A condition that holds when two values are the same, two NULLs included. Text compares code point by code
     * point: MariaDB's tables compare text case-insensitively and ignore trailing spaces, so there both sides are
     * compared as bytes.
     */
    String same(String left, String right, boolean text) {
        if (vendor == DatabaseVendor.MARIADB) {
            return text ? "BINARY " + left + " <=> BINARY " + right : left + " <=> " + right;
        }
        return left + " IS NOT DISTINCT FROM " + right;
    }
}

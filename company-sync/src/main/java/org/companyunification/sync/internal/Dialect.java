package org.companyunification.sync.internal;

import org.companyunification.model.schema.DatabaseVendor;

/** The few places where the SQL of the three databases differs. */
public final class Dialect {

    private final DatabaseVendor vendor;

    private Dialect(DatabaseVendor vendor) {
        this.vendor = vendor;
    }

    /**
     * Returns the dialect of a database.
     *
     * @param vendor the database
     * @return its dialect
     */
    public static Dialect of(DatabaseVendor vendor) {
        return new Dialect(vendor);
    }

    /**
     * Returns the database.
     *
     * @return the vendor
     */
    public DatabaseVendor vendor() {
        return vendor;
    }

    /**
     * Returns a query that draws the next value of a sequence.
     *
     * @param sequence the sequence name
     * @return the query
     */
    public String nextValue(String sequence) {
        return vendor == DatabaseVendor.POSTGRESQL
                ? "SELECT nextval('" + sequence + "')"
                : "SELECT NEXT VALUE FOR " + sequence;
    }

    /**
     * Returns the aggregate that joins strings with a comma.
     *
     * @param expression what to join
     * @return the SQL expression
     */
    public String listAgg(String expression) {
        return vendor == DatabaseVendor.POSTGRESQL
                ? "string_agg(" + expression + ", ',')"
                : "GROUP_CONCAT(" + expression + ")";
    }
}

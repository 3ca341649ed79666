package org.companyunification.testing;

import org.companyunification.model.legacy.LegacyTable;

/**
 * A row of one of the six legacy company tables, with the columns they all share; the subclasses add the
 * columns only their table has.
 *
 * @param <T> the concrete row type
 */
public abstract class LegacyCompanyRow<T extends LegacyCompanyRow<T>> extends LegacyNamedRow<T> {

    LegacyCompanyRow(LegacyTable table, long id, String name) {
        super(table, id, name);
    }

    /**
     * Sets the {@code website} column (default: {@code NULL}).
     *
     * @param website the web address, not checked, or {@code null}
     * @return this row
     */
    public T website(String website) {
        return set("website", website);
    }

    /**
     * Sets the {@code country} column (default: {@code NULL}).
     *
     * @param country the country, or {@code null}
     * @return this row
     */
    public T country(String country) {
        return set("country", country);
    }

    /**
     * Sets the {@code contact_email} column (default: {@code NULL}).
     *
     * @param contactEmail the e-mail address, not checked, or {@code null}
     * @return this row
     */
    public T contactEmail(String contactEmail) {
        return set("contact_email", contactEmail);
    }

    /**
     * Sets the {@code contact_phone} column (default: {@code NULL}).
     *
     * @param contactPhone the phone number, or {@code null}
     * @return this row
     */
    public T contactPhone(String contactPhone) {
        return set("contact_phone", contactPhone);
    }
}

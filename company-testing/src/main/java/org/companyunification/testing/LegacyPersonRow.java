package org.companyunification.testing;

import org.companyunification.model.legacy.LegacyTable;

/**
 * A row of the legacy {@code personnel} table; see {@link LegacyData#person(long, String, java.util.function.Consumer)}.
 */
public final class LegacyPersonRow extends LegacyNamedRow<LegacyPersonRow> {

    LegacyPersonRow(long id, String fullName) {
        super(LegacyTable.PERSONNEL, id, fullName);
    }

    /**
     * Sets the {@code email} column (default: {@code NULL}).
     *
     * @param email the e-mail address, not checked, or {@code null}
     * @return this row
     */
    public LegacyPersonRow email(String email) {
        return set("email", email);
    }

    /**
     * Sets the {@code phone} column (default: {@code NULL}).
     *
     * @param phone the phone number, or {@code null}
     * @return this row
     */
    public LegacyPersonRow phone(String phone) {
        return set("phone", phone);
    }
}

package org.companyunification.testing;

import org.companyunification.model.legacy.LegacyTable;
import java.time.LocalDate;

/**
 * A row of the legacy {@code clients} table, with its CRM columns; see
 * {@link LegacyData#client(long, String, java.util.function.Consumer)}. The legacy schema does not constrain the
 * CRM codes, so any text goes in: {@code "strong "}, {@code "HIGH"}, {@code "Very strong"}.
 */
public final class LegacyClientRow extends LegacyCompanyRow<LegacyClientRow> {

    LegacyClientRow(long id, String name) {
        super(LegacyTable.CLIENTS, id, name);
    }

    /**
     * Sets the {@code relationship_strength} column, usually {@code Strong}, {@code Medium}, {@code Weak} or
     * {@code New} (default: {@code NULL}).
     *
     * @param relationshipStrength the strength as written in the legacy row, or {@code null}
     * @return this row
     */
    public LegacyClientRow relationshipStrength(String relationshipStrength) {
        return set("relationship_strength", relationshipStrength);
    }

    /**
     * Sets the {@code client_priority} column, usually {@code High}, {@code Medium} or {@code Low}
     * (default: {@code NULL}).
     *
     * @param clientPriority the priority as written in the legacy row, or {@code null}
     * @return this row
     */
    public LegacyClientRow clientPriority(String clientPriority) {
        return set("client_priority", clientPriority);
    }

    /**
     * Sets the {@code relationship_notes} column (default: {@code NULL}).
     *
     * @param relationshipNotes free text, or {@code null}
     * @return this row
     */
    public LegacyClientRow relationshipNotes(String relationshipNotes) {
        return set("relationship_notes", relationshipNotes);
    }

    /**
     * Sets the {@code last_contact_date} column (default: {@code NULL}).
     *
     * @param lastContactDate the date, or {@code null}
     * @return this row
     */
    public LegacyClientRow lastContactDate(LocalDate lastContactDate) {
        return set("last_contact_date", lastContactDate);
    }

    /**
     * Sets the {@code next_contact_date} column (default: {@code NULL}); it may lie before the last contact.
     *
     * @param nextContactDate the date, or {@code null}
     * @return this row
     */
    public LegacyClientRow nextContactDate(LocalDate nextContactDate) {
        return set("next_contact_date", nextContactDate);
    }
}

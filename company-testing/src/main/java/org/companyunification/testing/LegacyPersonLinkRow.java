package org.companyunification.testing;

import org.companyunification.model.legacy.LegacyTable;
import java.time.LocalDate;

/**
 * A row of the legacy {@code personnel_entity_relationships} table: a person at a company (or on a project).
 * See {@link LegacyData#personAt(long, long, String, long, java.util.function.Consumer)}. Nothing stops the end
 * date from lying before the start date, or the ids from pointing at rows that do not exist.
 */
public final class LegacyPersonLinkRow extends LegacyRow<LegacyPersonLinkRow> {

    LegacyPersonLinkRow(long id, long personnelId, String entityType, long entityId) {
        super(LegacyTable.PERSONNEL_ENTITY_RELATIONSHIPS, id);
        set("personnel_id", personnelId);
        set("entity_type", entityType);
        set("entity_id", entityId);
        set("is_primary", false);
    }

    /**
     * Sets the {@code role_title} column (default: {@code NULL}).
     *
     * @param title the person's title at the entity, for example {@code CEO}, or {@code null}
     * @return this row
     */
    public LegacyPersonLinkRow title(String title) {
        return set("role_title", title);
    }

    /**
     * Sets the {@code is_primary} column (default: {@code false}).
     *
     * @param primary whether this is the person's primary affiliation
     * @return this row
     */
    public LegacyPersonLinkRow primary(boolean primary) {
        return set("is_primary", primary);
    }

    /**
     * Sets the {@code start_date} column (default: {@code NULL}).
     *
     * @param start the first day, or {@code null}
     * @return this row
     */
    public LegacyPersonLinkRow start(LocalDate start) {
        return set("start_date", start);
    }

    /**
     * Sets the {@code end_date} column (default: {@code NULL}, an affiliation that has not ended).
     *
     * @param end the last day, or {@code null}
     * @return this row
     */
    public LegacyPersonLinkRow end(LocalDate end) {
        return set("end_date", end);
    }
}

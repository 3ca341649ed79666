package org.companyunification.testing;

import org.companyunification.model.legacy.LegacyTable;

/**
 * A row of one of the five legacy {@code project_*_relationships} tables: a company in a role on a project.
 * The legacy schema declares no foreign keys, so the project and company ids may point at rows that do not
 * exist. See {@link LegacyData#vendorOnProject(long, long, long, boolean, java.util.function.Consumer)} and its
 * siblings.
 */
public final class LegacyProjectLinkRow extends LegacyRow<LegacyProjectLinkRow> {

    LegacyProjectLinkRow(LegacyTable table, long id, long projectId, long companyId, boolean primary) {
        super(table, id);
        set("project_id", projectId);
        set(table.companyIdColumn(), companyId);
        set("is_primary", primary);
    }

    /**
     * Sets the {@code is_primary} column, overriding the flag given when the row was added.
     *
     * @param primary whether the company is the primary one of its role on the project
     * @return this row
     */
    public LegacyProjectLinkRow primary(boolean primary) {
        return set("is_primary", primary);
    }
}

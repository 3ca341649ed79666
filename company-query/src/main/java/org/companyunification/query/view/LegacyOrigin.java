package org.companyunification.query.view;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * A legacy row a unified company came from ({@code company_origins}), so that an app can link back to the legacy
 * page of that row.
 *
 * @param sourceTable the legacy table, such as {@code technology_vendors} or {@code clients}
 * @param sourceId the row's id in that table
 * @param sourceName the name the legacy row had, or empty when it was not recorded
 */
public record LegacyOrigin(String sourceTable, long sourceId, Optional<String> sourceName) {

    /**
     * Creates the view.
     *
     * @throws NullPointerException when a component is {@code null}
     */
    public LegacyOrigin {
        checkNotNull(sourceTable, "source table must not be null");
        checkNotNull(sourceName, "source name must not be null: use Optional.empty()");
    }
}

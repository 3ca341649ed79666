package org.companyunification.sync.validation;

/**
 * A legacy row in the migration's scope that no unified row came from.
 *
 * @param table the legacy table
 * @param id the row's primary key
 * @param reason why, as the latest backfill run recorded it, or a note that no run has rejected it (it was never
 *     migrated, or was added since the last run)
 */
public record UnmappedRow(String table, long id, String reason) {}

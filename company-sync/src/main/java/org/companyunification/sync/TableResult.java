package org.companyunification.sync;

/**
 * What a backfill did, or in a dry run would do, with one legacy table.
 *
 * @param step the step the table belongs to
 * @param table the legacy table
 * @param read rows read
 * @param created rows that created a new unified row (a company, an assignment, an affiliation)
 * @param updated rows migrated before that changed since, whose unified rows were updated
 * @param unchanged rows migrated before and unchanged since: skipped
 * @param merged rows joined to an existing unified row (the same organisation, the same assignment)
 * @param rejected rows that could not be migrated, each listed with its reason
 * @param skipped rows outside the migration's scope (a personnel relationship to a project, not a company)
 * @param warnings warnings raised on migrated rows
 */
public record TableResult(
        Step step, String table, long read, long created, long updated, long unchanged, long merged,
        long rejected, long skipped, long warnings) {

    /**
     * Returns how many rows the table's unified side now accounts for: created, updated, unchanged or merged.
     *
     * @return the migrated row count
     */
    public long migrated() {
        return counts().migrated();
    }

    /**
     * Returns the table's counts without the step and table.
     *
     * @return the counts
     */
    public RowCounts counts() {
        return new RowCounts(read, created, updated, unchanged, merged, rejected, skipped, warnings);
    }
}

package org.companyunification.sync;

/**
 * How many legacy rows a backfill read and what became of them: the counts of one table
 * ({@link TableResult#counts()}) or of a whole run ({@link BackfillResult#total()}).
 *
 * @param read rows read
 * @param created rows that created a new unified row (a company, an assignment, an affiliation)
 * @param updated rows migrated before that changed since, whose unified rows were updated
 * @param unchanged rows migrated before and unchanged since: skipped
 * @param merged rows joined to an existing unified row (the same organisation, the same assignment)
 * @param rejected rows that could not be migrated, each listed with its reason
 * @param skipped rows outside the migration's scope (a personnel relationship to a project, not a company)
 * @param warnings warnings raised on migrated rows
 */
public record RowCounts(
        long read, long created, long updated, long unchanged, long merged, long rejected, long skipped,
        long warnings) {

    /** No rows at all. */
    public static final RowCounts NONE = new RowCounts(0, 0, 0, 0, 0, 0, 0, 0);

    /**
     * Returns how many rows the unified side now accounts for: created, updated, unchanged or merged.
     *
     * @return the migrated row count
     */
    public long migrated() {
        return created + updated + unchanged + merged;
    }

    /**
     * Adds other counts to these.
     *
     * @param other the counts to add
     * @return the sums
     */
    public RowCounts plus(RowCounts other) {
        return new RowCounts(read + other.read, created + other.created, updated + other.updated,
                unchanged + other.unchanged, merged + other.merged, rejected + other.rejected,
                skipped + other.skipped, warnings + other.warnings);
    }
}

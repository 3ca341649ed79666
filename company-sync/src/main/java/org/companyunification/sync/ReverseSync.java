package org.companyunification.sync;

/**
 * Unified-to-legacy dual-write: while it is on, every change an application makes through the unified entities
 * ({@link org.companyunification.model.company.Company} and the role assignments, client profile and affiliations
 * it owns) also writes the matching legacy rows, in the same transaction, so that applications still reading the
 * legacy tables see the same data. It is off by default and switched on with the Hibernate or Jakarta Persistence
 * property {@value #UNIFIED_TO_LEGACY}:
 *
 * <pre>{@code
 * EntityManagerFactory factory = CompanyPersistence.createEntityManagerFactory(dataSource,
 *         CompanyPersistence.Options.defaults().withProperty(ReverseSync.UNIFIED_TO_LEGACY, true));
 * }</pre>
 *
 * <p>The changes of a transaction are collected while Hibernate flushes them and written once, just before the
 * transaction commits, with JDBC on the transaction's own connection (never through the legacy entities). Each
 * legacy row written gets the origin record a backfill would have written for it ({@code company_origins},
 * {@code assignment_origins}, {@code affiliation_origins}, with the row's fingerprint), so a later backfill sees
 * the row as already migrated and unchanged. What each change writes:
 *
 * <ul>
 *   <li><b>A global role</b> (also of a new company): a row in the role's legacy company table with the company's
 *       values (name, website, country, contacts, notes, and company type, reactor type or sector where the table
 *       has the column; for {@code clients} the client profile's CRM values). A company that already has a
 *       legacy row in that table keeps it.
 *   <li><b>Removing a global role</b>: the company's rows of that table are deleted with their origin records.
 *       It is refused ({@link org.companyunification.model.ErrorCode#RULE_VIOLATION}, the transaction rolls back)
 *       while the company holds the role on a project, and while a legacy personnel relationship names one of the
 *       rows and the company has no other legacy row to name instead.
 *   <li><b>A project role</b>: a {@code project_*_relationships} row with the primary flag and notes, pointing
 *       at the company's row of the role's table (created first when there is none). Changing the primary flag or
 *       the notes updates it; removing the role deletes it. Clients have no project relationship table: a client
 *       role on a project is not written (a warning is logged).
 *   <li><b>A client profile</b>: the CRM columns of the company's {@code clients} rows; clearing the profile
 *       empties them. A company without a {@code clients} row gets none (a warning is logged).
 *   <li><b>An affiliation</b>: a {@code personnel_entity_relationships} row with title, primary flag, dates and
 *       notes, naming the company's first legacy row (in catalogue order); later changes update it. A company
 *       without any legacy row has nothing to name: the affiliation is not written (a warning is logged).
 *   <li><b>Changed company fields</b>: written to every legacy row of the company whose table has the column,
 *       with {@code updated_at} set; a value an earlier backfill kept in the row's origin record as differing is
 *       dropped from it, since the row now agrees.
 * </ul>
 *
 * <p>Not written: a company without roles (no legacy table holds it), JPQL bulk updates and native SQL (Hibernate
 * raises no entity events for them), stateless sessions, and deleting a whole company or an affiliation entity.
 * Legacy ids are {@code MAX(id) + 1} of the table; an insert that collides with a row another writer committed
 * meanwhile is retried with higher ids, up to 10 times.
 */
public final class ReverseSync {

    /**
     * The property that switches unified-to-legacy dual-write on: {@code true} or {@code false} (default:
     * {@code false}).
     */
    public static final String UNIFIED_TO_LEGACY = "company.dual-write.unified-to-legacy";

    private ReverseSync() {}
}

package org.companyunification.sync;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.companyunification.model.legacy.LegacyTable;
import org.companyunification.model.schema.DatabaseVendor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Legacy to unified dual-write for applications that write the legacy tables with plain JDBC: after changing
 * rows of a legacy company table, project relationship table or {@code personnel_entity_relationships}, the
 * application names the table and the ids it inserted, updated or deleted, on the same connection, inside its
 * own transaction, and the unified rows follow in that transaction.
 *
 * <pre>{@code
 * connection.setAutoCommit(false);
 * try (PreparedStatement update = connection.prepareStatement(
 *         "UPDATE technology_vendors SET website = ? WHERE vendor_id = ?")) { ... }
 * DualWrite.afterLegacyChange(connection, LegacyTable.TECHNOLOGY_VENDORS, 42L);
 * connection.commit();   // the legacy row and its company together
 * }</pre>
 *
 * <p>The outcomes are the backfill's (see {@link Backfill}): a new row joins the company with its matching key
 * (or creates one) and adds its role; an edit updates the company, client profile, assignment or affiliation by
 * the same value rule; deleting the last legacy row behind a role removes the role and keeps the company while
 * anything else refers to it; deleting a project relationship removes its assignment (unless other rows were
 * merged into it); deleting a personnel relationship removes its affiliation; deleting a company row that
 * relationship rows still name removes their assignments and affiliations, since they now name nothing (a later
 * sync or backfill reports them as rejected). Every unified row written records
 * its legacy origin and fingerprint, so a later {@link Sync} or backfill sees it as migrated and unchanged.
 *
 * <p>Dual-writes are serialised: each locks a row of {@code writer_lock_holder} until its transaction ends, as
 * every batch of a backfill or sync does, so two transactions never both create a company for one new
 * organisation.
 *
 * <p>Nothing is committed or rolled back here: the caller's transaction decides. The writes go through JDBC on
 * the given connection, never through entities, so entity listeners of the unified-to-legacy direction never see
 * them. A row that cannot be migrated (a blank name, a relationship to a company row that does not exist) does
 * not fail the call: it is listed in the result's issues and logged as a warning, as the backfill would report
 * it. Applications that use the library's legacy entities need no call at all: see {@link
 * #LEGACY_TO_UNIFIED_SETTING}.
 */
public final class DualWrite {

    /**
     * The Hibernate setting that switches legacy-to-unified dual-write on for a persistence unit that maps the
     * legacy entities: {@value}, {@code true} or {@code false} (default: {@code false}). Pass it with
     * {@code CompanyPersistence.Options.defaults().withProperty(DualWrite.LEGACY_TO_UNIFIED_SETTING, true)} or as
     * a property of the application's own persistence unit. When it is on, every insert, update and delete of a
     * legacy company, project relationship or personnel relationship entity is collected during the
     * transaction and reconciled once, just before the transaction completes, on the session's own connection.
     * JPQL bulk updates and deletes and native SQL are not seen by entity listeners: call
     * {@link #afterLegacyChange} for them, or leave them to the catch-up {@link Sync}.
     */
    public static final String LEGACY_TO_UNIFIED_SETTING = "company.dual-write.legacy-to-unified";

    private static final Logger LOG = LoggerFactory.getLogger(DualWrite.class);

    private DualWrite() {}

    /**
     * Brings the unified rows in line with legacy rows the caller inserted, updated or deleted on this connection,
     * in its transaction, with the default {@link MatchingPolicy#byNameKey()}.
     *
     * @param connection the connection the legacy rows were written on, its transaction still open
     * @param table a company, project relationship or personnel relationship table
     * @param ids the ids of the rows changed; ids of rows that no longer exist are deletions
     * @return what was done
     * @throws IllegalArgumentException when the table is {@code projects} or {@code personnel}, or no id is given
     * @throws CompanyUnificationException with {@link ErrorCode#SYNC_FAILED} when the database refuses a write,
     *     or on MariaDB when the transaction read the database before another dual-write committed and so lost a
     *     race; roll the transaction back then, and run it again
     */
    public static DualWriteResult afterLegacyChange(Connection connection, LegacyTable table, long... ids) {
        requireNonNull(ids, "ids");
        return afterLegacyChange(connection, table, Arrays.stream(ids).boxed().toList());
    }

    /**
     * Brings the unified rows in line with legacy rows the caller inserted, updated or deleted on this connection,
     * as {@link #afterLegacyChange(Connection, LegacyTable, long...)}.
     *
     * @param connection the connection the legacy rows were written on, its transaction still open
     * @param table a company, project relationship or personnel relationship table
     * @param ids the ids of the rows changed; ids of rows that no longer exist are deletions
     * @return what was done
     * @throws IllegalArgumentException when the table is {@code projects} or {@code personnel}, or no id is given
     * @throws CompanyUnificationException with {@link ErrorCode#SYNC_FAILED} when the database refuses a write
     */
    public static DualWriteResult afterLegacyChange(Connection connection, LegacyTable table,
            Collection<Long> ids) {
        requireNonNull(table, "table");
        requireNonNull(ids, "ids");
        checkArgument(!ids.isEmpty(), "name at least one id of %s", table.tableName());
        return afterLegacyChanges(connection, Map.of(table, ids), MatchingPolicy.byNameKey());
    }

    /**
     * Brings the unified rows in line with rows of several legacy tables changed in one transaction; company
     * tables are reconciled before the relationship tables that may point at them.
     *
     * @param connection the connection the legacy rows were written on, its transaction still open
     * @param changes per table, the ids of the rows changed
     * @param policy the rule deciding which legacy rows are the same organisation; use the backfill's
     * @return what was done
     * @throws IllegalArgumentException when a table is {@code projects} or {@code personnel}
     * @throws CompanyUnificationException with {@link ErrorCode#SYNC_FAILED} when the database refuses a write
     */
    public static DualWriteResult afterLegacyChanges(Connection connection,
            Map<LegacyTable, ? extends Collection<Long>> changes, MatchingPolicy policy) {
        requireNonNull(connection, "connection");
        requireNonNull(changes, "changes");
        requireNonNull(policy, "policy");
        Map<LegacyTable, Collection<Long>> checked = new EnumMap<>(LegacyTable.class);
        changes.forEach((table, ids) -> {
            checkArgument(table.kind() != LegacyTable.Kind.SHARED, "%s is shared by both schemas and needs no"
                    + " dual-write", table.tableName());
            ids.forEach(id -> requireNonNull(id, "an id of " + table.tableName() + " is null"));
            checked.put(table, ids);
        });
        try {
            DatabaseVendor vendor = DatabaseVendor.of(connection);
            if (!UnifiedWriteLock.lockFresh(connection, vendor)) {
                throw new CompanyUnificationException(ErrorCode.SYNC_FAILED, "Dual-write of " + describe(checked)
                        + " lost a race: another transaction wrote the unified tables after this transaction's"
                        + " first read, and MariaDB (repeatable read) cannot show them to it. Nothing was written"
                        + " to the unified tables; roll the transaction back and run it again.");
            }
            LegacyReconciler reconciler = new LegacyReconciler(Dialect.of(vendor), policy);
            LegacyReconciler.Outcome outcome = reconciler.reconcile(connection, checked, null, null);
            for (RowIssue issue : outcome.issues) {
                LOG.warn("Dual-write of {} row {}: {}{}", issue.table(), issue.id(),
                        issue.severity() == RowIssue.Severity.REJECTED ? "not migrated, " : "", issue.reason());
            }
            Map<String, RowCounts> tables = new LinkedHashMap<>();
            outcome.counts.forEach((table, counts) -> tables.put(table.tableName(),
                    counts.toResult(Step.of(table), table.tableName()).counts()));
            return new DualWriteResult(tables, outcome.legacyRowsGone.entrySet().stream().collect(
                    Collectors.toMap(e -> e.getKey().tableName(), Map.Entry::getValue)), outcome.unifiedRowsDeleted,
                    outcome.issues);
        } catch (SQLException e) {
            throw new CompanyUnificationException(ErrorCode.SYNC_FAILED, "Dual-write of " + describe(checked)
                    + " failed: " + e.getMessage() + " (SQL state " + e.getSQLState() + "). Roll the transaction"
                    + " back and retry it; the legacy rows stay as they are until then.", e);
        }
    }

    private static String describe(Map<LegacyTable, Collection<Long>> changes) {
        return changes.entrySet().stream().map(e -> e.getKey().tableName() + " rows " + List.copyOf(e.getValue())
                .subList(0, Math.min(10, e.getValue().size())) + (e.getValue().size() > 10 ? " and "
                        + (e.getValue().size() - 10) + " more" : "")).collect(Collectors.joining(", "));
    }
}

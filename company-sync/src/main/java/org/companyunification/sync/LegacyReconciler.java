package org.companyunification.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.companyunification.model.legacy.LegacyTable;

/**
 * The one core behind dual-write ({@link DualWrite} and the Hibernate listeners) and the catch-up sync: given
 * legacy tables and the ids of rows that were inserted, changed or deleted, it brings the unified rows in line on
 * the caller's connection, in the caller's transaction, and commits nothing. Rows that exist are migrated by the
 * backfill's own table migrations (mapping, {@link MatchingPolicy}, value rule, origin records and fingerprints),
 * read by id; rows that are gone are handled by {@link LegacyDeletions}. Company tables are reconciled first,
 * then the personnel and project relationship tables, so a relationship finds a company written in the same
 * transaction; deletions go the other way round, so a company whose last relationship went in the same
 * transaction is not kept for it.
 */
final class LegacyReconciler {

    /** The most ids one statement names. */
    static final int CHUNK = 1000;

    /** What a reconciliation did. */
    static final class Outcome {
        final Map<LegacyTable, Counts> counts = new EnumMap<>(LegacyTable.class);
        final Map<LegacyTable, Long> legacyRowsGone = new EnumMap<>(LegacyTable.class);
        final Map<String, Long> unifiedRowsDeleted = new LinkedHashMap<>();
        final List<RowIssue> issues = new ArrayList<>();
    }

    private final Dialect dialect;
    private final MatchingPolicy policy;

    LegacyReconciler(Dialect dialect, MatchingPolicy policy) {
        this.dialect = dialect;
        this.policy = policy;
    }

    /**
     * Reconciles the given rows.
     *
     * @param changes per legacy table (company, project relationship or personnel relationship tables only), the
     *     ids of rows inserted, changed or deleted
     * @param runId the run the written rows are recorded under, or {@code null} for none (a dual-write)
     * @param journal where deleted unified rows are journaled, or {@code null}
     */
    Outcome reconcile(Connection connection, Map<LegacyTable, ? extends Collection<Long>> changes, Long runId,
            SyncJournal journal) throws SQLException {
        Outcome outcome = new Outcome();
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        UnifiedState state = new UnifiedState(false, dialect);
        Ids ids = new Ids(dialect, false);
        Map<LegacyTable, List<Long>> gone = new EnumMap<>(LegacyTable.class);
        for (LegacyTable table : order()) {
            Collection<Long> changed = changes.get(table);
            if (changed == null || changed.isEmpty()) {
                continue;
            }
            Counts counts = outcome.counts.computeIfAbsent(table, t -> new Counts());
            List<Long> sorted = new ArrayList<>(new TreeSet<>(changed));
            try (TableMigration migration = migration(table, now)) {
                for (int from = 0; from < sorted.size(); from += CHUNK) {
                    List<Long> chunk = sorted.subList(from, Math.min(sorted.size(), from + CHUNK));
                    PageContext page = new PageContext(connection, false, runId, table.tableName(), counts, state,
                            ids, chunk);
                    migration.migrate(page, Long.MIN_VALUE, chunk.size());
                    outcome.issues.addAll(page.issues);
                    state.pageCommitted();
                    Set<Long> missing = new HashSet<>(chunk);
                    missing.removeAll(page.readIds);
                    if (!missing.isEmpty()) {
                        gone.computeIfAbsent(table, t -> new ArrayList<>()).addAll(new TreeSet<>(missing));
                    }
                }
            }
        }
        List<LegacyTable> reverse = new ArrayList<>(order());
        java.util.Collections.reverse(reverse);
        LegacyDeletions deletions = new LegacyDeletions(connection, journal, outcome.unifiedRowsDeleted, policy);
        for (LegacyTable table : reverse) {
            List<Long> rows = gone.get(table);
            if (rows != null) {
                deleteGone(deletions, table, rows);
                outcome.legacyRowsGone.merge(table, (long) rows.size(), Long::sum);
            }
        }
        return outcome;
    }

    /** Applies the deletion of legacy rows known to be gone, a chunk of ids a statement. */
    static void deleteGone(LegacyDeletions deletions, LegacyTable table, List<Long> ids) throws SQLException {
        for (int from = 0; from < ids.size(); from += CHUNK) {
            deletions.apply(table, ids.subList(from, Math.min(ids.size(), from + CHUNK)));
        }
    }

    /** The legacy tables a reconciliation handles, in the order it writes them. */
    static List<LegacyTable> order() {
        List<LegacyTable> order = new ArrayList<>();
        for (Step step : Step.values()) {
            order.addAll(step.tables());
        }
        return order;
    }

    private TableMigration migration(LegacyTable table, LocalDateTime now) {
        return switch (table.kind()) {
            case COMPANY -> new CompaniesMigration(table, dialect, policy, now);
            case PERSONNEL_RELATIONSHIP -> new PersonnelMigration(dialect, now);
            case PROJECT_RELATIONSHIP -> new ProjectsMigration(table, dialect, now);
            case SHARED -> throw new IllegalArgumentException(table.tableName() + " is not reconciled");
        };
    }
}

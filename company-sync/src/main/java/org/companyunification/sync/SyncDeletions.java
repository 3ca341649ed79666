package org.companyunification.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.companyunification.model.legacy.LegacyTable;
import org.companyunification.sync.internal.Sql;

/**
 * The second part of a sync: finds the legacy rows that were deleted since they were migrated (origin records
 * whose legacy row is gone, one anti-join per table) and applies their deletion, a batch at a time, journaling
 * each unified row it deletes. Relationship tables come first, then the company tables, so that a company whose
 * relationships went too is not kept for them.
 */
final class SyncDeletions implements BackfillEngine.Finisher {

    private final int batchSize;
    final Map<String, Long> legacyRowsDeleted = new LinkedHashMap<>();
    final Map<String, Long> unifiedRowsDeleted = new LinkedHashMap<>();

    private final MatchingPolicy policy;

    SyncDeletions(int batchSize, MatchingPolicy policy) {
        this.batchSize = Math.min(batchSize, LegacyReconciler.CHUNK);
        this.policy = policy;
    }

    @Override
    public void finish(Connection connection, long runId) throws SQLException {
        List<LegacyTable> tables = new ArrayList<>(LegacyReconciler.order());
        java.util.Collections.reverse(tables);
        SyncJournal journal = SyncJournal.of(connection, runId);
        LegacyDeletions deletions = new LegacyDeletions(connection, journal, unifiedRowsDeleted, policy);
        for (LegacyTable table : tables) {
            String sql = goneSql(table);
            legacyRowsDeleted.putIfAbsent(table.tableName(), 0L);
            long after = Long.MIN_VALUE;
            while (true) {
                UnifiedWriteLock.lock(connection);
                List<Long> gone = Sql.longs(connection, sql, after);
                if (gone.isEmpty()) {
                    connection.commit();
                    break;
                }
                LegacyReconciler.deleteGone(deletions, table, gone);
                legacyRowsDeleted.merge(table.tableName(), (long) gone.size(), Long::sum);
                connection.commit();
                after = gone.get(gone.size() - 1);
                if (gone.size() < batchSize) {
                    break;
                }
            }
        }
    }

    /** The ids, above the one bound, of a table's origin records whose legacy row no longer exists. */
    private String goneSql(LegacyTable table) {
        String origins = switch (table.kind()) {
            case COMPANY -> "company_origins";
            case PROJECT_RELATIONSHIP -> "assignment_origins";
            case PERSONNEL_RELATIONSHIP -> "affiliation_origins";
            case SHARED -> throw new IllegalArgumentException(table.tableName());
        };
        return "SELECT o.source_id FROM " + origins + " o WHERE o.source_table = '" + table.tableName() + "'"
                + " AND o.source_id > ? AND NOT EXISTS (SELECT 1 FROM " + table.tableName() + " l WHERE l."
                + table.idColumn() + " = o.source_id) ORDER BY o.source_id LIMIT " + batchSize;
    }
}

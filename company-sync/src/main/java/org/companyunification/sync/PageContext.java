package org.companyunification.sync;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/** Everything one page of one legacy table is migrated with. */
final class PageContext {

    final Connection connection;
    final boolean dryRun;
    final Long runId;
    final String table;
    final Counts counts;
    final UnifiedState state;
    final Ids ids;
    final List<RowIssue> issues = new ArrayList<>();
    /** The ids of the rows this page reconciles, or {@code null} for a page of the table in id order. */
    final List<Long> only;
    /** The ids of the rows read, when the page names its rows. */
    final java.util.Set<Long> readIds = new java.util.HashSet<>();
    long lastId;
    int rows;

    PageContext(Connection connection, boolean dryRun, Long runId, String table, Counts counts, UnifiedState state,
            Ids ids) {
        this(connection, dryRun, runId, table, counts, state, ids, null);
    }

    PageContext(Connection connection, boolean dryRun, Long runId, String table, Counts counts, UnifiedState state,
            Ids ids, List<Long> only) {
        this.only = only;
        this.connection = connection;
        this.dryRun = dryRun;
        this.runId = runId;
        this.table = table;
        this.counts = counts;
        this.state = state;
        this.ids = ids;
    }

    /** Counts a row read and moves the page's position past it. */
    void read(long id) {
        if (only != null) {
            readIds.add(id);
        }
        rows++;
        counts.read++;
        lastId = id;
    }

    void warn(long id, String field, String reason) {
        issues.add(new RowIssue(RowIssue.Severity.WARNING, table, id, field, reason));
        counts.warnings++;
    }

    void reject(long id, String field, String reason) {
        issues.add(new RowIssue(RowIssue.Severity.REJECTED, table, id, field, reason));
        counts.rejected++;
    }
}

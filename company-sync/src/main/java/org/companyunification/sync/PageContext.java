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
    /** Per row read, its digest as the page query computed it. */
    final java.util.Map<Long, String> digests = new java.util.HashMap<>();
    /** Per row found unchanged whose origin record holds another digest or none, the row's digest. */
    final java.util.Map<Long, String> staleDigests = new java.util.HashMap<>();
    private final java.util.Map<Long, String> originDigests = new java.util.HashMap<>();
    long lastId;
    /** Rows the page query returned. */
    int rows;
    /** Rows the database left out of the page query as unchanged. */
    long unchangedInDatabase;

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

    /** Records the digest of a row read and the one its origin record holds ({@code null} for none). */
    void digest(long id, String rowDigest, String originDigest) {
        digests.put(id, rowDigest);
        if (originDigest != null) {
            originDigests.put(id, originDigest);
        }
    }

    /** Returns the digest of a row read, to store with its origin record. */
    String digest(long id) {
        return digests.get(id);
    }

    /** Counts a row read whose fingerprint is unchanged, and notes its digest when its origin holds another. */
    void unchanged(long id) {
        counts.unchanged++;
        String digest = digests.get(id);
        if (digest != null && !digest.equals(originDigests.get(id))) {
            staleDigests.put(id, digest);
        }
    }

    /** Counts rows the database left out of the page query because their digest is unchanged. */
    void unchangedInDatabase(long count) {
        unchangedInDatabase += count;
        counts.read += count;
        counts.unchanged += count;
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

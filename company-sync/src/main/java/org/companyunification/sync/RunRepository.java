package org.companyunification.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.companyunification.sync.internal.Sql;

/** Reads and writes the bookkeeping of runs: backfill_runs, backfill_positions, backfill_issues. */
final class RunRepository {

    private static final String RUN_COLUMNS = "run_id, status, steps, batch_size, started_at, finished_at, run_kind";

    private final Dialect dialect;

    RunRepository(Dialect dialect) {
        this.dialect = dialect;
    }

    /** Returns the latest run of a kind that was neither completed nor rolled back: the one to resume. */
    Optional<RunSummary> unfinished(Connection connection, RunSummary.Kind kind) throws SQLException {
        List<RunSummary> runs = query(connection, "SELECT " + RUN_COLUMNS + " FROM backfill_runs WHERE status IN"
                + " ('RUNNING', 'FAILED') AND run_kind = '" + kind.name() + "' ORDER BY run_id DESC");
        return runs.stream().findFirst();
    }

    Optional<RunSummary> find(Connection connection, long runId) throws SQLException {
        return query(connection, "SELECT " + RUN_COLUMNS + " FROM backfill_runs WHERE run_id = " + runId)
                .stream().findFirst();
    }

    List<RunSummary> all(Connection connection) throws SQLException {
        return query(connection, "SELECT " + RUN_COLUMNS + " FROM backfill_runs ORDER BY run_id");
    }

    long start(Connection connection, RunSummary.Kind kind, Set<Step> steps, int batchSize, LocalDateTime startedAt)
            throws SQLException {
        long runId = Sql.count(connection, dialect.nextValue("backfill_runs_seq"));
        Sql.update(connection, "INSERT INTO backfill_runs (run_id, started_at, status, steps, batch_size, run_kind)"
                + " VALUES (?, ?, 'RUNNING', ?, ?, ?)", runId, startedAt, encode(steps), batchSize, kind.name());
        return runId;
    }

    void resume(Connection connection, long runId, Set<Step> steps) throws SQLException {
        Sql.update(connection, "UPDATE backfill_runs SET status = 'RUNNING', steps = ?, finished_at = NULL"
                + " WHERE run_id = ?", encode(steps), runId);
    }

    void finish(Connection connection, long runId, RunSummary.Status status, LocalDateTime at) throws SQLException {
        Sql.update(connection, "UPDATE backfill_runs SET status = ?, finished_at = ? WHERE run_id = ?",
                status.name(), at, runId);
    }

    LocalDateTime startedAt(Connection connection, long runId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT started_at FROM backfill_runs WHERE run_id = ?")) {
            statement.setLong(1, runId);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getObject(1, LocalDateTime.class);
            }
        }
    }

    /** Returns the counts and position a run recorded for each table. */
    Map<String, Counts> positions(Connection connection, long runId) throws SQLException {
        Map<String, Counts> positions = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT source_table, last_source_id,"
                + " completed, rows_read, created_count, updated_count, unchanged_count, merged_count,"
                + " rejected_count, skipped_count, warning_count FROM backfill_positions WHERE run_id = ?")) {
            statement.setLong(1, runId);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Counts c = new Counts();
                    c.lastId = Sql.nullableLong(rs, "last_source_id");
                    c.completed = rs.getBoolean("completed");
                    c.read = rs.getLong("rows_read");
                    c.created = rs.getLong("created_count");
                    c.updated = rs.getLong("updated_count");
                    c.unchanged = rs.getLong("unchanged_count");
                    c.merged = rs.getLong("merged_count");
                    c.rejected = rs.getLong("rejected_count");
                    c.skipped = rs.getLong("skipped_count");
                    c.warnings = rs.getLong("warning_count");
                    positions.put(rs.getString("source_table"), c);
                }
            }
        }
        return positions;
    }

    void savePosition(Connection connection, long runId, String table, Counts c, boolean exists) throws SQLException {
        if (exists) {
            Sql.update(connection, "UPDATE backfill_positions SET last_source_id = ?, completed = ?, rows_read = ?,"
                    + " created_count = ?, updated_count = ?, unchanged_count = ?, merged_count = ?,"
                    + " rejected_count = ?, skipped_count = ?, warning_count = ? WHERE run_id = ? AND source_table = ?",
                    c.lastId, c.completed, c.read, c.created, c.updated, c.unchanged, c.merged, c.rejected, c.skipped,
                    c.warnings, runId, table);
        } else {
            Sql.update(connection, "INSERT INTO backfill_positions (run_id, source_table, last_source_id, completed,"
                    + " rows_read, created_count, updated_count, unchanged_count, merged_count, rejected_count,"
                    + " skipped_count, warning_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    runId, table, c.lastId, c.completed, c.read, c.created, c.updated, c.unchanged, c.merged,
                    c.rejected, c.skipped, c.warnings);
        }
    }

    void saveIssues(Connection connection, long runId, List<RowIssue> issues) throws SQLException {
        if (issues.isEmpty()) {
            return;
        }
        Map<String, Integer> numbers = new HashMap<>();
        try (BatchStatement insert = new BatchStatement(connection, "INSERT INTO backfill_issues (run_id,"
                + " source_table, source_id, issue_no, severity, field, reason) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (RowIssue issue : issues) {
                int number = numbers.merge(issue.table() + ":" + issue.id(), 1, Integer::sum);
                String reason = fit(issue.reason(), 1000);
                insert.add(runId, issue.table(), issue.id(), number, issue.severity().name(), issue.field(), reason);
            }
            insert.execute();
        }
    }

    /**
     * Cuts a reason to the column's length, counted in UTF-16 code units so that it fits on every database,
     * without splitting a surrogate pair.
     */
    private static String fit(String text, int length) {
        if (text.length() <= length) {
            return text;
        }
        int end = length - 3;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "...";
    }

    /** Returns a run's issues, rejections first, then by table and id, at most {@code limit} of them. */
    List<RowIssue> issues(Connection connection, long runId, int limit) throws SQLException {
        List<RowIssue> issues = new ArrayList<>();
        if (limit == 0) {
            return issues;
        }
        try (PreparedStatement statement = connection.prepareStatement("SELECT severity, source_table, source_id,"
                + " field, reason FROM backfill_issues WHERE run_id = ?"
                + " ORDER BY severity, source_table, source_id, issue_no")) {
            statement.setLong(1, runId);
            statement.setMaxRows(limit);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    issues.add(new RowIssue(RowIssue.Severity.valueOf(rs.getString(1)), rs.getString(2),
                            rs.getLong(3), rs.getString(4), rs.getString(5)));
                }
            }
        }
        // 'REJECTED' sorts after 'WARNING'; list rejections first.
        issues.sort((a, b) -> b.severity().compareTo(a.severity()));
        return issues;
    }

    long issueCount(Connection connection, long runId) throws SQLException {
        return Sql.count(connection, "SELECT COUNT(*) FROM backfill_issues WHERE run_id = ?", runId);
    }

    private List<RunSummary> query(Connection connection, String sql) throws SQLException {
        List<RunSummary> runs = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                LocalDateTime finished = rs.getObject("finished_at", LocalDateTime.class);
                runs.add(new RunSummary(rs.getLong("run_id"), RunSummary.Status.valueOf(rs.getString("status")),
                        decode(rs.getString("steps")), rs.getInt("batch_size"),
                        toInstant(rs.getObject("started_at", LocalDateTime.class)),
                        Optional.ofNullable(finished).map(RunRepository::toInstant),
                        RunSummary.Kind.valueOf(rs.getString("run_kind"))));
            }
        }
        return runs;
    }

    static Instant toInstant(LocalDateTime time) {
        return time.toInstant(ZoneOffset.UTC);
    }

    private static String encode(Set<Step> steps) {
        return steps.stream().map(s -> s.name().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.joining(","));
    }

    private static Set<Step> decode(String steps) {
        Set<Step> decoded = EnumSet.noneOf(Step.class);
        Arrays.stream(steps.split(",")).filter(s -> !s.isBlank()).map(Step::of).forEach(decoded::add);
        return decoded;
    }

}

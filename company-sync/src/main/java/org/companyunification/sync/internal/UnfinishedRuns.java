package org.companyunification.sync.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The backfill and sync runs that have not finished, as the reports that read the unified tables name them: a run
 * still writing (from another terminal, say) or one that stopped and was never resumed leaves the unified tables
 * with only part of its rows, so whatever a report counts or compares then is partial.
 */
public final class UnfinishedRuns {

    private UnfinishedRuns() {}

    /**
     * Describes each unfinished run in a sentence that says what to do, oldest first.
     *
     * @param connection a connection to the database
     * @return one sentence a run, none when every run finished
     * @throws SQLException when the runs cannot be read
     */
    public static List<String> describe(Connection connection) throws SQLException {
        List<String> unfinished = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT run_id, status, run_kind, started_at"
                + " FROM backfill_runs WHERE status IN ('RUNNING', 'FAILED') ORDER BY run_id");
                ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                String kind = rs.getString("run_kind").toLowerCase(Locale.ROOT);
                boolean running = rs.getString("status").equals("RUNNING");
                unfinished.add(kind + " run " + rs.getLong("run_id") + " has not finished (" + (running
                        ? "still running, or its process died" : "it failed") + "; started "
                        + rs.getObject("started_at", LocalDateTime.class).toInstant(ZoneOffset.UTC) + "): the"
                        + " unified tables hold only part of its rows; let it finish, or run the " + kind
                        + " again to resume it, then check again");
            }
        }
        return unfinished;
    }
}

package org.companyunification.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.companyunification.sync.internal.Sql;

/** The set-based reads and writes of unified-to-legacy dual-write: one statement per chunk of ids. */
final class ReverseQueries {

    /** The most ids one statement binds. */
    static final int CHUNK = 500;

    interface RowHandler {
        void handle(ResultSet rs) throws SQLException;
    }

    private ReverseQueries() {}

    /**
     * Runs {@code before + " IN (?, ...)" + after} for each chunk of the ids, with the leading parameters first,
     * and hands every row to the handler.
     */
    static void forEachIn(Connection connection, String before, Collection<Long> ids, String after,
            List<Object> leading, RowHandler handler) throws SQLException {
        for (List<Long> chunk : chunks(ids)) {
            try (PreparedStatement statement = connection.prepareStatement(
                    before + " IN " + Sql.in(chunk.size()) + after)) {
                Sql.bind(statement, Sql.bind(statement, 1, leading), chunk);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        handler.handle(rs);
                    }
                }
            }
        }
    }

    /** Runs {@code before + " IN (?, ...)"} as an update for each chunk of the ids, the leading parameters first. */
    static int updateIn(Connection connection, String before, Collection<Long> ids, Object... leading)
            throws SQLException {
        int changed = 0;
        for (List<Long> chunk : chunks(ids)) {
            try (PreparedStatement statement = connection.prepareStatement(before + " IN " + Sql.in(chunk.size()))) {
                Sql.bind(statement, Sql.bind(statement, 1, Arrays.asList(leading)), chunk);
                changed += statement.executeUpdate();
            }
        }
        return changed;
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }
}

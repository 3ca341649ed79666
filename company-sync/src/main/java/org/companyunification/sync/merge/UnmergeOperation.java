package org.companyunification.sync.merge;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.companyunification.sync.internal.Sql;

/**
 * Undoes one merge on a connection whose transaction the caller commits: refuses when a later merge that stands
 * involves either company, or when a row the merge left changed has changed since (its after image no longer
 * matches), then writes every before image back. A fixed number of statements per journaled table.
 */
final class UnmergeOperation {

    /** How many keys of changed rows a refusal names at most. */
    private static final int NAMED_ROWS = 10;

    private final MergeDialect dialect;

    UnmergeOperation(MergeDialect dialect) {
        this.dialect = dialect;
    }

    UnmergeResult unmerge(Connection connection, long mergeId, String undoneBy, LocalDateTime now)
            throws SQLException {
        long survivor;
        long merged;
        try (PreparedStatement statement = connection.prepareStatement("SELECT survivor_company_id,"
                + " merged_company_id, undone_at FROM company_merges WHERE merge_id = ?")) {
            statement.setLong(1, mergeId);
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    throw new CompanyUnificationException(ErrorCode.NOT_FOUND, "There is no merge " + mergeId
                            + " (table company_merges): list the merges with 'merge --list'.");
                }
                survivor = rs.getLong(1);
                merged = rs.getLong(2);
                if (rs.getObject(3) != null) {
                    throw new CompanyUnificationException(ErrorCode.RULE_VIOLATION, "Merge " + mergeId
                            + " (company " + merged + " into company " + survivor + ") was already undone.");
                }
            }
        }
        refuseLaterMerges(connection, mergeId, survivor, merged);
        refuseChangedRows(connection, mergeId, survivor, merged);

        Map<String, Long> restored = new LinkedHashMap<>();
        JournaledTable[] tables = JournaledTable.values();
        for (int i = tables.length - 1; i >= 0; i--) {
            Sql.update(connection, tables[i].deleteRowsNewSinceBefore(), mergeId, mergeId);
        }
        for (JournaledTable table : tables) {
            Object[] ids = new Object[table.restoreExistingParameters()];
            Arrays.fill(ids, mergeId);
            long rows = Sql.update(connection, table.restoreExisting(), ids);
            rows += Sql.update(connection, table.restoreMissing(), mergeId);
            if (rows > 0) {
                restored.put(table.table(), rows);
            }
        }
        Sql.update(connection, "UPDATE company_merges SET undone_at = ?, undone_by = ? WHERE merge_id = ?", now,
                undoneBy, mergeId);
        return new UnmergeResult(mergeId, survivor, merged, restored);
    }

    private static void refuseLaterMerges(Connection connection, long mergeId, long survivor, long merged)
            throws SQLException {
        List<String> later = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT merge_id, merged_company_id,"
                + " survivor_company_id FROM company_merges WHERE merge_id > ? AND undone_at IS NULL"
                + " AND (survivor_company_id IN (?, ?) OR merged_company_id IN (?, ?)) ORDER BY merge_id")) {
            Object[] parameters = {mergeId, survivor, merged, survivor, merged};
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    ids.add(0, rs.getLong(1));
                    later.add("merge " + rs.getLong(1) + " (company " + rs.getLong(2) + " into company "
                            + rs.getLong(3) + ")");
                }
            }
        }
        if (!later.isEmpty()) {
            throw new CompanyUnificationException(ErrorCode.RULE_VIOLATION, "Merge " + mergeId + " (company " + merged
                    + " into company " + survivor + ") cannot be undone: later merges build on it: "
                    + String.join(", ", later) + ". Undo them first, newest first (merge "
                    + ids.stream().map(String::valueOf).reduce((a, b) -> a + ", then " + b).orElseThrow()
                    + "). Nothing was changed.");
        }
    }

    private void refuseChangedRows(Connection connection, long mergeId, long survivor, long merged)
            throws SQLException {
        List<String> changed = new ArrayList<>();
        int named = 0;
        for (JournaledTable table : JournaledTable.values()) {
            List<String> keys = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(table.changedSince(dialect))) {
                statement.setLong(1, mergeId);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        if (named++ < NAMED_ROWS) {
                            List<String> parts = new ArrayList<>();
                            for (int i = 1; i <= table.key().size(); i++) {
                                parts.add(rs.getString(i));
                            }
                            keys.add(String.join(":", parts));
                        }
                    }
                }
            }
            if (!keys.isEmpty()) {
                changed.add(table.table() + " " + String.join(", ", keys));
            }
        }
        if (!changed.isEmpty()) {
            throw new CompanyUnificationException(ErrorCode.RULE_VIOLATION, "Merge " + mergeId + " (company " + merged
                    + " into company " + survivor + ") cannot be undone: rows it changed were changed since ("
                    + String.join("; ", changed) + "), and undoing it would overwrite those changes. Nothing was"
                    + " changed; edit the two companies by hand instead.");
        }
    }
}

package org.companyunification.sync;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.companyunification.model.legacy.LegacyTable;
import org.companyunification.sync.consistency.Difference;
import org.companyunification.sync.consistency.TableConsistency;

/**
 * Collects what a consistency check finds: every difference counted per legacy table, the first ones, up to the
 * limit, listed; and per table the rows read and those the mapping rule does not migrate.
 */
final class DifferenceSink {

    private static final class Tally {
        long rows;
        long notMapped;
        long differences;
    }

    private final int limit;
    private final List<Difference> listed = new ArrayList<>();
    private final Map<String, Tally> tallies = new LinkedHashMap<>();
    private long count;

    DifferenceSink(int limit, List<LegacyTable> tables) {
        this.limit = limit;
        tables.forEach(table -> tallies.put(table.tableName(), new Tally()));
    }

    void add(Difference difference) {
        tally(difference.legacyTable()).differences++;
        count++;
        if (listed.size() < limit) {
            listed.add(difference);
        }
    }

    void rowRead(String table) {
        tally(table).rows++;
    }

    void notMapped(String table) {
        tally(table).notMapped++;
    }

    long count() {
        return count;
    }

    List<Difference> listed() {
        return listed;
    }

    List<TableConsistency> tables() {
        List<TableConsistency> tables = new ArrayList<>();
        tallies.forEach((table, t) -> tables.add(new TableConsistency(table, t.rows, t.notMapped, t.differences)));
        return tables;
    }

    private Tally tally(String table) {
        return tallies.computeIfAbsent(table, t -> new Tally());
    }
}

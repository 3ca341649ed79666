package org.companyunification.testing.generator;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.companyunification.model.legacy.LegacyTable;

/**
 * What {@link LegacyDataGenerator#generate} wrote.
 *
 * @param seed the seed
 * @param scale the scale factor
 * @param rowsPerTable rows written per legacy table, in the order they were written (all fourteen tables)
 * @param shape the shared organisations, variants, orphans and dirty values among the rows
 * @param duration how long writing took
 */
public record GeneratedData(long seed, double scale, Map<String, Long> rowsPerTable, DataShape shape,
        Duration duration) {

    /** The names of the six legacy company tables, in the order of {@link LegacyTable#companyTables()}. */
    public static final List<String> COMPANY_TABLES = names(LegacyTable.companyTables());

    /**
     * The names of the five legacy project relationship tables, in the order of
     * {@link LegacyTable#projectRelationshipTables()}.
     */
    public static final List<String> PROJECT_RELATIONSHIP_TABLES = names(LegacyTable.projectRelationshipTables());

    /**
     * Copies the map, keeping its order.
     *
     * @throws NullPointerException when a part is missing
     */
    public GeneratedData {
        rowsPerTable = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(rowsPerTable, "rowsPerTable")));
        requireNonNull(shape, "shape");
        requireNonNull(duration, "duration");
    }

    /**
     * Returns the rows written to one table.
     *
     * @param table a legacy table name
     * @return the row count, 0 for a table not written
     */
    public long rows(String table) {
        return rowsPerTable.getOrDefault(table, 0L);
    }

    /**
     * Returns the rows written to one table.
     *
     * @param table a legacy table
     * @return the row count, 0 for a table not written
     * @throws NullPointerException when the table is {@code null}
     */
    public long rows(LegacyTable table) {
        return rows(requireNonNull(table, "table").tableName());
    }

    /**
     * Returns the rows of the six company tables together.
     *
     * @return the legacy company row count
     */
    public long companyRows() {
        return COMPANY_TABLES.stream().mapToLong(this::rows).sum();
    }

    /**
     * Returns the rows of the five project relationship tables together.
     *
     * @return the project relationship count
     */
    public long projectRelationshipRows() {
        return PROJECT_RELATIONSHIP_TABLES.stream().mapToLong(this::rows).sum();
    }

    /**
     * Returns the rows of {@code personnel_entity_relationships}.
     *
     * @return the personnel relationship count
     */
    public long personnelRelationshipRows() {
        return rows(LegacyTable.PERSONNEL_ENTITY_RELATIONSHIPS);
    }

    /**
     * Returns all rows written.
     *
     * @return the sum over all tables
     */
    public long totalRows() {
        return rowsPerTable.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Returns the load speed.
     *
     * @return rows written per second, 0 when no time was measured
     */
    public double rowsPerSecond() {
        double seconds = duration.toNanos() / 1e9;
        return seconds == 0 ? 0 : totalRows() / seconds;
    }

    private static List<String> names(List<LegacyTable> tables) {
        return tables.stream().map(LegacyTable::tableName).toList();
    }
}

package org.companyunification.testing.generator;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.companyunification.model.legacy.LegacyTable;

/** The state of one {@link LegacyDataGenerator#generate} call, shared by the code that writes each group of tables. */
final class GenerationRun {

    /** Mutable counts behind {@link DataShape}. */
    static final class ShapeCounts {
        long organisations;
        long multiTableOrganisations;
        long sameTableDuplicates;
        long nearDuplicateOrganisations;
        long orphanProjectRelationships;
        long orphanPersonnelRelationships;
        long unknownEntityTypes;
        long projectLinks;
        long reversedDates;
        long twoCurrentPrimaries;
        long dirtyClientValues;

        DataShape toShape() {
            return new DataShape(organisations, multiTableOrganisations, sameTableDuplicates,
                    nearDuplicateOrganisations, orphanProjectRelationships, orphanPersonnelRelationships,
                    unknownEntityTypes, projectLinks, reversedDates, twoCurrentPrimaries, dirtyClientValues);
        }
    }

    final long seed;
    final LegacyDataGenerator.Plan plan;
    final ShapeCounts shape = new ShapeCounts();
    private final Connection connection;
    private final LegacyDataGenerator.Settings settings;
    private final Map<LegacyTable, Long> rows = new LinkedHashMap<>();
    private long written;

    GenerationRun(Connection connection, LegacyDataGenerator.Settings settings) {
        this.connection = connection;
        this.settings = settings;
        this.seed = settings.seed();
        this.plan = LegacyDataGenerator.Plan.of(settings.scale());
    }

    /** Returns an inserter into every column of a table, committing a batch whenever it is full. */
    TableInserter inserter(LegacyTable table) throws SQLException {
        return new TableInserter(connection, table, settings.batchSize(), this::sent);
    }

    /** Sends the inserter's last rows and records how many rows its table received. */
    void finish(TableInserter inserter) throws SQLException {
        inserter.flush();
        rows.put(inserter.table(), inserter.rows());
        inserter.close();
    }

    /** Returns how many rows a table received, 0 when it was not written yet. */
    long rows(LegacyTable table) {
        return rows.getOrDefault(table, 0L);
    }

    /** Returns the rows each table received, by table name, in the order the tables were written. */
    Map<String, Long> rowsByName() {
        Map<String, Long> byName = new LinkedHashMap<>();
        rows.forEach((table, count) -> byName.put(table.tableName(), count));
        return byName;
    }

    SplittableRandom random(long stream, long index) {
        return RandomValues.random(seed, stream, index);
    }

    private void sent(long count) {
        written += count;
        settings.listener().progress(written, plan.totalRows());
    }
}

package org.companyunification.testing.generator;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.companyunification.testing.generator.TableInserter.Column;

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
    private final int batchSize;
    private final GenerationListener listener;
    private final Map<String, Long> rows = new LinkedHashMap<>();
    private long written;

    GenerationRun(Connection connection, long seed, LegacyDataGenerator.Plan plan, int batchSize,
            GenerationListener listener) {
        this.connection = connection;
        this.seed = seed;
        this.plan = plan;
        this.batchSize = batchSize;
        this.listener = listener;
    }

    TableInserter inserter(String table, List<Column> columns) throws SQLException {
        return new TableInserter(connection, table, columns, batchSize, this::sent);
    }

    /** Sends the inserter's last rows and records how many rows its table received. */
    void finish(TableInserter inserter) throws SQLException {
        inserter.flush();
        rows.put(inserter.table(), inserter.rows());
        inserter.close();
    }

    /** Returns how many rows a table received, 0 when it was not written yet. */
    long rows(String table) {
        return rows.getOrDefault(table, 0L);
    }

    Map<String, Long> rows() {
        return rows;
    }

    SplittableRandom random(long stream, long index) {
        return RandomValues.random(seed, stream, index);
    }

    private void sent(long count) {
        written += count;
        listener.progress(written, plan.totalRows());
    }
}

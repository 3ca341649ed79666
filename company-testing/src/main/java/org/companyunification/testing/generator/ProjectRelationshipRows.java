package org.companyunification.testing.generator;

import static org.companyunification.testing.generator.RandomValues.chance;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.companyunification.model.legacy.LegacyTable;

/**
 * Writes the five project relationship tables: each row links a random project to a random row of its company
 * table; about {@value #ORPHANS} of the rows point at a project or company id that does not exist.
 */
final class ProjectRelationshipRows {

    /** Share of rows that point at a missing project or company row. */
    static final double ORPHANS = 0.01;

    private static final long STREAM = 20;

    /** Each table's share of the relationships; the last table gets whatever rounding leaves over. */
    private static final Map<LegacyTable, Double> SHARES = Map.of(LegacyTable.PROJECT_VENDOR_RELATIONSHIPS, 0.20,
            LegacyTable.PROJECT_OWNER_RELATIONSHIPS, 0.35, LegacyTable.PROJECT_OPERATOR_RELATIONSHIPS, 0.15,
            LegacyTable.PROJECT_CONSTRUCTOR_RELATIONSHIPS, 0.15, LegacyTable.PROJECT_OFFTAKER_RELATIONSHIPS, 0.15);

    private static final List<String> NOTES = List.of("Framework agreement", "Letter of intent signed",
            "Preferred bidder", "Contract under negotiation", "Long-term service agreement");

    private ProjectRelationshipRows() {}

    static void write(GenerationRun run) throws SQLException {
        long total = run.plan.projectRelationships();
        long assigned = 0;
        List<LegacyTable> tables = LegacyTable.projectRelationshipTables();
        for (int i = 0; i < tables.size(); i++) {
            LegacyTable table = tables.get(i);
            long rows = i == tables.size() - 1 ? total - assigned : Math.round(total * SHARES.get(table));
            assigned += rows;
            write(run, table, run.random(STREAM + i, 0), rows);
        }
    }

    private static void write(GenerationRun run, LegacyTable table, SplittableRandom random, long rows)
            throws SQLException {
        TableInserter inserter = run.inserter(table);
        long projects = run.plan.projects();
        long parties = run.rows(table.companyTable());
        for (long id = 1; id <= rows; id++) {
            long project = 1 + random.nextLong(projects);
            long party = parties > 0 ? 1 + random.nextLong(parties) : 0;
            boolean orphan = chance(random, ORPHANS);
            if (orphan && random.nextBoolean()) {
                project = projects + 1 + random.nextInt(1000);
            } else if (orphan || parties == 0) {
                party = parties + 1 + random.nextInt(1000);
                orphan = true;
            }
            if (orphan) {
                run.shape.orphanProjectRelationships++;
            }
            inserter.insert(id, project, party, chance(random, 0.3),
                    chance(random, 0.15) ? RandomValues.pick(random, NOTES) : null, RandomValues.timestamp(random));
        }
        run.finish(inserter);
    }
}

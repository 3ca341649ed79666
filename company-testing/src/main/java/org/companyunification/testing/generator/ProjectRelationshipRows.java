package org.companyunification.testing.generator;

import static org.companyunification.testing.generator.RandomValues.chance;

import java.sql.SQLException;
import java.util.List;
import java.util.SplittableRandom;
import org.companyunification.testing.generator.CompanyRows.Table;
import org.companyunification.testing.generator.TableInserter.Column;

/**
 * Writes the five project relationship tables: each row links a random project to a random row of its company
 * table; about {@value #ORPHANS} of the rows point at a project or company id that does not exist.
 */
final class ProjectRelationshipRows {

    /** Share of rows that point at a missing project or company row. */
    static final double ORPHANS = 0.01;

    private static final long STREAM = 20;

    /** The five tables, their company table and their share of the relationships. */
    enum Relationship {
        VENDOR("project_vendor_relationships", "vendor_id", Table.VENDORS, 0.20),
        OWNER("project_owner_relationships", "owner_id", Table.OWNERS, 0.35),
        OPERATOR("project_operator_relationships", "operator_id", Table.OPERATORS, 0.15),
        CONSTRUCTOR("project_constructor_relationships", "constructor_id", Table.CONSTRUCTORS, 0.15),
        OFFTAKER("project_offtaker_relationships", "offtaker_id", Table.OFFTAKERS, 0.15);

        final String table;
        final String partyColumn;
        final Table party;
        final double share;

        Relationship(String table, String partyColumn, Table party, double share) {
            this.table = table;
            this.partyColumn = partyColumn;
            this.party = party;
            this.share = share;
        }
    }

    private static final List<String> NOTES = List.of("Framework agreement", "Letter of intent signed",
            "Preferred bidder", "Contract under negotiation", "Long-term service agreement");

    private ProjectRelationshipRows() {}

    static void write(GenerationRun run) throws SQLException {
        long total = run.plan.projectRelationships();
        long assigned = 0;
        Relationship[] relationships = Relationship.values();
        for (int i = 0; i < relationships.length; i++) {
            Relationship relationship = relationships[i];
            long rows = i == relationships.length - 1 ? total - assigned : Math.round(total * relationship.share);
            assigned += rows;
            write(run, relationship, rows);
        }
    }

    private static void write(GenerationRun run, Relationship relationship, long rows) throws SQLException {
        TableInserter inserter = run.inserter(relationship.table, List.of(Column.id("relationship_id"),
                Column.id("project_id"), Column.id(relationship.partyColumn), Column.bool("is_primary"),
                Column.text("notes"), Column.timestamp("created_at")));
        SplittableRandom random = run.random(STREAM + relationship.ordinal(), 0);
        long projects = run.plan.projects();
        long parties = run.rows(relationship.party.table);
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

package org.companyunification.testing.generator;

import static org.companyunification.model.legacy.LegacyTable.CLIENTS;
import static org.companyunification.model.legacy.LegacyTable.CONSTRUCTORS;
import static org.companyunification.model.legacy.LegacyTable.OFFTAKERS;
import static org.companyunification.model.legacy.LegacyTable.OPERATORS;
import static org.companyunification.model.legacy.LegacyTable.OWNERS_DEVELOPERS;
import static org.companyunification.model.legacy.LegacyTable.TECHNOLOGY_VENDORS;
import static org.companyunification.testing.generator.RandomValues.chance;
import static org.companyunification.testing.generator.RandomValues.pick;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.companyunification.model.legacy.LegacyTable;

/**
 * Writes {@code personnel_entity_relationships}: person by person, one to four affiliations each (two on
 * average), the first usually the current primary one, later ones ended or current but not primary. Some persons
 * have two current primary affiliations; some rows link to a project, name an unknown entity type, point at a
 * missing company row, or end before they start.
 */
final class PersonnelRelationshipRows {

    /** Share of persons with two or more affiliations whose first two are both current and primary. */
    static final double TWO_CURRENT_PRIMARIES = 0.08;

    private static final long STREAM = 30;

    /** How often people link to each company table. */
    private static final CompanyTableShares ENTITY_TABLES = new CompanyTableShares(Map.of(TECHNOLOGY_VENDORS, 0.15,
            OWNERS_DEVELOPERS, 0.35, OPERATORS, 0.15, CONSTRUCTORS, 0.10, OFFTAKERS, 0.10, CLIENTS, 0.15));
    /** Affiliations per person: one to four, two on average. */
    private static final double[] AFFILIATIONS = {0.40, 0.30, 0.20, 0.10};

    private static final List<String> UNKNOWN = List.of("utility", "partner", "supplier", "agency");
    private static final List<String> TITLES = List.of("Chief Executive Officer", "Chief Technology Officer",
            "Project Director", "Plant Manager", "Head of Development", "Commercial Manager", "Site Engineer",
            "Procurement Lead", "Licensing Manager", "Board Member", "Account Manager", "Analyst");

    /** What a row is, with the share of rows of each kind, drawn in this order; plain affiliations are the rest. */
    private enum Kind {
        /** A link to a project rather than a company. */
        PROJECT(0.05),
        /** An entity type that names no table. */
        UNKNOWN_TYPE(0.003),
        /** A link to a missing company row; every row is one when no company table has rows. */
        ORPHAN(0.01),
        /** An end date before the start date. */
        REVERSED(0.005),
        /** A plain affiliation with a company. */
        COMPANY(0);

        final double share;

        Kind(double share) {
            this.share = share;
        }
    }

    private PersonnelRelationshipRows() {}

    static void write(GenerationRun run) throws SQLException {
        TableInserter inserter = run.inserter(LegacyTable.PERSONNEL_ENTITY_RELATIONSHIPS);
        SplittableRandom random = run.random(STREAM, 0);
        // Rows per company table, in the order of LegacyTable.companyTables(), the positions ENTITY_TABLES draws.
        long[] companies = LegacyTable.companyTables().stream().mapToLong(run::rows).toArray();
        long persons = run.plan.personnel();
        long remaining = run.plan.personnelRelationships();
        long id = 0;
        for (long person = 1; remaining > 0; person++) {
            // Once every person has had a turn, further rows go to persons again as ended, non-primary roles,
            // so that nobody gains a second current primary by chance.
            boolean firstTurn = person <= persons;
            long personId = firstTurn ? person : 1 + (person - 1) % persons;
            int count = (int) Math.min(firstTurn ? 1 + RandomValues.weighted(random, AFFILIATIONS) : 1, remaining);
            boolean twoPrimaries = firstTurn && count >= 2 && chance(random, TWO_CURRENT_PRIMARIES)
                    && hasCompanies(companies);
            if (twoPrimaries) {
                run.shape.twoCurrentPrimaries++;
            }
            LocalDate career = RandomValues.date(random).minusYears(12);
            for (int i = 0; i < count; i++) {
                boolean forced = twoPrimaries && i < 2;
                Kind kind = forced ? Kind.COMPANY : kind(random, companies);
                boolean current;
                boolean primary;
                if (!firstTurn) {
                    current = false;
                    primary = false;
                } else if (forced) {
                    current = true;
                    primary = true;
                } else if (i == 0) {
                    current = true;
                    primary = chance(random, 0.75);
                } else {
                    current = !chance(random, 0.6);
                    primary = !current && random.nextBoolean();
                }
                LocalDate start = chance(random, 0.9) ? career.plusDays(i * 700L + random.nextInt(600)) : null;
                LocalDate end = current ? null : (start == null ? career : start).plusDays(180 + random.nextInt(2500));
                id++;
                remaining--;
                inserter.insert(row(run, random, kind, id, personId, primary, start, end, companies));
            }
        }
        run.finish(inserter);
    }

    private static Object[] row(GenerationRun run, SplittableRandom random, Kind kind, long id, long personId,
            boolean primary, LocalDate start, LocalDate end, long[] companies) {
        String entityType;
        long entityId;
        String notes = null;
        switch (kind) {
            case PROJECT -> {
                run.shape.projectLinks++;
                entityType = entityType(LegacyTable.PROJECTS);
                entityId = 1 + random.nextLong(run.plan.projects());
                primary = false;
            }
            case UNKNOWN_TYPE -> {
                run.shape.unknownEntityTypes++;
                entityType = pick(random, UNKNOWN);
                entityId = 1 + random.nextInt(1000);
            }
            case ORPHAN -> {
                run.shape.orphanPersonnelRelationships++;
                int table = ENTITY_TABLES.drawIndex(random);
                entityType = entityType(LegacyTable.companyTables().get(table));
                entityId = companies[table] + 1 + random.nextInt(1000);
            }
            default -> {
                int table = companyTable(random, companies);
                entityType = dirty(random, entityType(LegacyTable.companyTables().get(table)));
                entityId = 1 + random.nextLong(companies[table]);
            }
        }
        if (kind == Kind.REVERSED) {
            run.shape.reversedDates++;
            start = start == null ? RandomValues.date(random) : start;
            end = start.minusDays(30 + random.nextInt(900));
            notes = "Dates as entered";
        }
        return new Object[] {id, personId, entityType, entityId, chance(random, 0.9) ? pick(random, TITLES) : null,
            primary, start, end, notes, RandomValues.timestamp(random)};
    }

    private static String entityType(LegacyTable table) {
        return table.entityType().orElseThrow();
    }

    private static Kind kind(SplittableRandom random, long[] companies) {
        double draw = random.nextDouble();
        for (Kind kind : Kind.values()) {
            if (draw < kind.share || kind == Kind.ORPHAN && !hasCompanies(companies)) {
                return kind;
            }
            draw -= kind.share;
        }
        return Kind.COMPANY;
    }

    /** A company table with rows, drawn with the entity weights. */
    private static int companyTable(SplittableRandom random, long[] companies) {
        while (true) {
            int table = ENTITY_TABLES.drawIndex(random);
            if (companies[table] > 0) {
                return table;
            }
        }
    }

    private static boolean hasCompanies(long[] companies) {
        for (long count : companies) {
            if (count > 0) {
                return true;
            }
        }
        return false;
    }

    /** Now and then spells a known entity type as legacy screens did: capitalised, upper case or padded. */
    private static String dirty(SplittableRandom random, String entityType) {
        if (!chance(random, 0.03)) {
            return entityType;
        }
        return switch (random.nextInt(3)) {
            case 0 -> Character.toUpperCase(entityType.charAt(0)) + entityType.substring(1);
            case 1 -> entityType.toUpperCase(Locale.ROOT);
            default -> " " + entityType + " ";
        };
    }
}

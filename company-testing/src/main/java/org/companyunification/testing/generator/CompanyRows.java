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
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.companyunification.model.legacy.LegacyTable;

/**
 * Writes the six legacy company tables in one pass over organisations: each organisation gets a row in its main
 * table and, for some, rows in other tables or a second row in the same table, under spellings the matching rule
 * joins. Ids count from 1 in each table, in the order organisations are generated.
 */
final class CompanyRows {

    /** Share of organisations with rows in more than one company table. */
    static final double MULTI_TABLE = 0.15;
    /** Share of organisations entered twice in their main table. */
    static final double SAME_TABLE_DUPLICATE = 0.02;
    /** Share of odd-numbered organisations named as a near-duplicate of the organisation before them. */
    static final double NEAR_DUPLICATE = 0.04;
    /** Share of client rows with a relationship strength or priority outside the canonical spelling. */
    static final double DIRTY_CLIENT = 0.08;

    private static final long ORGANISATION_STREAM = 10;

    /** The share of organisations whose main table each table is: owners/developers largest. */
    private static final CompanyTableShares MAIN_TABLES = new CompanyTableShares(Map.of(TECHNOLOGY_VENDORS, 0.17,
            OWNERS_DEVELOPERS, 0.42, OPERATORS, 0.09, CONSTRUCTORS, 0.11, OFFTAKERS, 0.14, CLIENTS, 0.07));

    private static final List<String> REACTOR_TYPES = List.of("Light-water SMR", "High-temperature gas reactor",
            "Molten-salt reactor", "Sodium-cooled fast reactor", "Heat-pipe microreactor", "Pressurised water reactor",
            "Direct-drive wind turbine", "Floating wind foundation", "Electrolyser stack", "Grid-scale battery");
    private static final List<String> COMPANY_TYPES = List.of("Developer", "Utility", "Investor", "Owner",
            "Independent power producer");
    private static final List<String> SECTORS = List.of("Utility", "Industrial", "Data centres", "Hydrogen",
            "Transport", "Mining", "Chemicals");
    private static final List<String> STRENGTHS = List.of("Strong", "Medium", "Weak", "New");
    private static final List<String> PRIORITIES = List.of("High", "Medium", "Low");
    private static final List<String> DIRTY_STRENGTHS = List.of("strong ", "Very Strong", " weak", "MEDIUM");
    private static final List<String> DIRTY_PRIORITIES = List.of("HIGH", "high ", "Urgent", "LOW");

    private CompanyRows() {}

    static void write(GenerationRun run) throws SQLException {
        OrganisationNames names = new OrganisationNames(run.seed);
        Map<LegacyTable, TableInserter> inserters = new EnumMap<>(LegacyTable.class);
        Map<LegacyTable, Long> ids = new EnumMap<>(LegacyTable.class);
        for (LegacyTable table : LegacyTable.companyTables()) {
            inserters.put(table, run.inserter(table));
            ids.put(table, 0L);
        }
        long target = run.plan.companyRows();
        long written = 0;
        for (long organisation = 0; written < target; organisation++) {
            SplittableRandom random = run.random(ORGANISATION_STREAM, organisation);
            boolean nearDuplicate = organisation % 2 == 1 && chance(random, NEAR_DUPLICATE);
            String name = nearDuplicate ? names.nearDuplicate(organisation - 1) : names.base(organisation);
            List<LegacyTable> tables = tables(random);
            Profile profile = Profile.of(random, names.slug(nearDuplicate ? organisation - 1 : organisation),
                    nearDuplicate);
            Set<LegacyTable> reached = EnumSet.noneOf(LegacyTable.class);
            boolean duplicated = false;
            for (int i = 0; i < tables.size() && written < target; i++) {
                LegacyTable table = tables.get(i);
                boolean keep = i == 0 ? chance(random, 0.75) : chance(random, 0.3);
                String rowName = keep ? name : OrganisationNames.variant(name, random);
                long id = ids.merge(table, 1L, Long::sum);
                inserters.get(table).insert(values(run, table, id, rowName, profile, i > 0, random));
                duplicated |= !reached.add(table);
                written++;
            }
            run.shape.organisations++;
            if (reached.size() > 1) {
                run.shape.multiTableOrganisations++;
            }
            if (duplicated) {
                run.shape.sameTableDuplicates++;
            }
            if (nearDuplicate) {
                run.shape.nearDuplicateOrganisations++;
            }
        }
        for (LegacyTable table : LegacyTable.companyTables()) {
            run.finish(inserters.get(table));
        }
    }

    /** The tables an organisation has rows in: its main table first, then any others, then a second main row. */
    private static List<LegacyTable> tables(SplittableRandom random) {
        LegacyTable main = MAIN_TABLES.draw(random);
        List<LegacyTable> tables = new ArrayList<>(List.of(main));
        if (chance(random, MULTI_TABLE)) {
            int extra = chance(random, 0.7) ? 1 : 2;
            while (tables.size() < 1 + extra) {
                LegacyTable other = MAIN_TABLES.draw(random);
                if (!tables.contains(other)) {
                    tables.add(other);
                }
            }
        }
        if (chance(random, SAME_TABLE_DUPLICATE)) {
            tables.add(main);
        }
        return tables;
    }

    /** What the rows of one organisation have in common. */
    private record Profile(String website, String country, String email, String phone, LocalDateTime created) {
        static Profile of(SplittableRandom random, String slug, boolean nearDuplicate) {
            String domain = slug + (nearDuplicate ? "-group" : "") + ".example";
            return new Profile(chance(random, 0.85) ? "https://www." + domain : null,
                    pick(random, RandomValues.COUNTRIES), chance(random, 0.7) ? "info@" + domain : null,
                    chance(random, 0.6) ? RandomValues.phone(random) : null, RandomValues.timestamp(random));
        }
    }

    /** The values of a row, in the order of the table's {@link LegacyTable#columns() columns}. */
    private static Object[] values(GenerationRun run, LegacyTable table, long id, String name, Profile profile,
            boolean secondary, SplittableRandom random) {
        List<Object> values = new ArrayList<>(16);
        values.add(id);
        values.add(name);
        switch (table) {
            case OWNERS_DEVELOPERS -> values.add(chance(random, 0.8) ? pick(random, COMPANY_TYPES) : null);
            case OFFTAKERS -> values.add(chance(random, 0.8) ? pick(random, SECTORS) : null);
            default -> { }
        }
        values.add(secondary && chance(random, 0.2) ? null : profile.website());
        values.add(secondary ? RandomValues.respell(random, profile.country()) : profile.country());
        values.add(secondary && chance(random, 0.3) ? null : profile.email());
        values.add(secondary && chance(random, 0.3) ? RandomValues.phone(random) : profile.phone());
        switch (table) {
            case TECHNOLOGY_VENDORS -> values.add(chance(random, 0.9) ? pick(random, REACTOR_TYPES) : null);
            case CLIENTS -> addClientValues(run, values, random);
            default -> { }
        }
        values.add(chance(random, 0.1) ? "Imported from the " + (2010 + random.nextInt(14)) + " CRM export" : null);
        LocalDateTime created = secondary ? profile.created().plusDays(random.nextInt(2000)) : profile.created();
        values.add(created);
        values.add(chance(random, 0.35) ? created.plusDays(1 + random.nextInt(1500)) : null);
        return values.toArray();
    }

    private static void addClientValues(GenerationRun run, List<Object> values, SplittableRandom random) {
        boolean dirty = chance(random, DIRTY_CLIENT);
        String strength = chance(random, 0.85) ? pick(random, STRENGTHS) : null;
        String priority = chance(random, 0.85) ? pick(random, PRIORITIES) : null;
        if (dirty) {
            if (random.nextBoolean()) {
                strength = pick(random, DIRTY_STRENGTHS);
            } else {
                priority = pick(random, DIRTY_PRIORITIES);
            }
            run.shape.dirtyClientValues++;
        }
        LocalDate last = chance(random, 0.7) ? RandomValues.date(random) : null;
        values.add(strength);
        values.add(priority);
        values.add(chance(random, 0.3) ? "Quarterly review with the account team" : null);
        values.add(last);
        values.add(last != null && chance(random, 0.8) ? last.plusDays(30 + random.nextInt(150)) : null);
    }
}

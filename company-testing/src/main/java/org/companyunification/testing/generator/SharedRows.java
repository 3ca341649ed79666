package org.companyunification.testing.generator;

import static org.companyunification.testing.generator.RandomValues.chance;
import static org.companyunification.testing.generator.RandomValues.pick;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.companyunification.model.legacy.LegacyTable;

/** Writes {@code projects} and {@code personnel}, ids from 1 up. */
final class SharedRows {

    private static final long PROJECTS_STREAM = 1;
    private static final long PERSONNEL_STREAM = 2;

    private static final List<String> PLACE_SYLLABLES = List.of("ash", "brook", "cliff", "dale", "elm", "fair",
            "glen", "holm", "ing", "kirk", "lea", "moor", "ness", "oak", "pen", "rock", "shaw", "thorn", "wick",
            "wold");

    /** Project kinds: name suffix and technology. */
    private static final List<String[]> KINDS = List.of(new String[] {"SMR", "Light-water SMR"},
            new String[] {"Nuclear Station", "PWR"}, new String[] {"Microreactor", "Heat-pipe microreactor"},
            new String[] {"Wind Farm", "Onshore wind"}, new String[] {"Offshore Wind", "Offshore wind"},
            new String[] {"Solar Park", "Solar PV"}, new String[] {"Hydro Station", "Run-of-river hydro"},
            new String[] {"Pumped Storage", "Pumped hydro"}, new String[] {"Geothermal Plant", "Geothermal"},
            new String[] {"Battery Storage", "Lithium-ion battery"}, new String[] {"Hydrogen Hub", "Electrolysis"});

    private static final List<String> STATUSES = List.of("Planning", "Licensing", "Permitting", "Construction",
            "Operating", "Operating", "Operating", "Decommissioned");

    private static final List<String> FIRST_NAMES = List.of("Ana", "Ben", "Chloe", "David", "Elena", "Farid",
            "Grace", "Hiro", "Ines", "Jonas", "Kavya", "Liam", "Maya", "Noah", "Olga", "Pablo", "Qi", "Rosa", "Sam",
            "Tariq", "Uma", "Victor", "Wen", "Ximena", "Yusuf", "Zoe", "Amir", "Beatriz", "Carlos", "Dana");

    private static final List<String> LAST_NAMES = List.of("Abbott", "Baptiste", "Castellano", "Dubois", "Eriksen",
            "Fischer", "Gallagher", "Haddad", "Ivanova", "Jansen", "Kowalski", "Lindqvist", "Moreau", "Nakamura",
            "Okafor", "Petrov", "Quinn", "Rossi", "Schneider", "Tanaka", "Underwood", "Varga", "Whitfield", "Xu",
            "Yilmaz", "Zimmermann", "Alvarez", "Brennan", "Chowdhury", "Dimitrov");

    private SharedRows() {}

    static void writeProjects(GenerationRun run) throws SQLException {
        TableInserter projects = run.inserter(LegacyTable.PROJECTS);
        SplittableRandom random = run.random(PROJECTS_STREAM, 0);
        for (long id = 1; id <= run.plan.projects(); id++) {
            String place = place(random);
            String[] kind = pick(random, KINDS);
            String name = place + " " + kind[0] + (chance(random, 0.3) ? " Unit " + (1 + random.nextInt(4)) : "");
            LocalDateTime created = RandomValues.timestamp(random);
            projects.insert(id, name, place, pick(random, RandomValues.COUNTRIES), pick(random, STATUSES), kind[1],
                    BigDecimal.valueOf(random.nextLong(500, 300_000), 2),
                    chance(random, 0.2) ? "Phase " + (1 + random.nextInt(3)) + " of the " + place + " programme"
                            : null,
                    created, chance(random, 0.4) ? created.plusDays(1 + random.nextInt(900)) : null);
        }
        run.finish(projects);
    }

    static void writePersonnel(GenerationRun run) throws SQLException {
        TableInserter personnel = run.inserter(LegacyTable.PERSONNEL);
        SplittableRandom random = run.random(PERSONNEL_STREAM, 0);
        for (long id = 1; id <= run.plan.personnel(); id++) {
            String first = pick(random, FIRST_NAMES);
            String last = pick(random, LAST_NAMES);
            LocalDateTime created = RandomValues.timestamp(random);
            personnel.insert(id, first + " " + last,
                    chance(random, 0.9) ? (first + "." + last).toLowerCase(Locale.ROOT) + id + "@people.example"
                            : null,
                    chance(random, 0.7) ? RandomValues.phone(random) : null, null, created,
                    chance(random, 0.3) ? created.plusDays(1 + random.nextInt(900)) : null);
        }
        run.finish(personnel);
    }

    private static String place(SplittableRandom random) {
        String text = pick(random, PLACE_SYLLABLES) + pick(random, PLACE_SYLLABLES);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}

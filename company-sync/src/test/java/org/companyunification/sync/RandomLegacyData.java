package org.companyunification.sync;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.companyunification.model.legacy.LegacyTable;
import org.companyunification.testing.LegacyData;

/**
 * A random legacy data set for property tests, and what the migration rules say becomes of each row, worked out
 * here from the rows themselves rather than from the database: a company row is migrated unless its name has no
 * letter or digit; a project relationship unless its project or its company row is missing or that row is
 * rejected; a personnel relationship to a project is out of scope, any other unless its entity type is unknown,
 * its person or company row is missing or rejected, or it ends before it starts.
 *
 * @param projects the project ids (1 up)
 * @param persons the personnel ids (1 up)
 * @param companies company rows by table and id
 * @param projectLinks project relationships by table
 * @param personLinks personnel relationships
 */
record RandomLegacyData(int projects, int persons, Map<LegacyTable, List<CompanyRow>> companies,
        Map<LegacyTable, List<ProjectLink>> projectLinks, List<PersonLink> personLinks) {

    /** A legacy company row; {@code strength} is set for clients only. */
    record CompanyRow(long id, String name, String strength) {}

    /** A project relationship row. */
    record ProjectLink(long id, long projectId, long partyId, boolean primary) {}

    /** A personnel relationship row. */
    record PersonLink(long id, long personId, String entityType, long entityId, LocalDate start, LocalDate end) {}

    private static final List<String> ORGANISATIONS = List.of("Aurora Fission", "Borealis Nuclear",
            "Société Générale d'Énergie", "Nordström Kraft", "Ørsted Vind", "Zürich Atom", "Φως Ενέργεια",
            "東京原子力", "Cobalt & Sons Reactors", "Delta-Atomics", "Ember Power", "Ember Powers");
    private static final List<String> SUFFIXES = List.of("", " Inc", " Inc.", ", Inc.", " LLC", " Ltd", " Ltd.",
            " GmbH", " S.A.", " AG", " Corp.", " Co");
    private static final List<String> STRENGTHS = List.of("Strong", "strong ", "Medium", "WEAK", "New",
            "Very Strong", "??", "", "HIGH");
    private static final List<String> ENTITY_TYPES = List.of("vendor", "owner", "operator", "constructor",
            "offtaker", "client", " Vendor ", "OWNER", "project", "Project", "supplier", "");

    /** Generates small data sets: up to about 40 company rows, 20 project and 20 personnel relationships. */
    static Arbitrary<RandomLegacyData> arbitrary() {
        Arbitrary<Map<LegacyTable, List<CompanyRow>>> companies = Arbitraries.integers().between(1, 60)
                .flatMap(count -> companyRow().list().ofSize(count))
                .map(RandomLegacyData::byTable);
        return Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 4),
                companies, Arbitraries.randoms()).as((projects, persons, rows, random) -> {
                    Map<LegacyTable, List<ProjectLink>> projectLinks = new LinkedHashMap<>();
                    long linkId = 1;
                    for (LegacyTable table : LegacyTable.projectRelationshipTables()) {
                        List<ProjectLink> links = new ArrayList<>();
                        List<CompanyRow> parties = rows.get(table.companyTable());
                        for (int i = random.nextInt(6); i > 0; i--) {
                            links.add(new ProjectLink(linkId++, 1 + random.nextInt(projects + 1),
                                    anyId(parties, random), random.nextBoolean()));
                        }
                        projectLinks.put(table, links);
                    }
                    List<PersonLink> personLinks = new ArrayList<>();
                    for (int i = random.nextInt(20); i > 0; i--) {
                        String type = ENTITY_TYPES.get(random.nextInt(ENTITY_TYPES.size()));
                        long entityId = LegacyTable.companyTables().stream()
                                .filter(t -> t.entityType().orElseThrow().equals(normalised(type))).findFirst()
                                .map(t -> anyId(rows.get(t), random)).orElse(1L + random.nextInt(5));
                        LocalDate start = random.nextInt(3) == 0 ? null : LocalDate.of(2000 + random.nextInt(20), 1,
                                1 + random.nextInt(28));
                        LocalDate end = random.nextInt(3) == 0 ? null : LocalDate.of(2000 + random.nextInt(25), 6,
                                1 + random.nextInt(28));
                        personLinks.add(new PersonLink(100 + i, 1 + random.nextInt(persons + 1), type, entityId,
                                start, end));
                    }
                    return new RandomLegacyData(projects, persons, rows, projectLinks, personLinks);
                });
    }

    private static Arbitrary<CompanyRow> companyRow() {
        Arbitrary<String> name = Arbitraries.oneOf(
                Combinators.combine(Arbitraries.of(ORGANISATIONS), Arbitraries.of(SUFFIXES),
                        Arbitraries.integers().between(0, 3), Arbitraries.strings().withChars(" \t").ofMaxLength(2),
                        Arbitraries.strings().withChars(" \t.,").ofMaxLength(2))
                        .as((organisation, suffix, casing, before, after) -> before
                                + recase(organisation.replace(" ", casing == 3 ? "  " : " ") + suffix, casing)
                                + after),
                Arbitraries.of("", " ", " \t "),
                Arbitraries.strings().alpha().numeric().withChars(" .,&-éßø").ofMinLength(1).ofMaxLength(12));
        return Combinators.combine(Arbitraries.of(LegacyTable.companyTables()), name, Arbitraries.of(STRENGTHS))
                .as((table, n, strength) -> new CompanyRow(table.ordinal(), n, strength));
    }

    /** Spreads generated rows over their tables, numbering each table's rows from 1. */
    private static Map<LegacyTable, List<CompanyRow>> byTable(List<CompanyRow> generated) {
        Map<LegacyTable, List<CompanyRow>> byTable = new LinkedHashMap<>();
        LegacyTable.companyTables().forEach(t -> byTable.put(t, new ArrayList<>()));
        for (CompanyRow row : generated) {
            List<CompanyRow> rows = byTable.get(LegacyTable.values()[(int) row.id()]);
            rows.add(new CompanyRow(rows.size() + 1, row.name(), row.strength()));
        }
        return byTable;
    }

    private static long anyId(List<CompanyRow> rows, java.util.Random random) {
        return 1 + random.nextInt(rows.size() + 2);
    }

    private static String recase(String name, int casing) {
        return switch (casing) {
            case 0 -> name.toUpperCase(Locale.ROOT);
            case 1 -> name.toLowerCase(Locale.ROOT);
            default -> name;
        };
    }

    private static String normalised(String entityType) {
        return entityType.strip().toLowerCase(Locale.ROOT);
    }

    /** Builds the rows. */
    LegacyData toLegacyData() {
        LegacyData data = new LegacyData();
        for (int p = 1; p <= projects; p++) {
            data.project(p, "Project " + p);
        }
        for (int p = 1; p <= persons; p++) {
            data.person(p, "Person " + p);
        }
        companies.forEach((table, rows) -> rows.forEach(row -> {
            switch (table) {
                case TECHNOLOGY_VENDORS -> data.vendor(row.id(), row.name());
                case OWNERS_DEVELOPERS -> data.owner(row.id(), row.name());
                case OPERATORS -> data.operator(row.id(), row.name());
                case CONSTRUCTORS -> data.constructor(row.id(), row.name());
                case OFFTAKERS -> data.offtaker(row.id(), row.name());
                case CLIENTS -> data.client(row.id(), row.name(), c -> c.relationshipStrength(row.strength()));
                default -> throw new IllegalStateException(table.tableName());
            }
        }));
        projectLinks.forEach((table, links) -> links.forEach(l -> {
            switch (table) {
                case PROJECT_VENDOR_RELATIONSHIPS ->
                        data.vendorOnProject(l.id(), l.projectId(), l.partyId(), l.primary());
                case PROJECT_OWNER_RELATIONSHIPS ->
                        data.ownerOnProject(l.id(), l.projectId(), l.partyId(), l.primary());
                case PROJECT_OPERATOR_RELATIONSHIPS ->
                        data.operatorOnProject(l.id(), l.projectId(), l.partyId(), l.primary());
                case PROJECT_CONSTRUCTOR_RELATIONSHIPS ->
                        data.constructorOnProject(l.id(), l.projectId(), l.partyId(), l.primary());
                case PROJECT_OFFTAKER_RELATIONSHIPS ->
                        data.offtakerOnProject(l.id(), l.projectId(), l.partyId(), l.primary());
                default -> throw new IllegalStateException(table.tableName());
            }
        }));
        personLinks.forEach(l -> data.personAt(l.id(), l.personId(), l.entityType(), l.entityId(),
                a -> a.start(l.start()).end(l.end())));
        return data;
    }

    /** The ids of a table's rows the rules say are migrated. */
    Set<Long> expectedMigrated(LegacyTable table) {
        Set<Long> ids = new TreeSet<>();
        switch (table.kind()) {
            case COMPANY -> companies.get(table).stream().filter(r -> hasName(r))
                    .forEach(r -> ids.add(r.id()));
            case PROJECT_RELATIONSHIP -> projectLinks.get(table).stream()
                    .filter(l -> l.projectId() <= projects && migrated(table.companyTable(), l.partyId()))
                    .forEach(l -> ids.add(l.id()));
            default -> personLinks.stream().filter(l -> !outOfScope(l)).filter(l -> l.personId() <= persons)
                    .filter(l -> l.start() == null || l.end() == null || !l.end().isBefore(l.start()))
                    .filter(l -> LegacyTable.companyTables().stream()
                            .anyMatch(t -> t.entityType().orElseThrow().equals(normalised(l.entityType()))
                                    && migrated(t, l.entityId())))
                    .forEach(l -> ids.add(l.id()));
        }
        return ids;
    }

    /** The ids of a table's rows in the migration's scope. */
    Set<Long> inScope(LegacyTable table) {
        Set<Long> ids = new TreeSet<>();
        switch (table.kind()) {
            case COMPANY -> companies.get(table).forEach(r -> ids.add(r.id()));
            case PROJECT_RELATIONSHIP -> projectLinks.get(table).forEach(l -> ids.add(l.id()));
            default -> personLinks.stream().filter(l -> !outOfScope(l)).forEach(l -> ids.add(l.id()));
        }
        return ids;
    }

    /** Rows of a table, in scope or not. */
    long rows(LegacyTable table) {
        return switch (table.kind()) {
            case COMPANY -> companies.get(table).size();
            case PROJECT_RELATIONSHIP -> projectLinks.get(table).size();
            default -> personLinks.size();
        };
    }

    long outOfScope() {
        return personLinks.stream().filter(RandomLegacyData::outOfScope).count();
    }

    private static boolean outOfScope(PersonLink link) {
        return normalised(link.entityType()).equals("project");
    }

    private boolean migrated(LegacyTable companyTable, long id) {
        return companies.get(companyTable).stream().anyMatch(r -> r.id() == id && hasName(r));
    }

    /** A name the migration accepts: with a letter or digit (a blank name or one of punctuation is rejected). */
    private static boolean hasName(CompanyRow row) {
        return row.name().codePoints().anyMatch(Character::isLetterOrDigit);
    }

    @Override
    public String toString() {
        return "projects " + projects + ", persons " + persons + ", companies " + companies + ", project links "
                + projectLinks + ", person links " + personLinks;
    }
}

package org.companyunification.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.companyunification.model.legacy.LegacyTable;
import org.companyunification.sync.consistency.Difference.Kind;
import org.companyunification.sync.consistency.Difference;
import org.companyunification.sync.internal.Sql;

/**
 * Checks the six legacy company tables against companies, their global roles, client profiles and origin
 * records. One query reads the six tables (each joined with its origin records, and the origin records whose row
 * is gone) with the unified rows they map to, in company order; each company's legacy rows are then folded as
 * the backfill folds them ({@link CompanyState}: the lead row creates, later rows fill) and the result compared
 * with the company.
 */
final class CompanyConsistency {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {};

    /** The company columns compared, each with how to read it from a draft and from the folded company. */
    private record Field(String column, Function<CompanyDraft, String> draft, Function<CompanyState, String> state) {}

    private static final List<Field> FIELDS = List.of(
            new Field("company_type", CompanyDraft::companyType, c -> c.companyType),
            new Field("website", CompanyDraft::website, c -> c.website),
            new Field("country", CompanyDraft::country, c -> c.country),
            new Field("contact_email", CompanyDraft::contactEmail, c -> c.contactEmail),
            new Field("contact_phone", CompanyDraft::contactPhone, c -> c.contactPhone),
            new Field("reactor_type", CompanyDraft::reactorType, c -> c.reactorType),
            new Field("sector", CompanyDraft::sector, c -> c.sector),
            new Field("notes", CompanyDraft::notes, c -> c.notes));

    private static final String[] LEGACY_COLUMNS = {"company_type", "website", "country", "contact_email",
        "contact_phone", "reactor_type", "sector", "notes", "created_at", "updated_at", "relationship_strength",
        "client_priority", "relationship_notes", "last_contact_date", "next_contact_date"};

    private static final String[] PROFILE_COLUMNS = {"relationship_strength", "client_priority",
        "relationship_notes", "last_contact_date", "next_contact_date"};

    /** One row of the query: a legacy row (or an origin record whose row is gone) and what it maps to. */
    static final class Member {
        LegacyTable table;
        long sourceId;
        boolean found;
        LegacyCompanyRow legacy;
        Long companyId;
        String originName;
        String originValues;
        boolean holdsRole;
        ClientProfileValues profile;
        boolean hasProfile;
        ClientProfileValues storedProfile;
        CompanyState company;
        CompanyDraft fitted;
    }

    private final MatchingPolicy policy;
    private final DifferenceSink sink;

    CompanyConsistency(MatchingPolicy policy, DifferenceSink sink) {
        this.policy = policy;
        this.sink = sink;
    }

    void check(Connection connection) throws SQLException {
        List<Member> group = new ArrayList<>();
        ConsistencyCheck.stream(connection, sql(), rs -> {
            Member member = read(rs);
            if (member.found) {
                sink.rowRead(member.table.tableName());
            }
            if (member.companyId == null) {
                notMigrated(member);
                return;
            }
            if (!group.isEmpty() && !group.get(0).companyId.equals(member.companyId)) {
                compare(group);
                group.clear();
            }
            group.add(member);
        });
        if (!group.isEmpty()) {
            compare(group);
        }
    }

    /** A legacy row without an origin record: a difference when the rule would migrate it. */
    private void notMigrated(Member member) {
        CompanyDraft draft = LegacyCompanyMapper.INSTANCE.fromRow(member.legacy);
        String table = member.table.tableName();
        if (draft.name() == null || UnifiedColumns.tooLong(draft.name(), UnifiedColumns.COMPANY_NAME)
                || CompaniesMigration.key(policy, draft.name()) == null) {
            sink.notMapped(table);
            return;
        }
        sink.add(new Difference(Kind.NOT_MIGRATED, table, member.sourceId, "companies", null, List.of(),
                table + " #" + member.sourceId + " '" + draft.name() + "' has no origin record: no company"
                        + " stands for it (run the backfill)"));
    }

    /** Folds the legacy rows of one company as the backfill does and compares the result with the company. */
    private void compare(List<Member> group) {
        long companyId = group.get(0).companyId;
        List<Member> present = new ArrayList<>();
        for (Member member : group) {
            if (member.found) {
                present.add(member);
            } else {
                String table = member.table.tableName();
                sink.add(new Difference(Kind.LEGACY_ROW_GONE, table, member.sourceId, "company_origins", companyId,
                        List.of(), "the origin record of company " + companyId + " names " + table + " #"
                                + member.sourceId + ", which no longer exists"));
            }
        }
        if (present.isEmpty()) {
            return;
        }
        Fold fold = fold(companyId, present, policy);
        List<String> keptValues = fold.keptValues();
        compareCompany(present, fold.company(), group.get(0).company);
        if (fold.profileLead() != null) {
            compareProfile(fold.profileLead(), companyId);
        }
        for (int i = 0; i < present.size(); i++) {
            Member member = present.get(i);
            String table = member.table.tableName();
            if (!member.holdsRole) {
                sink.add(new Difference(Kind.UNIFIED_ROW_MISSING, table, member.sourceId, "company_role_assignments",
                        null, List.of(), "company " + companyId + " does not hold the global role "
                                + member.table.role().code() + " that " + table + " #" + member.sourceId + " gives it"));
            }
            FieldComparison origin = new FieldComparison().compare("source_name", member.legacy.name(),
                    member.originName);
            compareKeptValues(origin, keptValues.get(i), member.originValues);
            if (!origin.isEmpty()) {
                sink.add(new Difference(Kind.VALUES_DIFFER, table, member.sourceId, "company_origins", companyId,
                        origin.differences(), "the origin record of " + table + " #" + member.sourceId
                                + " differs from the row in " + String.join(", ", origin.names())));
            }
        }
    }

    /**
     * The legacy rows of one company folded as a first backfill builds it.
     *
     * @param company the company the rows make: the lead row's name, key and values, later rows filling
     * @param keptValues per row, the values its origin record should keep, as JSON
     * @param profileLead the first {@code clients} row, whose CRM values make the client profile, or {@code null}
     */
    record Fold(CompanyState company, List<String> keptValues, Member profileLead) {}

    /**
     * Folds the legacy rows of one company, lead first, as the backfill does ({@link CompanyState}: the lead row
     * creates, later rows fill); sets each member's fitted draft and the profile lead's profile.
     */
    static Fold fold(long companyId, List<Member> present, MatchingPolicy policy) {
        CompanyState expected = null;
        Member profileLead = null;
        List<String> keptValues = new ArrayList<>();
        for (Member member : present) {
            PageContext scratch = ConsistencyCheck.scratch(member.table);
            SourceValues kept = new SourceValues();
            CompanyDraft draft = UnifiedColumns.fit(LegacyCompanyMapper.INSTANCE.fromRow(member.legacy), scratch,
                    kept);
            member.fitted = draft;
            if (expected == null) {
                expected = CompanyState.create(companyId, draft, CompaniesMigration.key(policy, draft.name()),
                        LocalDateTime.MIN);
            } else {
                expected.fill(draft, kept);
            }
            if (member.table == LegacyTable.CLIENTS) {
                ClientProfileValues profile = ClientProfileValues.of(draft, scratch, kept);
                if (profileLead == null) {
                    profileLead = member;
                    member.profile = profile;
                } else {
                    CompaniesMigration.keepUnappliedProfile(draft, kept);
                }
            }
            keptValues.add(kept.toJson());
        }
        return new Fold(expected, keptValues, profileLead);
    }

    private void compareCompany(List<Member> present, CompanyState expected, CompanyState actual) {
        Member lead = present.get(0);
        // Each field's expected value comes from the first row that has one (the lead's, or a later row's that
        // filled it); a difference is reported against that row, or against the lead when no row has a value.
        Map<Member, FieldComparison> byRow = new LinkedHashMap<>();
        byRow.computeIfAbsent(lead, m -> new FieldComparison())
                .compare("company_name", expected.name, actual.name)
                .compare("name_key", expected.nameKey, actual.nameKey);
        for (Field field : FIELDS) {
            String want = field.state().apply(expected);
            String have = field.state().apply(actual);
            if (!Objects.equals(want, have)) {
                Member source = present.stream().filter(m -> field.draft().apply(m.fitted) != null).findFirst()
                        .orElse(lead);
                byRow.computeIfAbsent(source, m -> new FieldComparison()).compare(field.column(), want, have);
            }
        }
        byRow.forEach((member, comparison) -> {
            if (!comparison.isEmpty()) {
                String table = member.table.tableName();
                sink.add(new Difference(Kind.VALUES_DIFFER, table, member.sourceId, "companies", actual.id,
                        comparison.differences(), "company " + actual.id + " differs from " + table + " #"
                                + member.sourceId + (member == lead ? " (its lead row)" : " (the row that fills it)")
                                + " in " + String.join(", ", comparison.names())));
            }
        });
    }

    private void compareProfile(Member lead, long companyId) {
        String table = lead.table.tableName();
        if (!lead.hasProfile) {
            sink.add(new Difference(Kind.UNIFIED_ROW_MISSING, table, lead.sourceId, "client_profiles", companyId,
                    List.of(), "company " + companyId + " has no client profile, which " + table + " #"
                            + lead.sourceId + " gives it"));
            return;
        }
        ClientProfileValues want = lead.profile;
        ClientProfileValues have = lead.storedProfile;
        FieldComparison comparison = new FieldComparison()
                .compare("relationship_strength", want.relationshipStrength(), have.relationshipStrength())
                .compare("client_priority", want.clientPriority(), have.clientPriority())
                .compare("relationship_notes", want.relationshipNotes(), have.relationshipNotes())
                .compare("last_contact_date", want.lastContactDate(), have.lastContactDate())
                .compare("next_contact_date", want.nextContactDate(), have.nextContactDate());
        if (!comparison.isEmpty()) {
            sink.add(new Difference(Kind.VALUES_DIFFER, table, lead.sourceId, "client_profiles", companyId,
                    comparison.differences(), "the client profile of company " + companyId + " differs from "
                            + table + " #" + lead.sourceId + " in " + String.join(", ", comparison.names())));
        }
    }

    /** Whether an origin record keeps other values than it should. */
    static boolean keptValuesDiffer(String expectedJson, String storedJson) {
        FieldComparison comparison = new FieldComparison();
        compareKeptValues(comparison, expectedJson, storedJson);
        return !comparison.isEmpty();
    }

    /** Compares the values an origin record should keep with those it keeps, value by value. */
    private static void compareKeptValues(FieldComparison comparison, String expectedJson, String storedJson) {
        Map<String, Object> expected = parse(expectedJson);
        Map<String, Object> stored = parse(storedJson);
        if (stored == null) {
            comparison.compare("source_values", expectedJson, storedJson);
            return;
        }
        for (String key : new TreeSet<>(union(expected.keySet(), stored.keySet()))) {
            comparison.compare("source_values." + key, FieldComparison.text(expected.get(key)),
                    FieldComparison.text(stored.get(key)));
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    /** Reads a kept-values object; {@code null} text is an empty object, text that is no object gives null. */
    private static Map<String, Object> parse(String json) {
        if (json == null || json.isBlank()) {
            return new TreeMap<>();
        }
        try {
            Map<String, Object> values = JSON.readValue(json, JSON_OBJECT);
            return values == null ? new TreeMap<>() : values;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /**
     * The one query: per company table its rows with their origin records, and the origin records of the table
     * whose row is gone; then the company, its global role of the table's kind and, for clients, its profile.
     * Legacy columns are prefixed {@code l_}; the company's columns keep their names ({@link CompanyState#read}).
     */
    private static String sql() {
        return sql(0);
    }

    /**
     * The rows of the query that belong to some companies: their legacy rows with the company, role and profile,
     * lead first; each branch names the companies, so the database reads them through their origin records.
     */
    static Map<Long, List<Member>> members(Connection connection, List<Long> companyIds) throws SQLException {
        Map<Long, List<Member>> members = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql(companyIds.size()))) {
            int index = 1;
            for (int table = 0; table < LegacyTable.companyTables().size(); table++) {
                index = Sql.bind(statement, index, companyIds);
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Member member = read(rs);
                    members.computeIfAbsent(member.companyId, id -> new ArrayList<>()).add(member);
                }
            }
        }
        return members;
    }

    /** The query over every company ({@code companies} 0), or over that many companies named by parameters. */
    private static String sql(int companies) {
        List<String> branches = new ArrayList<>();
        List<LegacyTable> tables = LegacyTable.companyTables();
        for (int rank = 0; rank < tables.size(); rank++) {
            LegacyTable table = tables.get(rank);
            String origin = "o.source_table = '" + table.tableName() + "'";
            StringBuilder present = new StringBuilder("SELECT ").append(rank).append(" AS table_rank, t.")
                    .append(table.idColumn()).append(" AS source_id, 1 AS legacy_found, t.")
                    .append(table.nameColumn()).append(" AS l_name");
            StringBuilder gone = new StringBuilder("SELECT ").append(rank)
                    .append(" AS table_rank, o.source_id, 0 AS legacy_found, NULL AS l_name");
            for (String column : LEGACY_COLUMNS) {
                // PostgreSQL types a UNION pair by pair: a NULL that meets a DATE column only later needs its type.
                String none = column.endsWith("_date") ? "CAST(NULL AS DATE)" : "NULL";
                present.append(", ").append(table.columnNames().contains(column) ? "t." + column : none)
                        .append(" AS l_").append(column);
                gone.append(", ").append(none).append(" AS l_").append(column);
            }
            String originColumns = ", o.company_id AS origin_company, o.source_name AS origin_name,"
                    + " o.source_values AS origin_values";
            if (companies > 0) {
                branches.add(present + originColumns + " FROM company_origins o JOIN " + table.tableName() + " t ON t."
                        + table.idColumn() + " = o.source_id WHERE " + origin + " AND o.company_id IN "
                        + Sql.in(companies));
                continue;
            }
            branches.add(present + originColumns + " FROM " + table.tableName() + " t LEFT JOIN company_origins o ON "
                    + origin + " AND o.source_id = t." + table.idColumn());
            branches.add(gone + originColumns + " FROM company_origins o WHERE " + origin + " AND NOT EXISTS"
                    + " (SELECT 1 FROM " + table.tableName() + " t WHERE t." + table.idColumn() + " = o.source_id)");
        }
        StringBuilder roleOfRank = new StringBuilder("CASE x.table_rank");
        for (int rank = 0; rank < tables.size(); rank++) {
            roleOfRank.append(" WHEN ").append(rank).append(" THEN ").append(tables.get(rank).role().roleId());
        }
        roleOfRank.append(" END");
        StringBuilder profile = new StringBuilder();
        for (String column : PROFILE_COLUMNS) {
            profile.append(", p.").append(column).append(" AS p_").append(column);
        }
        return "SELECT x.*, c." + CompanyState.COLUMNS.replace(", ", ", c.") + ", g.assignment_id AS g_assignment,"
                + " p.company_id AS p_company" + profile
                + " FROM (" + String.join(" UNION ALL ", branches) + ") x"
                + " LEFT JOIN companies c ON c.company_id = x.origin_company"
                + " LEFT JOIN company_role_assignments g ON g.company_id = x.origin_company"
                + " AND g.context_type IS NULL AND g.role_id = " + roleOfRank
                + " LEFT JOIN client_profiles p ON p.company_id = x.origin_company AND x.table_rank = "
                + tables.indexOf(LegacyTable.CLIENTS)
                + " ORDER BY x.origin_company, x.table_rank, x.source_id";
    }

    private static Member read(ResultSet rs) throws SQLException {
        Member member = new Member();
        member.table = LegacyTable.companyTables().get(rs.getInt("table_rank"));
        member.sourceId = rs.getLong("source_id");
        member.found = rs.getInt("legacy_found") == 1;
        member.companyId = Sql.nullableLong(rs, "origin_company");
        member.originName = rs.getString("origin_name");
        member.originValues = rs.getString("origin_values");
        if (member.found) {
            member.legacy = new LegacyCompanyRow(member.table.tableName(), member.sourceId,
                    rs.getString("l_name"), rs.getString("l_company_type"), rs.getString("l_website"),
                    rs.getString("l_country"), rs.getString("l_contact_email"), rs.getString("l_contact_phone"),
                    rs.getString("l_reactor_type"), rs.getString("l_sector"), rs.getString("l_notes"),
                    rs.getObject("l_created_at", LocalDateTime.class),
                    rs.getObject("l_updated_at", LocalDateTime.class), rs.getString("l_relationship_strength"),
                    rs.getString("l_client_priority"), rs.getString("l_relationship_notes"),
                    rs.getObject("l_last_contact_date", LocalDate.class),
                    rs.getObject("l_next_contact_date", LocalDate.class));
        }
        if (member.companyId != null) {
            member.company = CompanyState.read(rs);
            member.holdsRole = Sql.nullableLong(rs, "g_assignment") != null;
            member.hasProfile = Sql.nullableLong(rs, "p_company") != null;
            if (member.hasProfile) {
                member.storedProfile = new ClientProfileValues(rs.getString("p_relationship_strength"),
                        rs.getString("p_client_priority"), rs.getString("p_relationship_notes"),
                        rs.getObject("p_last_contact_date", LocalDate.class),
                        rs.getObject("p_next_contact_date", LocalDate.class));
            }
        }
        return member;
    }
}

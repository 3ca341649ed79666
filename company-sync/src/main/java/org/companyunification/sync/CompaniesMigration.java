package org.companyunification.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.companyunification.model.company.NameKey;
import org.companyunification.model.legacy.LegacyTable;
import org.companyunification.sync.Writes.Kind;
import org.companyunification.sync.internal.Sql;

/**
 * Migrates one legacy company table: each row becomes a company, or joins the company its matching key already
 * names, gets the table's global role, and, for {@link LegacyTable#CLIENTS}, a client profile. The origin of a global role
 * assignment is the company's origin records from the role's table ({@code company_origins}); it needs no record
 * of its own.
 *
 * <ul>
 *   <li>A row whose origin record holds the same fingerprint is unchanged and skipped.
 *   <li>A row never migrated joins the company with its matching key (the oldest such company, then one planned
 *       earlier in the page) or creates one. A joining row fills the company's empty fields; its differing values
 *       are kept in its origin record.
 *   <li>A row that changed since it was migrated updates its company: the company's lead row (the first by table
 *       order, then id) overwrites the fields it has values for, including the name; any other row fills empty
 *       fields as when joining. Then the company is rebuilt from all its rows ({@link CompanyRebuild}), so that a
 *       value the lead row emptied, or a filling row changed, ends as a first backfill of the rows would have it;
 *       so is a company that a new row of the page now leads (it comes from an earlier table, or has a lower id).
 *   <li>A row with a blank name, or with a name the matching policy gives no key for (no letter or digit, as
 *       {@code %} or {@code ---}), is rejected; a changed row whose name became so keeps the company's name, with
 *       a warning.
 *   <li>A name whose white space includes tabs or line breaks is stored with each run of white space as one
 *       space, with a warning; other control characters are stored as they are. The verbatim name is kept in
 *       {@code company_origins.source_name}.
 *   <li>A value longer than its unified column is never cut: it is left empty, kept in the origin record, and
 *       reported as a warning ({@link UnifiedColumns}); a name longer than {@code companies.company_name} rejects
 *       the row.
 * </ul>
 */
final class CompaniesMigration extends TableMigration {

    private record Row(CompanyDraft draft, Long originCompany, Long originHash) {}

    private final CompanyRowReader reader;
    private final boolean clients;
    private final int roleId;
    private final MatchingPolicy policy;
    private final LocalDateTime now;
    private final String selectSql;
    /** Whether the company tables after this one hold migrated rows; looked up once, when first needed. */
    private Boolean laterTablesMigrated;

    CompaniesMigration(LegacyTable table, Dialect dialect, MatchingPolicy policy, LocalDateTime now) {
        super(table, dialect, "t", "company_origins", "o");
        this.reader = new CompanyRowReader(table);
        this.clients = table == LegacyTable.CLIENTS;
        this.roleId = table.role().roleId();
        this.policy = policy;
        this.now = now;
        this.selectSql = "SELECT " + selectList("t") + ", o.company_id AS origin_company, o.source_hash AS origin_hash, "
                + digestColumns() + " FROM " + table.tableName() + " t LEFT JOIN company_origins o ON o.source_table = '"
                + table.tableName() + "' AND o.source_id = t." + table.idColumn() + " WHERE ";
    }

    @Override
    void migratePage(PageContext page, long afterId, int limit) throws SQLException {
        List<Row> rows = read(page, afterId, limit);
        List<Row> fresh = new ArrayList<>();
        List<Row> changed = new ArrayList<>();
        Map<Long, Long> hashes = new HashMap<>();
        Map<Long, String> keys = new HashMap<>();
        for (Row row : rows) {
            CompanyDraft draft = row.draft();
            long hash = Fingerprint.of(draft);
            hashes.put(draft.sourceId(), hash);
            if (row.originCompany() != null) {
                if (row.originHash() == hash) {
                    page.unchanged(draft.sourceId());
                } else {
                    changed.add(row);
                }
            } else if (draft.name() == null) {
                page.reject(draft.sourceId(), table.nameColumn(), "the company name is blank; give the row a name and run"
                        + " the backfill again");
            } else if (UnifiedColumns.tooLong(draft.name(), UnifiedColumns.COMPANY_NAME)) {
                page.reject(draft.sourceId(), table.nameColumn(), "the company name has "
                        + UnifiedColumns.length(draft.name()) + " characters, more than companies.company_name holds ("
                        + UnifiedColumns.COMPANY_NAME + "); shorten it and run the backfill again");
            } else {
                String key = key(draft);
                if (key == null) {
                    page.reject(draft.sourceId(), table.nameColumn(), keyProblem(draft)
                            + "; give the row a name with a letter or digit and run the backfill again");
                } else {
                    keys.put(draft.sourceId(), key);
                    fresh.add(row);
                }
            }
        }
        if (fresh.isEmpty() && changed.isEmpty()) {
            return;
        }
        Connection connection = page.connection;
        Map<String, Long> byKey = page.state.companiesByKey(connection, new LinkedHashSet<>(keys.values()));
        Set<Long> involved = new LinkedHashSet<>(byKey.values());
        changed.forEach(row -> involved.add(row.originCompany()));
        Map<Long, CompanyState> companies = page.state.companies(connection, involved);
        Map<Long, Long> roles = page.state.globalRoles(connection, involved, roleId);
        Set<Long> profiles = clients
                ? page.state.profiles(connection, involved) : Set.of();
        Writes out = writes(page);
        // per existing company a new row of this page joins, the smallest such row id
        Map<Long, Long> joined = new HashMap<>();

        for (Row row : fresh) {
            SourceValues kept = new SourceValues();
            CompanyDraft draft = UnifiedColumns.fit(row.draft(), page, kept);
            warnAboutFoldedName(page, draft);
            String key = keys.get(draft.sourceId());
            Long companyId = byKey.get(key);
            if (companyId == null) {
                companyId = page.ids.company(connection);
                CompanyState company = CompanyState.create(companyId, draft, key, now);
                companies.put(companyId, company);
                byKey.put(key, companyId);
                page.state.plannedCompany(key, companyId);
                page.counts.created++;
            } else {
                CompanyState company = companies.get(companyId);
                if (company != null) {
                    company.fill(draft, kept);
                    if (!company.isNew) {
                        joined.merge(companyId, draft.sourceId(), Math::min);
                    }
                }
                page.counts.merged++;
            }
            if (!roles.containsKey(companyId)) {
                long assignmentId = page.ids.assignment(connection);
                roles.put(companyId, assignmentId);
                page.state.plannedGlobalRole(companyId, roleId, assignmentId);
                out.add(Kind.ASSIGNMENT_INSERT, assignmentId, companyId, roleId, null, null, false, null,
                        draft.createdAt() != null ? draft.createdAt() : now, page.runId);
            }
            if (clients) {
                ClientProfileValues profile = ClientProfileValues.of(draft, page, kept);
                if (profiles.add(companyId)) {
                    page.state.plannedProfile(companyId);
                    out.add(Kind.PROFILE_INSERT, profile.insertParameters(companyId, now, page.runId));
                } else {
                    keepUnappliedProfile(draft, kept);
                    page.warn(draft.sourceId(), null, "the company already has a client profile; this row's CRM"
                            + " values are kept in its origin record");
                }
            }
            page.state.plannedOrigin(table, draft.sourceId(), companyId);
            out.add(Kind.ORIGIN_INSERT, table.tableName(), draft.sourceId(), companyId, draft.sourceName(),
                    hashes.get(draft.sourceId()), page.digest(draft.sourceId()), json(page, draft, kept),
                    page.runId);
        }

        if (!changed.isEmpty()) {
            updateChanged(page, changed, hashes, companies, profiles, out);
        }
        for (CompanyState company : companies.values()) {
            if (company.isNew) {
                out.add(Kind.COMPANY_INSERT, company.insertParameters(page.runId));
            } else if (company.dirty) {
                out.add(Kind.COMPANY_UPDATE, company.updateParameters(now));
            }
        }
        boolean newRowsMayLead = !joined.isEmpty() && !page.dryRun
                && newRowsMayLead(connection, joined.values().stream().min(Long::compare).orElseThrow());
        out.flush();
        if (!page.dryRun && (newRowsMayLead || !changed.isEmpty())) {
            Set<Long> rebuild = new LinkedHashSet<>();
            changed.forEach(row -> rebuild.add(row.originCompany()));
            if (newRowsMayLead) {
                Map<Long, String> leads = page.state.leadOrigins(connection, joined.keySet(), false);
                joined.forEach((companyId, rowId) -> {
                    if ((table.tableName() + ":" + rowId).equals(leads.get(companyId))) {
                        rebuild.add(companyId);
                    }
                });
            }
            CompanyRebuild.rebuild(connection, rebuild, policy, now);
        }
    }

    /**
     * Whether a new row joining a company may have become its lead: the company tables after this one hold
     * migrated rows, or this one holds a migrated row with a higher id than the new row. Never so in a first
     * backfill, which reads the tables in order and each table by id, so it pays for no lookup of leads.
     */
    private boolean newRowsMayLead(Connection connection, long smallestNewRow) throws SQLException {
        if (laterTablesMigrated == null) {
            List<LegacyTable> tables = LegacyTable.companyTables();
            List<LegacyTable> later = tables.subList(tables.indexOf(table) + 1, tables.size());
            laterTablesMigrated = !later.isEmpty() && Sql.count(connection, "SELECT COUNT(*) FROM (SELECT 1 AS one"
                    + " FROM company_origins WHERE source_table IN (" + later.stream().map(t -> "'" + t.tableName()
                    + "'").collect(Collectors.joining(", ")) + ") LIMIT 1) x") > 0;
        }
        return laterTablesMigrated || Sql.count(connection, "SELECT COUNT(*) FROM (SELECT 1 AS one FROM"
                + " company_origins WHERE source_table = ? AND source_id > ? LIMIT 1) x", table.tableName(),
                smallestNewRow) > 0;
    }

    private void updateChanged(PageContext page, List<Row> changed, Map<Long, Long> hashes,
            Map<Long, CompanyState> companies, Set<Long> profiles, Writes out) throws SQLException {
        Connection connection = page.connection;
        List<Long> companyIds = changed.stream().map(Row::originCompany).toList();
        Map<Long, String> leads = page.state.leadOrigins(connection, companyIds, false);
        Map<Long, String> clientLeads = clients
                ? page.state.leadOrigins(connection, companyIds, true) : Map.of();
        for (Row row : changed) {
            SourceValues kept = new SourceValues();
            CompanyDraft draft = UnifiedColumns.fit(row.draft(), page, kept);
            long companyId = row.originCompany();
            CompanyState company = companies.get(companyId);
            String self = table.tableName() + ":" + draft.sourceId();
            if (company != null) {
                if (self.equals(leads.get(companyId))) {
                    company.overwrite(draft);
                    renameLead(page, company, draft);
                } else {
                    company.fill(draft, kept);
                }
            }
            if (draft.name() == null) {
                page.warn(draft.sourceId(), table.nameColumn(), "the company name became blank; the company keeps its"
                        + " name");
            }
            if (clients) {
                ClientProfileValues profile = ClientProfileValues.of(draft, page, kept);
                if (profiles.add(companyId)) {
                    out.add(Kind.PROFILE_INSERT, profile.insertParameters(companyId, now, page.runId));
                } else if (self.equals(clientLeads.get(companyId))) {
                    out.add(Kind.PROFILE_UPDATE, profile.updateParameters(companyId, now));
                } else {
                    keepUnappliedProfile(draft, kept);
                }
            }
            out.add(Kind.ORIGIN_UPDATE, draft.sourceName(), hashes.get(draft.sourceId()),
                    page.digest(draft.sourceId()), json(page, draft, kept), table.tableName(), draft.sourceId());
            page.counts.updated++;
        }
    }

    /** Renames the company after its lead row, unless the new name cannot be stored or matched. */
    private void renameLead(PageContext page, CompanyState company, CompanyDraft draft) {
        if (draft.name() == null) {
            return;
        }
        warnAboutFoldedName(page, draft);
        String key = UnifiedColumns.tooLong(draft.name(), UnifiedColumns.COMPANY_NAME) ? null : key(draft);
        if (key == null) {
            page.warn(draft.sourceId(), table.nameColumn(), (UnifiedColumns.tooLong(draft.name(),
                    UnifiedColumns.COMPANY_NAME) ? "the new name is longer than companies.company_name holds"
                            : keyProblem(draft)) + "; the company keeps its name");
            return;
        }
        company.rename(draft.name(), key);
    }

    /** Returns the matching key of the draft's name, or {@code null} when the policy gives none that fits. */
    private String key(CompanyDraft draft) {
        return key(policy, draft.name());
    }

    /** Returns the policy's matching key of a name, or {@code null} when it gives none that fits. */
    static String key(MatchingPolicy policy, String name) {
        try {
            String key = policy.key(name);
            return key == null || key.isBlank() || key.length() > NameKey.MAX_LENGTH ? null : key;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Says why the matching policy gives no key for the draft's name. */
    private String keyProblem(CompanyDraft draft) {
        try {
            String key = policy.key(draft.name());
            if (key == null || key.isBlank()) {
                return "the matching policy gives no key for the name";
            }
            return "the matching policy gives a key of " + key.length() + " characters, more than"
                    + " companies.name_key holds (" + NameKey.MAX_LENGTH + ")";
        } catch (RuntimeException e) {
            return "the name has no key to match it by (" + e.getMessage() + ")";
        }
    }

    private void warnAboutFoldedName(PageContext page, CompanyDraft draft) {
        if (LegacyValueCleaner.hasWhitespaceControls(draft.sourceName())) {
            page.warn(draft.sourceId(), table.nameColumn(), "tabs or line breaks in the name were stored as single"
                    + " spaces; the verbatim name is kept in company_origins.source_name");
        }
    }

    private static String json(PageContext page, CompanyDraft draft, SourceValues kept) {
        String json = kept.toJson();
        if (kept.shortened()) {
            page.warn(draft.sourceId(), null, "the values kept in the origin record were too long for it; the"
                    + " longest are replaced by their length and remain in the legacy row");
        }
        return json;
    }

    static void keepUnappliedProfile(CompanyDraft draft, SourceValues kept) {
        kept.put("relationship_strength", draft.relationshipStrength());
        kept.put("client_priority", draft.clientPriority());
        kept.put("relationship_notes", draft.relationshipNotes());
        kept.put("last_contact_date", draft.lastContactDate());
        kept.put("next_contact_date", draft.nextContactDate());
    }

    private List<Row> read(PageContext page, long afterId, int limit) throws SQLException {
        return readPage(page, selectSql, "t", afterId, limit, rs -> new Row(
                LegacyCompanyMapper.INSTANCE.fromRow(reader.read(rs)),
                Sql.nullableLong(rs, "origin_company"), Sql.nullableLong(rs, "origin_hash")));
    }
}

package org.companyunification.sync.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.companyunification.sync.Step;
import org.companyunification.sync.internal.UnifiedState.Primary;
import org.companyunification.sync.internal.Writes.Kind;

/**
 * Migrates {@code personnel_entity_relationships}: each row whose {@code entity_type} names a company table
 * ({@code vendor, owner, operator, constructor, offtaker, client}, trimmed and case-insensitive) becomes an
 * affiliation of the person with the company that row was migrated to, with title, primary flag, dates and notes.
 *
 * <ul>
 *   <li>Rows of entity type {@code project} are outside the company migration: counted as skipped.
 *   <li>A row with another entity type, a missing person, a missing or unmigrated company, or an end date before
 *       its start date is rejected with the reason.
 *   <li>At most one current (open-ended) primary affiliation per person. When a second one arrives, the one that
 *       started later stays primary (no start date counts as earliest; on a tie, the lower legacy id); the other
 *       is kept as a non-primary affiliation and the conflict is reported as a warning.
 * </ul>
 */
final class PersonnelMigration implements TableMigration {

    static final String TABLE = "personnel_entity_relationships";

    private record Row(
            AffiliationDraft draft, boolean personFound, Long companyId, Long originAffiliation, Long originHash) {}

    /** An affiliation being created or updated by this page. */
    private static final class Pending {
        final long id;
        final boolean isNew;
        final AffiliationDraft draft;
        final long companyId;
        boolean primary;

        Pending(long id, boolean isNew, AffiliationDraft draft, long companyId) {
            this.id = id;
            this.isNew = isNew;
            this.draft = draft;
            this.companyId = companyId;
            this.primary = draft.primary();
        }
    }

    private static final String PAGE_SQL = "SELECT r.relationship_id, r.personnel_id, r.entity_type, r.entity_id,"
            + " r.role_title, r.is_primary, r.start_date, r.end_date, r.notes, r.created_at,"
            + " p.personnel_id AS person_found, co.company_id, ao.affiliation_id AS origin_affiliation,"
            + " ao.source_hash AS origin_hash"
            + " FROM " + TABLE + " r LEFT JOIN personnel p ON p.personnel_id = r.personnel_id"
            + " LEFT JOIN company_origins co ON co.source_table = " + companyTableOf("r.entity_type")
            + " AND co.source_id = r.entity_id"
            + " LEFT JOIN affiliation_origins ao ON ao.source_table = '" + TABLE + "'"
            + " AND ao.source_id = r.relationship_id"
            + " WHERE r.relationship_id > ? ORDER BY r.relationship_id LIMIT ";

    private final LocalDateTime now;
    private Writes writes;

    /** SQL naming the legacy company table an entity type points into, or NULL for other types. */
    private static String companyTableOf(String entityType) {
        StringBuilder sql = new StringBuilder("CASE LOWER(TRIM(").append(entityType).append("))");
        for (LegacyCompanyTable table : LegacyCompanyTable.values()) {
            sql.append(" WHEN '").append(table.entityType).append("' THEN '").append(table.table).append("'");
        }
        return sql.append(" END").toString();
    }

    PersonnelMigration(LocalDateTime now) {
        this.now = now;
    }

    @Override
    public Step step() {
        return Step.PERSONNEL;
    }

    @Override
    public String table() {
        return TABLE;
    }

    @Override
    public long count(Connection connection) throws SQLException {
        return Sql.count(connection, "SELECT COUNT(*) FROM " + TABLE);
    }

    @Override
    public void migratePage(PageContext page, long afterId, int limit) throws SQLException {
        Connection connection = page.connection;
        List<Row> rows = read(page, afterId, limit);
        List<Row> candidates = new ArrayList<>();
        Map<Long, Long> hashes = new HashMap<>();
        for (Row row : rows) {
            AffiliationDraft draft = row.draft();
            long hash = Fingerprint.of(draft);
            hashes.put(draft.sourceId(), hash);
            if (row.originAffiliation() != null && row.originHash() == hash) {
                page.counts.unchanged++;
            } else if ("project".equals(draft.entityType())) {
                page.counts.skipped++;
            } else if (draft.entityType() == null || LegacyCompanyTable.ofEntityType(draft.entityType()).isEmpty()) {
                page.reject(draft.sourceId(), "entity_type", "unknown entity_type '" + draft.entityType()
                        + "': expected " + LegacyCompanyTable.ENTITY_TYPES + " (or project, which is skipped)");
            } else if (!row.personFound()) {
                page.reject(draft.sourceId(), "personnel_id", "personnel_id " + draft.personId()
                        + " does not exist in personnel");
            } else if (draft.startDate() != null && draft.endDate() != null
                    && draft.endDate().isBefore(draft.startDate())) {
                page.reject(draft.sourceId(), "end_date", "end_date " + draft.endDate() + " is before start_date "
                        + draft.startDate() + "; correct one of them and run the backfill again");
            } else {
                candidates.add(row);
            }
        }
        if (candidates.isEmpty()) {
            return;
        }
        List<Pending> work = new ArrayList<>();
        Set<Long> persons = new HashSet<>();
        for (Row row : candidates) {
            AffiliationDraft draft = row.draft();
            LegacyCompanyTable party = LegacyCompanyTable.ofEntityType(draft.entityType()).orElseThrow();
            Long companyId = row.companyId() != null ? row.companyId()
                    : page.state.plannedCompanyOf(party, draft.entityId());
            if (companyId == null) {
                page.reject(draft.sourceId(), "entity_id", party.table + " row " + draft.entityId()
                        + (exists(connection, party, draft.entityId())
                                ? " is not migrated (it was rejected, or the companies step has not run yet)"
                                : " does not exist"));
                continue;
            }
            long id = row.originAffiliation() != null ? row.originAffiliation() : page.ids.affiliation(connection);
            work.add(new Pending(id, row.originAffiliation() == null, draft, companyId));
            persons.add(draft.personId());
        }
        Map<Long, Primary> primaries = page.state.currentPrimaries(connection, persons);
        Map<Long, Pending> byId = new HashMap<>();
        work.forEach(affiliation -> byId.put(affiliation.id, affiliation));
        Writes out = writes(page);
        for (Pending affiliation : work) {
            AffiliationDraft draft = affiliation.draft;
            if (draft.primary() && draft.endDate() == null) {
                resolvePrimary(page, affiliation, primaries, byId, out);
            } else if (!affiliation.isNew) {
                Primary current = primaries.get(draft.personId());
                if (current != null && current.affiliationId() == affiliation.id) {
                    primaries.remove(draft.personId());
                    page.state.plannedPrimary(draft.personId(), null);
                }
            }
        }
        for (Pending affiliation : work) {
            AffiliationDraft draft = affiliation.draft;
            long hash = hashes.get(draft.sourceId());
            if (affiliation.isNew) {
                out.add(Kind.AFFILIATION_INSERT, affiliation.id, draft.personId(), affiliation.companyId,
                        draft.title(), affiliation.primary, draft.startDate(), draft.endDate(), draft.notes(),
                        draft.createdAt() != null ? draft.createdAt() : now, page.runId);
                out.add(Kind.AFFILIATION_ORIGIN_INSERT, draft.sourceId(), affiliation.id, hash, page.runId);
                page.counts.created++;
            } else {
                out.add(Kind.AFFILIATION_UPDATE, draft.personId(), affiliation.companyId, draft.title(),
                        affiliation.primary, draft.startDate(), draft.endDate(), draft.notes(), affiliation.id);
                out.add(Kind.AFFILIATION_ORIGIN_UPDATE, hash, draft.sourceId());
                page.counts.updated++;
            }
        }
        out.flush();
    }

    /** Applies the one-current-primary rule to an affiliation that claims to be the person's current primary. */
    private static void resolvePrimary(PageContext page, Pending affiliation, Map<Long, Primary> primaries,
            Map<Long, Pending> inPage, Writes out) throws SQLException {
        AffiliationDraft draft = affiliation.draft;
        Primary claim = new Primary(affiliation.id, draft.startDate(), draft.sourceId());
        Primary current = primaries.get(draft.personId());
        if (current == null || current.affiliationId() == affiliation.id) {
            primaries.put(draft.personId(), claim);
            page.state.plannedPrimary(draft.personId(), claim);
            return;
        }
        if (wins(claim, current)) {
            Pending loser = inPage.get(current.affiliationId());
            if (loser != null) {
                loser.primary = false;
            } else {
                out.add(Kind.PRIMARY_DEMOTE, current.affiliationId());
            }
            primaries.put(draft.personId(), claim);
            page.state.plannedPrimary(draft.personId(), claim);
            page.warn(draft.sourceId(), "is_primary", "person " + draft.personId() + " already had a current primary"
                    + " affiliation (" + describe(current) + "); this one started later and is primary, the other is"
                    + " kept as non-primary");
        } else {
            affiliation.primary = false;
            page.warn(draft.sourceId(), "is_primary", "person " + draft.personId() + " already has a current primary"
                    + " affiliation (" + describe(current) + "), which started later; this one is kept as"
                    + " non-primary");
        }
    }

    private static boolean wins(Primary claim, Primary current) {
        LocalDate a = claim.startDate() == null ? LocalDate.MIN : claim.startDate();
        LocalDate b = current.startDate() == null ? LocalDate.MIN : current.startDate();
        int byDate = a.compareTo(b);
        return byDate > 0 || byDate == 0 && claim.sourceId() < current.sourceId();
    }

    private static String describe(Primary primary) {
        return primary.sourceId() == Long.MAX_VALUE ? "affiliation " + primary.affiliationId()
                : TABLE + " row " + primary.sourceId();
    }

    private static boolean exists(Connection connection, LegacyCompanyTable table, long id) throws SQLException {
        return Sql.count(connection, "SELECT COUNT(*) FROM " + table.table + " WHERE " + table.idColumn + " = ?", id)
                > 0;
    }

    private List<Row> read(PageContext page, long afterId, int limit) throws SQLException {
        List<Row> rows = new ArrayList<>(limit);
        try (PreparedStatement statement = page.connection.prepareStatement(PAGE_SQL + limit)) {
            statement.setLong(1, afterId);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    AffiliationDraft draft = LegacyRelationshipMapper.INSTANCE.fromPersonnelRelationship(
                            new PersonnelRelationshipRow(rs.getLong("relationship_id"), rs.getLong("personnel_id"),
                                    rs.getString("entity_type"), rs.getLong("entity_id"), rs.getString("role_title"),
                                    rs.getBoolean("is_primary"), rs.getObject("start_date", LocalDate.class),
                                    rs.getObject("end_date", LocalDate.class), rs.getString("notes"),
                                    rs.getObject("created_at", LocalDateTime.class)));
                    rows.add(new Row(draft, Sql.nullableLong(rs, "person_found") != null,
                            Sql.nullableLong(rs, "company_id"), Sql.nullableLong(rs, "origin_affiliation"),
                            Sql.nullableLong(rs, "origin_hash")));
                    page.read(draft.sourceId());
                }
            }
        }
        return rows;
    }

    private Writes writes(PageContext page) {
        if (writes == null) {
            writes = new Writes(page.connection, page.dryRun);
        }
        return writes;
    }

    @Override
    public void close() throws SQLException {
        if (writes != null) {
            writes.close();
        }
    }
}

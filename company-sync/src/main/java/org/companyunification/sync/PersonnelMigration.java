package org.companyunification.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.companyunification.model.legacy.LegacyTable;
import org.companyunification.sync.UnifiedState.Primary;
import org.companyunification.sync.Writes.Kind;
import org.companyunification.sync.internal.Sql;

/**
 * Migrates {@link LegacyTable#PERSONNEL_ENTITY_RELATIONSHIPS}: each row whose {@code entity_type} names a company table
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
final class PersonnelMigration extends TableMigration {

    private record Row(
            AffiliationDraft draft, boolean personFound, Long companyId, Long originAffiliation, Long originHash) {}

    /** An affiliation being created or updated by this page. */
    private static final class Pending extends PendingRow {
        final AffiliationDraft draft;
        final long companyId;

        Pending(long id, boolean isNew, AffiliationDraft draft, long companyId) {
            super(id, isNew, draft.primary());
            this.draft = draft;
            this.companyId = companyId;
        }
    }

    /** The entity types of personnel relationships that name a company table, for messages. */
    private static final String ENTITY_TYPES = LegacyTable.companyTables().stream()
            .map(t -> t.entityType().orElseThrow()).collect(Collectors.joining(", "));

    private final LocalDateTime now;
    private final String selectSql;

    /** SQL naming the legacy company table an entity type points into, or NULL for other types. */
    static String companyTableOf(String entityType) {
        StringBuilder sql = new StringBuilder("CASE LOWER(TRIM(").append(entityType).append("))");
        for (LegacyTable table : LegacyTable.companyTables()) {
            sql.append(" WHEN '").append(table.entityType().orElseThrow()).append("' THEN '")
                    .append(table.tableName()).append("'");
        }
        return sql.append(" END").toString();
    }

    PersonnelMigration(Dialect dialect, LocalDateTime now) {
        super(PersonnelRelationshipRow.TABLE, dialect, "r", "affiliation_origins", "ao");
        this.now = now;
        String id = table.idColumn();
        this.selectSql = "SELECT " + selectList("r") + ","
                + " p.personnel_id AS person_found, co.company_id, ao.affiliation_id AS origin_affiliation,"
                + " ao.source_hash AS origin_hash, " + digestColumns()
                // the origin first: the digest condition on it then leaves unchanged rows before the other joins
                + " FROM " + table.tableName() + " r"
                + " LEFT JOIN affiliation_origins ao ON ao.source_table = '" + table.tableName() + "'"
                + " AND ao.source_id = r." + id
                + " LEFT JOIN personnel p ON p.personnel_id = r.personnel_id"
                + " LEFT JOIN company_origins co ON co.source_table = " + companyTableOf("r.entity_type")
                + " AND co.source_id = r.entity_id WHERE ";
    }

    @Override
    void migratePage(PageContext page, long afterId, int limit) throws SQLException {
        Connection connection = page.connection;
        List<Row> rows = read(page, afterId, limit);
        List<Row> candidates = new ArrayList<>();
        Map<Long, Long> hashes = new HashMap<>();
        for (Row row : rows) {
            AffiliationDraft draft = row.draft();
            long hash = Fingerprint.of(draft);
            hashes.put(draft.sourceId(), hash);
            if (row.originAffiliation() != null && row.originHash() == hash) {
                page.unchanged(draft.sourceId());
            } else if (LegacyTable.PROJECTS.entityType().orElseThrow().equals(draft.entityType())) {
                page.counts.skipped++;
            } else if (companyTableOf(draft).isEmpty()) {
                page.reject(draft.sourceId(), "entity_type", "unknown entity_type '" + draft.entityType()
                        + "': expected " + ENTITY_TYPES + " (or project, which is skipped)");
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
        Map<LegacyTable, Set<Long>> existing = existingUnmigrated(page, candidates);
        for (Row row : candidates) {
            AffiliationDraft draft = row.draft();
            LegacyTable party = companyTableOf(draft).orElseThrow();
            Long companyId = companyOf(page, row);
            if (companyId == null) {
                page.reject(draft.sourceId(), "entity_id", party.tableName() + " row " + draft.entityId()
                        + (existing.getOrDefault(party, Set.of()).contains(draft.entityId())
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
            String title = UnifiedColumns.fitTitle(draft.sourceId(), draft.title(), page);
            if (affiliation.isNew) {
                out.add(Kind.AFFILIATION_INSERT, affiliation.id, draft.personId(), affiliation.companyId,
                        title, affiliation.primary, draft.startDate(), draft.endDate(), draft.notes(),
                        draft.createdAt() != null ? draft.createdAt() : now, page.runId);
                out.add(Kind.AFFILIATION_ORIGIN_INSERT, table.tableName(), draft.sourceId(), affiliation.id, hash,
                        page.digest(draft.sourceId()), page.runId);
                page.counts.created++;
            } else {
                out.add(Kind.AFFILIATION_UPDATE, draft.personId(), affiliation.companyId, title,
                        affiliation.primary, draft.startDate(), draft.endDate(), draft.notes(), affiliation.id);
                out.add(Kind.AFFILIATION_ORIGIN_UPDATE, hash, page.digest(draft.sourceId()), draft.sourceId());
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
                : PersonnelRelationshipRow.TABLE.tableName() + " row " + primary.sourceId();
    }

    /** Returns the company table the row's entity type names; empty for {@code project} and unknown types. */
    static Optional<LegacyTable> companyTableOf(AffiliationDraft draft) {
        return draft.entityType() == null ? Optional.empty()
                : LegacyTable.byEntityType(draft.entityType()).filter(t -> t.kind() == LegacyTable.Kind.COMPANY);
    }

    private static Long companyOf(PageContext page, Row row) {
        return row.companyId() != null ? row.companyId()
                : page.state.plannedCompanyOf(companyTableOf(row.draft()).orElseThrow(), row.draft().entityId());
    }

    /**
     * Returns, per company table, which of the rows the candidates without a company point at exist there: one
     * query per table, so that a rejection can say whether the row is missing or not migrated.
     */
    private static Map<LegacyTable, Set<Long>> existingUnmigrated(PageContext page, List<Row> candidates)
            throws SQLException {
        Map<LegacyTable, Set<Long>> wanted = new EnumMap<>(LegacyTable.class);
        for (Row row : candidates) {
            if (companyOf(page, row) == null) {
                wanted.computeIfAbsent(companyTableOf(row.draft()).orElseThrow(), t -> new HashSet<>())
                        .add(row.draft().entityId());
            }
        }
        Map<LegacyTable, Set<Long>> existing = new EnumMap<>(LegacyTable.class);
        for (Map.Entry<LegacyTable, Set<Long>> entry : wanted.entrySet()) {
            LegacyTable table = entry.getKey();
            Set<Long> found = existing.computeIfAbsent(table, t -> new HashSet<>());
            ReverseQueries.forEachIn(page.connection, "SELECT " + table.idColumn() + " FROM " + table.tableName()
                    + " WHERE " + table.idColumn(), entry.getValue(), "", List.of(), rs -> found.add(rs.getLong(1)));
        }
        return existing;
    }

    private List<Row> read(PageContext page, long afterId, int limit) throws SQLException {
        return readPage(page, selectSql, "r", afterId, limit, rs -> new Row(
                LegacyRelationshipMapper.INSTANCE.fromPersonnelRelationship(PersonnelRelationshipRow.read(rs)),
                Sql.nullableLong(rs, "person_found") != null, Sql.nullableLong(rs, "company_id"),
                Sql.nullableLong(rs, "origin_affiliation"), Sql.nullableLong(rs, "origin_hash")));
    }
}

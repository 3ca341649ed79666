package org.companyunification.sync;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.companyunification.model.legacy.LegacyTable;
import org.companyunification.sync.consistency.Difference.Kind;
import org.companyunification.sync.consistency.Difference;
import org.companyunification.sync.internal.Sql;

/**
 * Checks {@code personnel_entity_relationships} against the person affiliations it maps to. One query reads the
 * table with the person, the company its entity row was migrated to, its origin record, the affiliation and the
 * person's current primary affiliation, and the origin records whose row is gone, in person order: of a person's
 * rows that claim to be the current primary affiliation, the one that started last (then the lowest id) is
 * expected primary and the others not, as the backfill decides.
 */
final class AffiliationConsistency {

    private static final LegacyTable TABLE = LegacyTable.PERSONNEL_ENTITY_RELATIONSHIPS;
    private static final String AFFILIATIONS = "person_company_affiliations";

    /** One row of the query. */
    private record Member(
            long sourceId, boolean found, AffiliationDraft draft, boolean personFound, Long entityCompany,
            Long affiliationId, Long person, Long company, String title, boolean primary, LocalDate start,
            LocalDate end, String notes, Long currentPrimary, LocalDate currentPrimaryStart,
            boolean currentPrimaryFromLegacy) {}

    /** A claim to be a person's current primary affiliation: its start and legacy id decide who wins. */
    private record Claim(long sourceId, LocalDate start) {}

    private static final Comparator<Claim> WINS_FIRST = Comparator
            .comparing((Claim c) -> c.start() == null ? LocalDate.MIN : c.start()).reversed()
            .thenComparingLong(Claim::sourceId);

    private final DifferenceSink sink;

    AffiliationConsistency(DifferenceSink sink) {
        this.sink = sink;
    }

    void check(Connection connection) throws SQLException {
        List<Member> person = new ArrayList<>();
        Long[] personId = {null};
        ConsistencyCheck.stream(connection, sql(), rs -> {
            Long id = Sql.nullableLong(rs, "person_key");
            Member member = read(rs);
            if (member.found()) {
                sink.rowRead(TABLE.tableName());
            }
            if (!person.isEmpty() && !Objects.equals(personId[0], id)) {
                compare(person);
                person.clear();
            }
            personId[0] = id;
            person.add(member);
        });
        if (!person.isEmpty()) {
            compare(person);
        }
    }

    /** Why the rule does not migrate a row, or empty when it does. */
    private static Optional<String> notMapped(Member member) {
        AffiliationDraft draft = member.draft();
        if (LegacyTable.PROJECTS.entityType().orElseThrow().equals(draft.entityType())) {
            return Optional.of("it links a project, which affiliations leave out");
        }
        Optional<LegacyTable> party = PersonnelMigration.companyTableOf(draft);
        if (party.isEmpty()) {
            return Optional.of("entity_type '" + draft.entityType() + "' names no company table");
        }
        if (!member.personFound()) {
            return Optional.of("personnel_id " + draft.personId() + " does not exist");
        }
        if (draft.startDate() != null && draft.endDate() != null && draft.endDate().isBefore(draft.startDate())) {
            return Optional.of("end_date " + draft.endDate() + " is before start_date " + draft.startDate());
        }
        if (member.entityCompany() == null) {
            return Optional.of(party.get().tableName() + " #" + draft.entityId() + " has no company (it is gone or"
                    + " not migrated)");
        }
        return Optional.empty();
    }

    private void compare(List<Member> person) {
        String name = TABLE.tableName();
        List<Member> mapped = new ArrayList<>();
        for (Member member : person) {
            if (!member.found()) {
                sink.add(new Difference(Kind.LEGACY_ROW_GONE, name, member.sourceId(), AFFILIATIONS,
                        member.affiliationId(), List.of(), "the origin record of affiliation " + member.affiliationId()
                                + " names " + name + " #" + member.sourceId() + ", which no longer exists"));
                continue;
            }
            Optional<String> reason = notMapped(member);
            if (reason.isPresent()) {
                if (member.affiliationId() == null) {
                    sink.notMapped(name);
                } else {
                    sink.add(new Difference(Kind.NO_LONGER_MAPPED, name, member.sourceId(), AFFILIATIONS,
                            member.affiliationId(), List.of(), name + " #" + member.sourceId() + " no longer maps to"
                                    + " an affiliation: " + reason.get() + "; affiliation " + member.affiliationId()
                                    + " is still there"));
                }
            } else if (member.affiliationId() == null) {
                sink.add(new Difference(Kind.NOT_MIGRATED, name, member.sourceId(), AFFILIATIONS, null, List.of(),
                        name + " #" + member.sourceId() + " (person " + member.draft().personId() + " at "
                                + member.draft().entityType() + " #" + member.draft().entityId() + ") has no origin"
                                + " record: no affiliation stands for it (run the backfill)"));
            } else {
                mapped.add(member);
            }
        }
        Long winner = currentPrimaryWinner(person);
        for (Member member : mapped) {
            AffiliationDraft draft = member.draft();
            boolean primary = draft.primary() && (draft.endDate() != null || Long.valueOf(draft.sourceId()).equals(winner));
            String title = UnifiedColumns.fitTitle(draft.sourceId(), draft.title(), ConsistencyCheck.scratch(TABLE));
            FieldComparison fields = new FieldComparison()
                    .compare("person_id", draft.personId(), member.person())
                    .compare("company_id", member.entityCompany(), member.company())
                    .compare("title", title, member.title())
                    .compare("is_primary", primary, member.primary())
                    .compare("start_date", draft.startDate(), member.start())
                    .compare("end_date", draft.endDate(), member.end())
                    .compare("notes", draft.notes(), member.notes());
            if (fields.isEmpty()) {
                continue;
            }
            boolean otherCompany = !member.entityCompany().equals(member.company());
            sink.add(new Difference(otherCompany ? Kind.OTHER_COMPANY : Kind.VALUES_DIFFER, name, draft.sourceId(),
                    AFFILIATIONS, member.affiliationId(), fields.differences(), otherCompany
                            ? "affiliation " + member.affiliationId() + " is with company " + member.company()
                                    + ", but " + draft.entityType() + " #" + draft.entityId() + " maps to company "
                                    + member.entityCompany()
                            : "affiliation " + member.affiliationId() + " differs from " + name + " #"
                                    + draft.sourceId() + " in " + String.join(", ", fields.names())));
        }
    }

    /**
     * Returns the legacy id of the person's row that is expected to be the current primary affiliation: of the
     * migrated rows that are primary and not ended, and a current primary affiliation without a legacy origin,
     * the one that started last; on a tie the lower legacy id, an affiliation without origin counting as the
     * highest. {@code null} when no legacy row is expected to be.
     */
    private static Long currentPrimaryWinner(List<Member> person) {
        List<Claim> claims = new ArrayList<>();
        for (Member member : person) {
            if (member.found() && member.draft().primary() && member.draft().endDate() == null
                    && notMapped(member).isEmpty()) {
                claims.add(new Claim(member.sourceId(), member.draft().startDate()));
            }
        }
        Member any = person.get(0);
        if (any.currentPrimary() != null && !any.currentPrimaryFromLegacy()) {
            claims.add(new Claim(Long.MAX_VALUE, any.currentPrimaryStart()));
        }
        Long winner = claims.stream().min(WINS_FIRST).map(Claim::sourceId).orElse(null);
        return winner == null || winner == Long.MAX_VALUE ? null : winner;
    }

    private static String sql() {
        String id = TABLE.idColumn();
        String origin = "ao.source_table = '" + TABLE.tableName() + "'";
        String unified = ", ao.affiliation_id AS origin_affiliation, f.person_id AS f_person,"
                + " f.company_id AS f_company, f.title AS f_title, f.is_primary AS f_primary,"
                + " f.start_date AS f_start, f.end_date AS f_end, f.notes AS f_notes";
        return "SELECT r.personnel_id AS person_key, 1 AS legacy_found, r." + id + " AS source_id,"
                + " r.entity_type AS l_entity_type, r.entity_id AS l_entity_id, r.role_title AS l_role_title,"
                + " r.is_primary AS l_primary, r.start_date AS l_start, r.end_date AS l_end, r.notes AS l_notes,"
                + " r.created_at AS l_created_at, pp.personnel_id AS person_found, co.company_id AS entity_company"
                + unified + ", cp.affiliation_id AS cp_affiliation, cp.start_date AS cp_start,"
                + " cpo.source_id AS cp_source"
                + " FROM " + TABLE.tableName() + " r"
                + " LEFT JOIN personnel pp ON pp.personnel_id = r.personnel_id"
                + " LEFT JOIN company_origins co ON co.source_table = "
                + PersonnelMigration.companyTableOf("r.entity_type") + " AND co.source_id = r.entity_id"
                + " LEFT JOIN affiliation_origins ao ON " + origin + " AND ao.source_id = r." + id
                + " LEFT JOIN person_company_affiliations f ON f.affiliation_id = ao.affiliation_id"
                + " LEFT JOIN person_company_affiliations cp ON cp.person_id = r.personnel_id"
                + " AND cp.is_primary = TRUE AND cp.end_date IS NULL"
                + " LEFT JOIN affiliation_origins cpo ON cpo.affiliation_id = cp.affiliation_id"
                + " UNION ALL SELECT f.person_id, 0, ao.source_id, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,"
                + " NULL, NULL" + unified + ", NULL, NULL, NULL"
                + " FROM affiliation_origins ao"
                + " LEFT JOIN person_company_affiliations f ON f.affiliation_id = ao.affiliation_id"
                + " WHERE " + origin + " AND NOT EXISTS (SELECT 1 FROM " + TABLE.tableName() + " r WHERE r." + id
                + " = ao.source_id)"
                + " ORDER BY person_key, source_id";
    }

    private Member read(ResultSet rs) throws SQLException {
        long sourceId = rs.getLong("source_id");
        boolean found = rs.getInt("legacy_found") == 1;
        AffiliationDraft draft = found ? LegacyRelationshipMapper.INSTANCE.fromPersonnelRelationship(
                new PersonnelRelationshipRow(sourceId, rs.getLong("person_key"), rs.getString("l_entity_type"),
                        rs.getLong("l_entity_id"), rs.getString("l_role_title"), rs.getBoolean("l_primary"),
                        rs.getObject("l_start", LocalDate.class), rs.getObject("l_end", LocalDate.class),
                        rs.getString("l_notes"), rs.getObject("l_created_at", LocalDateTime.class))) : null;
        return new Member(sourceId, found, draft, Sql.nullableLong(rs, "person_found") != null,
                Sql.nullableLong(rs, "entity_company"), Sql.nullableLong(rs, "origin_affiliation"),
                Sql.nullableLong(rs, "f_person"), Sql.nullableLong(rs, "f_company"), rs.getString("f_title"),
                rs.getBoolean("f_primary"), rs.getObject("f_start", LocalDate.class),
                rs.getObject("f_end", LocalDate.class), rs.getString("f_notes"),
                Sql.nullableLong(rs, "cp_affiliation"), rs.getObject("cp_start", LocalDate.class),
                Sql.nullableLong(rs, "cp_source") != null);
    }
}

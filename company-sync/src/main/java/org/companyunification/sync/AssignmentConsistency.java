package org.companyunification.sync;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.companyunification.model.company.AssignmentContext;
import org.companyunification.model.legacy.LegacyTable;
import org.companyunification.sync.consistency.Difference;
import org.companyunification.sync.consistency.Difference.Kind;
import org.companyunification.sync.internal.Sql;

/**
 * Checks one legacy project relationship table against the project-scoped assignments it maps to. One query
 * reads the table with the project, the company its party row was migrated to, its origin record and the
 * assignment, and the origin records whose row is gone, in assignment order: the rows that became one
 * assignment are folded as the backfill folds them (primary if any is, notes joined).
 */
final class AssignmentConsistency {

    private static final String ASSIGNMENTS = "company_role_assignments";

    /** One row of the query. */
    private record Member(
            long sourceId, boolean found, AssignmentDraft draft, boolean projectFound, Long partyCompany,
            Long assignmentId, Long company, Integer roleId, String contextType, Long contextId, boolean primary,
            String notes) {

        boolean mapped() {
            return found && projectFound && partyCompany != null;
        }
    }

    private final LegacyTable table;
    private final LegacyTable party;
    private final DifferenceSink sink;

    AssignmentConsistency(LegacyTable table, DifferenceSink sink) {
        this.table = table;
        this.party = table.companyTable();
        this.sink = sink;
    }

    void check(Connection connection) throws SQLException {
        List<Member> group = new ArrayList<>();
        ConsistencyCheck.stream(connection, sql(), rs -> {
            Member member = read(rs);
            if (member.found()) {
                sink.rowRead(table.tableName());
            }
            if (member.assignmentId() == null) {
                if (member.mapped()) {
                    sink.add(new Difference(Kind.NOT_MIGRATED, table.tableName(), member.sourceId(), ASSIGNMENTS,
                            null, List.of(), table.tableName() + " #" + member.sourceId() + " (project "
                                    + member.draft().projectId() + ", " + party.tableName() + " #"
                                    + member.draft().partyId() + ") has no origin record: no assignment stands for"
                                    + " it (run the backfill)"));
                } else {
                    sink.notMapped(table.tableName());
                }
                return;
            }
            if (!group.isEmpty() && !group.get(0).assignmentId().equals(member.assignmentId())) {
                compare(group);
                group.clear();
            }
            group.add(member);
        });
        if (!group.isEmpty()) {
            compare(group);
        }
    }

    private void compare(List<Member> group) {
        long assignmentId = group.get(0).assignmentId();
        String name = table.tableName();
        ProjectsMigration.Pending expected = null;
        Member first = null;
        for (Member member : group) {
            if (!member.found()) {
                sink.add(new Difference(Kind.LEGACY_ROW_GONE, name, member.sourceId(), ASSIGNMENTS, assignmentId,
                        List.of(), "the origin record of assignment " + assignmentId + " names " + name + " #"
                                + member.sourceId() + ", which no longer exists"));
                continue;
            }
            AssignmentDraft draft = member.draft();
            if (!member.mapped()) {
                sink.add(new Difference(Kind.NO_LONGER_MAPPED, name, member.sourceId(), ASSIGNMENTS, assignmentId,
                        List.of(), name + " #" + member.sourceId() + " no longer maps to an assignment: "
                                + (member.projectFound() ? party.tableName() + " #" + draft.partyId()
                                        + " has no company (it is gone or not migrated)"
                                        : "project " + draft.projectId() + " does not exist")
                                + "; assignment " + assignmentId + " is still there"));
                continue;
            }
            if (expected == null) {
                expected = new ProjectsMigration.Pending(assignmentId, true, draft.primary(), draft.notes());
                first = member;
            } else {
                expected.absorb(draft);
            }
            FieldComparison target = new FieldComparison()
                    .compare("company_id", member.partyCompany(), member.company())
                    .compare("role_id", table.role().roleId(), member.roleId())
                    .compare("context_type", AssignmentContext.PROJECT, member.contextType())
                    .compare("context_id", draft.projectId(), member.contextId());
            if (!target.isEmpty()) {
                boolean otherCompany = !member.partyCompany().equals(member.company());
                sink.add(new Difference(otherCompany ? Kind.OTHER_COMPANY : Kind.VALUES_DIFFER, name,
                        member.sourceId(), ASSIGNMENTS, assignmentId, target.differences(), otherCompany
                                ? "assignment " + assignmentId + " belongs to company " + member.company() + ", but "
                                        + party.tableName() + " #" + draft.partyId() + " maps to company "
                                        + member.partyCompany()
                                : "assignment " + assignmentId + " differs from " + name + " #" + member.sourceId()
                                        + " in " + String.join(", ", target.names())));
            }
        }
        if (expected == null) {
            return;
        }
        FieldComparison values = new FieldComparison()
                .compare("is_primary", expected.primary, first.primary())
                .compare("notes", expected.notes, first.notes());
        if (!values.isEmpty()) {
            long rows = group.stream().filter(Member::mapped).count();
            sink.add(new Difference(Kind.VALUES_DIFFER, name, first.sourceId(), ASSIGNMENTS, assignmentId,
                    values.differences(), "assignment " + assignmentId + " differs from " + name + " #"
                            + first.sourceId() + (rows > 1 ? " and the " + (rows - 1) + " other rows merged into it"
                                    : "") + " in " + String.join(", ", values.names())));
        }
    }

    private String sql() {
        String id = table.idColumn();
        String partyId = table.companyIdColumn();
        String origin = "ao.source_table = '" + table.tableName() + "'";
        String unified = ", ao.assignment_id AS origin_assignment, a.company_id AS a_company, a.role_id AS a_role,"
                + " a.context_type AS a_context_type, a.context_id AS a_context_id, a.is_primary AS a_primary,"
                + " a.notes AS a_notes";
        return "SELECT 1 AS legacy_found, r." + id + " AS source_id, r.project_id AS l_project_id, r." + partyId
                + " AS l_party_id, r.is_primary AS l_primary, r.notes AS l_notes, r.created_at AS l_created_at,"
                + " p.project_id AS project_found, co.company_id AS party_company" + unified
                + " FROM " + table.tableName() + " r"
                + " LEFT JOIN projects p ON p.project_id = r.project_id"
                + " LEFT JOIN company_origins co ON co.source_table = '" + party.tableName() + "' AND co.source_id = r."
                + partyId
                + " LEFT JOIN assignment_origins ao ON " + origin + " AND ao.source_id = r." + id
                + " LEFT JOIN company_role_assignments a ON a.assignment_id = ao.assignment_id"
                + " UNION ALL SELECT 0, ao.source_id, NULL, NULL, NULL, NULL, NULL, NULL, NULL" + unified
                + " FROM assignment_origins ao LEFT JOIN company_role_assignments a ON a.assignment_id = ao.assignment_id"
                + " WHERE " + origin + " AND NOT EXISTS (SELECT 1 FROM " + table.tableName() + " r WHERE r." + id
                + " = ao.source_id)"
                + " ORDER BY origin_assignment, source_id";
    }

    private Member read(ResultSet rs) throws SQLException {
        long sourceId = rs.getLong("source_id");
        boolean found = rs.getInt("legacy_found") == 1;
        AssignmentDraft draft = found ? LegacyRelationshipMapper.INSTANCE.fromProjectRelationship(
                new ProjectRelationshipRow(sourceId, rs.getLong("l_project_id"), rs.getLong("l_party_id"),
                        rs.getBoolean("l_primary"), rs.getString("l_notes"),
                        rs.getObject("l_created_at", LocalDateTime.class))) : null;
        Long role = Sql.nullableLong(rs, "a_role");
        return new Member(sourceId, found, draft, Sql.nullableLong(rs, "project_found") != null,
                Sql.nullableLong(rs, "party_company"), Sql.nullableLong(rs, "origin_assignment"),
                Sql.nullableLong(rs, "a_company"), role == null ? null : role.intValue(),
                rs.getString("a_context_type"), Sql.nullableLong(rs, "a_context_id"), rs.getBoolean("a_primary"),
                rs.getString("a_notes"));
    }
}

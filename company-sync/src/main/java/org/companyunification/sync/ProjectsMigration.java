package org.companyunification.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.companyunification.model.legacy.LegacyTable;
import org.companyunification.sync.UnifiedState.ProjectKey;
import org.companyunification.sync.Writes.Kind;
import org.companyunification.sync.internal.Sql;

/**
 * Migrates one legacy project relationship table: each row becomes a project-scoped role assignment
 * ({@code context_type = 'Project'}) of the company its party row was migrated to, keeping the primary flag and
 * the notes.
 *
 * <ul>
 *   <li>Several rows that come to the same company, role and project (duplicate relationships, or rows of
 *       organisations that were merged) become one assignment: it is primary if any row is, and its notes are
 *       those of the first row that has notes; later differing notes are appended.
 *   <li>A row pointing at a project or party row that does not exist, or at a party row that was not migrated,
 *       is rejected with the reason.
 *   <li>A row that changed since it was migrated updates the primary flag and notes of its assignment; one that
 *       now points elsewhere is moved to the assignment of its new target.
 * </ul>
 */
final class ProjectsMigration extends TableMigration {

    private record Row(
            AssignmentDraft draft, long hash, boolean projectFound, Long companyId, boolean partyFound,
            Long existingAssignment, Long originAssignment, Long originHash, Long originCompany, Long originProject) {

        boolean unchanged() {
            return originAssignment != null && originHash == hash;
        }
    }

    /** An assignment being created or updated by this page. */
    static final class Pending extends PendingRow {
        String notes;
        boolean dirty;

        Pending(long id, boolean isNew, boolean primary, String notes) {
            super(id, isNew, primary);
            this.notes = notes;
        }

        void absorb(AssignmentDraft draft) {
            if (draft.primary() && !primary) {
                primary = true;
                dirty = true;
            }
            if (draft.notes() != null && (notes == null || !notes.contains(draft.notes()))) {
                notes = notes == null ? draft.notes() : notes + "\n" + draft.notes();
                dirty = true;
            }
        }
    }

    private final LegacyTable party;
    private final int roleId;
    private final LocalDateTime now;
    private final String selectSql;
    private final String targetSql;

    ProjectsMigration(LegacyTable table, Dialect dialect, LocalDateTime now) {
        super(table, dialect, "r", "assignment_origins", "ao");
        this.party = table.companyTable();
        this.roleId = table.role().roleId();
        this.now = now;
        String id = table.idColumn();
        String partyId = table.companyIdColumn();
        // The page query reads what decides whether a row needs work: its values and its origin's fingerprint
        // (of the rows whose digest changed). Only when a row of the page is new or changed are its targets looked
        // up, over the page's id range, so a run over unchanged data scans each table once, without the joins.
        this.selectSql = "SELECT " + selectList("r") + ", ao.assignment_id AS origin_assignment,"
                + " ao.source_hash AS origin_hash, " + digestColumns() + " FROM " + table.tableName() + " r"
                + " LEFT JOIN assignment_origins ao ON ao.source_table = '" + table.tableName()
                + "' AND ao.source_id = r." + id + " WHERE ";
        this.targetSql = "SELECT r." + id + ", p.project_id AS project_found, co.company_id,"
                + " lc." + party.idColumn() + " AS party_found, ca.company_id AS origin_company,"
                + " ca.context_id AS origin_project, ca.is_primary AS origin_primary, ca.notes AS origin_notes,"
                + " ex.assignment_id AS existing_assignment"
                + " FROM " + table.tableName() + " r"
                + " LEFT JOIN projects p ON p.project_id = r.project_id"
                + " LEFT JOIN company_origins co ON co.source_table = '" + party.tableName()
                + "' AND co.source_id = r." + partyId
                + " LEFT JOIN " + party.tableName() + " lc ON lc." + party.idColumn() + " = r." + partyId
                + " LEFT JOIN assignment_origins ao ON ao.source_table = '" + table.tableName()
                + "' AND ao.source_id = r." + id
                + " LEFT JOIN company_role_assignments ca ON ca.assignment_id = ao.assignment_id"
                + " LEFT JOIN company_role_assignments ex ON ex.company_id = co.company_id AND ex.role_id = "
                + roleId + " AND ex.context_type = 'Project' AND ex.context_id = r.project_id"
                + " WHERE ";
    }

    @Override
    void migratePage(PageContext page, long afterId, int limit) throws SQLException {
        Connection connection = page.connection;
        Map<Long, Pending> pending = new HashMap<>();
        List<Row> rows = read(page, afterId, limit, pending);
        List<Row> work = new ArrayList<>();
        Map<Long, Long> hashes = new HashMap<>();
        Set<ProjectKey> targets = new LinkedHashSet<>();
        for (Row row : rows) {
            AssignmentDraft draft = row.draft();
            hashes.put(draft.sourceId(), row.hash());
            if (row.unchanged()) {
                page.unchanged(draft.sourceId());
                continue;
            }
            Long companyId = row.companyId() != null ? row.companyId()
                    : page.state.plannedCompanyOf(party, draft.partyId());
            if (!row.projectFound()) {
                page.reject(draft.sourceId(), "project_id", "project " + draft.projectId()
                        + " does not exist in projects");
            } else if (companyId == null) {
                page.reject(draft.sourceId(), table.companyIdColumn(), row.partyFound()
                        ? party.tableName() + " row " + draft.partyId() + " is not migrated (it was rejected, or the"
                                + " companies step has not run yet)"
                        : table.companyIdColumn() + " " + draft.partyId() + " does not exist in "
                                + party.tableName());
            } else {
                work.add(new Row(draft, row.hash(), true, companyId, true, row.existingAssignment(),
                        row.originAssignment(), row.originHash(), row.originCompany(), row.originProject()));
                targets.add(new ProjectKey(companyId, roleId, draft.projectId()));
            }
        }
        if (work.isEmpty()) {
            return;
        }
        Map<ProjectKey, Long> existing = page.state.plannedProjectAssignments(targets);
        for (Row row : work) {
            if (row.existingAssignment() != null) {
                existing.putIfAbsent(new ProjectKey(row.companyId(), roleId, row.draft().projectId()),
                        row.existingAssignment());
            }
        }
        Writes out = writes(page);
        for (Row row : work) {
            AssignmentDraft draft = row.draft();
            ProjectKey target = new ProjectKey(row.companyId(), roleId, draft.projectId());
            long hash = hashes.get(draft.sourceId());
            if (row.originAssignment() != null && row.originCompany() == target.companyId()
                    && row.originProject() == target.projectId()) {
                Pending assignment = pending.get(row.originAssignment());
                assignment.primary = draft.primary();
                assignment.notes = draft.notes();
                assignment.dirty = true;
                out.add(Kind.ASSIGNMENT_ORIGIN_HASH_UPDATE, hash, page.digest(draft.sourceId()), table.tableName(),
                        draft.sourceId());
                page.counts.updated++;
                continue;
            }
            Long assignmentId = existing.get(target);
            if (assignmentId == null) {
                assignmentId = page.ids.assignment(connection);
                existing.put(target, assignmentId);
                page.state.plannedProjectAssignment(target, assignmentId);
                pending.put(assignmentId, new Pending(assignmentId, true, draft.primary(), draft.notes()));
                out.add(Kind.ASSIGNMENT_INSERT, assignmentId, target.companyId(), roleId, "Project",
                        target.projectId(), draft.primary(), draft.notes(),
                        draft.createdAt() != null ? draft.createdAt() : now, page.runId);
                if (row.originAssignment() == null) {
                    page.counts.created++;
                }
            } else {
                if (assignmentId > 0 && !pending.containsKey(assignmentId)) {
                    pending.put(assignmentId, loadPending(connection, assignmentId));
                }
                Pending assignment = pending.get(assignmentId);
                if (assignment != null) {
                    assignment.absorb(draft);
                }
                if (row.originAssignment() == null) {
                    page.counts.merged++;
                }
            }
            if (row.originAssignment() == null) {
                out.add(Kind.ASSIGNMENT_ORIGIN_INSERT, table.tableName(), draft.sourceId(), assignmentId, hash,
                        page.digest(draft.sourceId()), page.runId);
            } else {
                page.warn(draft.sourceId(), null, "the relationship now points at another company or project; its"
                        + " assignment moved to assignment " + assignmentId + " and the earlier assignment "
                        + row.originAssignment() + " is left in place");
                out.add(Kind.ASSIGNMENT_ORIGIN_UPDATE, assignmentId, hash, page.digest(draft.sourceId()),
                        table.tableName(), draft.sourceId());
                page.counts.updated++;
            }
        }
        for (Pending assignment : pending.values()) {
            if (assignment.isNew) {
                // Inserted above with the first row's values; rows merged into it in the same page update it.
                if (assignment.dirty) {
                    out.add(Kind.ASSIGNMENT_UPDATE, assignment.primary, assignment.notes, assignment.id);
                }
            } else if (assignment.dirty) {
                out.add(Kind.ASSIGNMENT_UPDATE, assignment.primary, assignment.notes, assignment.id);
            }
        }
        out.flush();
    }

    private static Pending loadPending(Connection connection, long assignmentId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT is_primary, notes FROM company_role_assignments WHERE assignment_id = ?")) {
            statement.setLong(1, assignmentId);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? new Pending(assignmentId, false, rs.getBoolean(1), rs.getString(2)) : null;
            }
        }
    }

    private List<Row> read(PageContext page, long afterId, int limit, Map<Long, Pending> pending)
            throws SQLException {
        List<Long> needsTargets = new ArrayList<>();
        List<Row> rows = readPage(page, selectSql, "r", afterId, limit, rs -> {
            AssignmentDraft draft = LegacyRelationshipMapper.INSTANCE.fromProjectRelationship(
                    ProjectRelationshipRow.read(table, rs));
            Row row = new Row(draft, Fingerprint.of(draft), false, null, false, null,
                    Sql.nullableLong(rs, "origin_assignment"), Sql.nullableLong(rs, "origin_hash"), null, null);
            if (!row.unchanged()) {
                needsTargets.add(draft.sourceId());
            }
            return row;
        });
        if (needsTargets.isEmpty()) {
            return rows;
        }
        Map<Long, Row> targets = new HashMap<>();
        Map<Long, Pending> origins = new HashMap<>();
        // Most rows of the page's id range need their targets on a first run (read the range), few on a later run
        // (read those rows by id: rows that stay rejected, like orphans, come back on every run). The range holds
        // the rows read and those the database left out as unchanged.
        boolean most = page.only == null && needsTargets.size() * 2 > rows.size() + page.unchangedInDatabase;
        String where = "r." + table.idColumn() + (most ? " BETWEEN ? AND ?" : " IN " + Sql.in(needsTargets.size()));
        try (PreparedStatement statement = page.connection.prepareStatement(targetSql + where)) {
            if (most) {
                statement.setLong(1, rows.get(0).draft().sourceId());
                statement.setLong(2, rows.get(rows.size() - 1).draft().sourceId());
            } else {
                Sql.bind(statement, 1, needsTargets);
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    targets.put(rs.getLong(table.idColumn()), new Row(null, 0,
                            Sql.nullableLong(rs, "project_found") != null, Sql.nullableLong(rs, "company_id"),
                            Sql.nullableLong(rs, "party_found") != null, Sql.nullableLong(rs, "existing_assignment"),
                            null, null, Sql.nullableLong(rs, "origin_company"), Sql.nullableLong(rs, "origin_project")));
                    if (Sql.nullableLong(rs, "origin_company") != null) {
                        origins.put(rs.getLong(table.idColumn()), new Pending(0, false,
                                rs.getBoolean("origin_primary"), rs.getString("origin_notes")));
                    }
                }
            }
        }
        List<Row> complete = new ArrayList<>(rows.size());
        for (Row row : rows) {
            Row target = targets.get(row.draft().sourceId());
            if (row.unchanged() || target == null) {
                complete.add(row);
                continue;
            }
            complete.add(new Row(row.draft(), row.hash(), target.projectFound(), target.companyId(),
                    target.partyFound(), target.existingAssignment(), row.originAssignment(), row.originHash(),
                    target.originCompany(), target.originProject()));
            Pending origin = origins.get(row.draft().sourceId());
            if (row.originAssignment() != null && origin != null) {
                pending.putIfAbsent(row.originAssignment(), new Pending(row.originAssignment(), false,
                        origin.primary, origin.notes));
            }
        }
        return complete;
    }
}

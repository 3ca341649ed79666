package org.companyunification.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.companyunification.model.legacy.LegacyTable;
import org.companyunification.sync.SyncJournal.Table;
import org.companyunification.sync.internal.Sql;

/**
 * What the deletion of legacy rows means for the unified tables. The caller has made sure the legacy rows are
 * gone; rows that never had an origin record change nothing.
 *
 * <ul>
 *   <li>A company row: its origin record goes. When no row of its table is left behind the company, the company
 *       loses that table's global role (and, for {@code clients}, its client profile). The project and personnel
 *       relationship rows that still name the deleted row now name nothing, as an orphan does: they lose their
 *       origin records, assignments and affiliations as if they were deleted too, and the next backfill or sync
 *       reports them as rejected rows naming the missing row. The company itself goes only when nothing refers
 *       to it any more: no origin record, role, profile, affiliation or link; a company that stays is rebuilt
 *       from the rows left ({@link CompanyRebuild}), so that a deleted lead row's values go with it.
 *   <li>A project relationship row: its origin record goes, and its assignment when no other relationship row
 *       is merged into it.
 *   <li>A personnel relationship row: its origin record and its affiliation go.
 * </ul>
 *
 * <p>Each statement names the rows by id; a sync run journals every row before it deletes it ({@link
 * SyncJournal}), so that its rollback restores them.
 */
final class LegacyDeletions {

    /** Companies nothing refers to any more. */
    private static final String UNREFERENCED = "NOT EXISTS (SELECT 1 FROM company_origins o"
            + " WHERE o.company_id = c.company_id)"
            + " AND NOT EXISTS (SELECT 1 FROM company_role_assignments a WHERE a.company_id = c.company_id)"
            + " AND NOT EXISTS (SELECT 1 FROM client_profiles p WHERE p.company_id = c.company_id)"
            + " AND NOT EXISTS (SELECT 1 FROM person_company_affiliations f WHERE f.company_id = c.company_id)"
            + " AND NOT EXISTS (SELECT 1 FROM internal_external_links l WHERE l.company_id = c.company_id"
            + " OR l.related_company_id = c.company_id)";

    private final Connection connection;
    private final SyncJournal journal;
    private final Map<String, Long> deleted;
    private final MatchingPolicy policy;

    /**
     * @param journal the journal of the sync run, or {@code null} when nothing is journaled (a dual-write: the
     *     application's transaction is what undoes it)
     * @param deleted per unified table, the rows deleted so far; added to
     * @param policy the matching policy, for the name key of a company whose lead row went
     */
    LegacyDeletions(Connection connection, SyncJournal journal, Map<String, Long> deleted, MatchingPolicy policy) {
        this.connection = connection;
        this.journal = journal;
        this.deleted = deleted;
        this.policy = policy;
    }

    /** Applies the deletion of the given rows of one legacy table. */
    void apply(LegacyTable table, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        switch (table.kind()) {
            case COMPANY -> companies(table, ids);
            case PROJECT_RELATIONSHIP -> relationships(table, ids, Table.ASSIGNMENT_ORIGINS, Table.ASSIGNMENTS,
                    "assignment_id");
            case PERSONNEL_RELATIONSHIP -> relationships(table, ids, Table.AFFILIATION_ORIGINS, Table.AFFILIATIONS,
                    "affiliation_id");
            default -> throw new IllegalArgumentException(table.tableName() + " has no unified rows of its own");
        }
    }

    private void relationships(LegacyTable table, List<Long> ids, Table origins, Table targets, String idColumn)
            throws SQLException {
        List<Object> originKey = new ArrayList<>();
        originKey.add(table.tableName());
        originKey.addAll(ids);
        String byOrigin = "source_table = ? AND source_id IN " + Sql.in(ids.size());
        List<Long> targetIds = longs("SELECT " + idColumn + " FROM " + origins.name + " WHERE " + byOrigin,
                originKey);
        if (targetIds.isEmpty()) {
            return;
        }
        delete(origins, byOrigin, originKey);
        List<Long> orphaned = longs("SELECT t." + idColumn + " FROM " + targets.name + " t WHERE t." + idColumn
                + " IN " + Sql.in(targetIds.size()) + " AND NOT EXISTS (SELECT 1 FROM " + origins.name + " o"
                + " WHERE o." + idColumn + " = t." + idColumn + ")", targetIds);
        if (!orphaned.isEmpty()) {
            delete(targets, idColumn + " IN " + Sql.in(orphaned.size()), orphaned);
        }
    }

    private void companies(LegacyTable table, List<Long> ids) throws SQLException {
        List<Object> originKey = new ArrayList<>();
        originKey.add(table.tableName());
        originKey.addAll(ids);
        String byOrigin = "source_table = ? AND source_id IN " + Sql.in(ids.size());
        Set<Long> companyIds = new LinkedHashSet<>(longs("SELECT company_id FROM company_origins WHERE "
                + byOrigin, originKey));
        if (companyIds.isEmpty()) {
            return;
        }
        delete(Table.COMPANY_ORIGINS, byOrigin, originKey);
        relationshipsNaming(table, ids);
        String noOriginLeft = " AND NOT EXISTS (SELECT 1 FROM company_origins o WHERE o.company_id = x.company_id"
                + " AND o.source_table = ?)";
        List<Object> parameters = new ArrayList<>(companyIds);
        parameters.add(table.role().roleId());
        parameters.add(table.tableName());
        List<Long> roles = longs("SELECT x.assignment_id FROM company_role_assignments x WHERE x.company_id IN "
                + Sql.in(companyIds.size()) + " AND x.role_id = ? AND x.context_type IS NULL" + noOriginLeft,
                parameters);
        if (!roles.isEmpty()) {
            String byAssignment = "assignment_id IN " + Sql.in(roles.size());
            delete(Table.ASSIGNMENT_ORIGINS, byAssignment, roles);
            delete(Table.ASSIGNMENTS, byAssignment, roles);
        }
        if (table == LegacyTable.CLIENTS) {
            List<Object> clients = new ArrayList<>(companyIds);
            clients.add(table.tableName());
            List<Long> profiles = longs("SELECT x.company_id FROM client_profiles x WHERE x.company_id IN "
                    + Sql.in(companyIds.size()) + noOriginLeft, clients);
            if (!profiles.isEmpty()) {
                delete(Table.PROFILES, "company_id IN " + Sql.in(profiles.size()), profiles);
            }
        }
        List<Long> unreferenced = longs("SELECT c.company_id FROM companies c WHERE c.company_id IN "
                + Sql.in(companyIds.size()) + " AND " + UNREFERENCED, companyIds);
        if (!unreferenced.isEmpty()) {
            delete(Table.COMPANIES, "company_id IN " + Sql.in(unreferenced.size()), unreferenced);
        }
        companyIds.removeAll(unreferenced);
        CompanyRebuild.rebuild(connection, companyIds, policy, LocalDateTime.now(ZoneOffset.UTC));
    }

    /** Unmaps the migrated relationship rows that name the given, deleted, rows of a company table. */
    private void relationshipsNaming(LegacyTable table, List<Long> ids) throws SQLException {
        Optional<LegacyTable> projects = table.projectRelationshipTable();
        if (projects.isPresent()) {
            LegacyTable relationships = projects.get();
            List<Long> named = longs("SELECT r." + relationships.idColumn() + " FROM " + relationships.tableName()
                    + " r WHERE r." + relationships.companyIdColumn() + " IN " + Sql.in(ids.size())
                    + " AND EXISTS (SELECT 1 FROM assignment_origins o WHERE o.source_table = '"
                    + relationships.tableName() + "' AND o.source_id = r." + relationships.idColumn() + ")", ids);
            LegacyReconciler.deleteGone(this, relationships, named);
        }
        LegacyTable personnel = LegacyTable.PERSONNEL_ENTITY_RELATIONSHIPS;
        List<Object> parameters = new ArrayList<>();
        parameters.add(table.tableName());
        parameters.addAll(ids);
        List<Long> named = longs("SELECT r." + personnel.idColumn() + " FROM " + personnel.tableName() + " r"
                + " WHERE " + PersonnelMigration.companyTableOf("r.entity_type") + " = ? AND r.entity_id IN "
                + Sql.in(ids.size()) + " AND EXISTS (SELECT 1 FROM affiliation_origins o WHERE o.source_table = '"
                + personnel.tableName() + "' AND o.source_id = r." + personnel.idColumn() + ")", parameters);
        LegacyReconciler.deleteGone(this, personnel, named);
    }

    private void delete(Table table, String where, Collection<?> parameters) throws SQLException {
        if (journal != null) {
            journal.record(connection, table, where, parameters);
        }
        int count;
        try (PreparedStatement statement = connection.prepareStatement("DELETE FROM " + table.name + " WHERE "
                + where)) {
            Sql.bind(statement, 1, parameters);
            count = statement.executeUpdate();
        }
        deleted.merge(table.name, (long) count, Long::sum);
    }

    private List<Long> longs(String sql, Collection<?> parameters) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            Sql.bind(statement, 1, parameters);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getLong(1));
                }
            }
        }
        return values;
    }
}

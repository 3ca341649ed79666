package org.companyunification.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.companyunification.model.company.RoleCode;
import org.companyunification.model.legacy.LegacyTable;
import org.companyunification.sync.ReverseChanges.RemovedRole;
import org.companyunification.sync.internal.Sql;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the legacy rows that one transaction's unified changes ({@link ReverseChanges}) call for, on the
 * transaction's connection, just before it completes: the unified rows are read once, in their final state, and
 * the legacy rows are written table by table; {@link ReverseOrigins} then records their origins. The rules are
 * those documented on {@link ReverseSync}.
 *
 * <p>A company that may get a legacy row is locked first ({@code SELECT ... FOR UPDATE} on its {@code companies}
 * row, in id order) and its legacy rows are read after that, so that on H2 and PostgreSQL (read committed) two
 * transactions never both create a row of the same table for the same company. MariaDB's default isolation
 * (repeatable read) reads the origin records as they were when the transaction first read anything; a locking
 * read would see later ones but also lock the gaps of their index, which deadlocks concurrent inserts of origin
 * records. So on MariaDB two transactions that both give one company its first row of a table at the same moment
 * may both create one: two rows of one organisation, both mapped to it, as legacy data has them.
 */
final class ReverseSyncWriter {

    /** Stands for the name column of the company tables in the changed columns of a company. */
    static final String NAME = "name";

    private static final Logger LOG = LoggerFactory.getLogger(ReverseSyncWriter.class);

    private static final List<String> COMPANY_COLUMNS = List.of("company_type", "website", "country",
            "contact_email", "contact_phone", "reactor_type", "sector", "notes");
    private static final List<String> CRM_COLUMNS = LegacyTable.CLIENTS.crmColumns().stream()
            .map(LegacyTable.Column::name).toList();

    private record Assignment(long id, long companyId, RoleCode role, Long projectId, boolean primary, String notes,
            LocalDateTime createdAt) {}

    private record Affiliation(long id, long personId, long companyId, String title, boolean primary,
            LocalDate startDate, LocalDate endDate, String notes, LocalDateTime createdAt) {}

    private final Connection connection;
    private final LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.MICROS);
    private final LegacyInserts inserts;
    private final ReverseOrigins origins;
    /** Per company: its values by legacy column name ({@link #NAME} for the name). */
    private final Map<Long, Map<String, Object>> companies = new HashMap<>();
    /** Per company with a client profile: the CRM values by legacy column name. */
    private final Map<Long, Map<String, Object>> profiles = new HashMap<>();
    /** Per company: its legacy rows by table, ids ascending. */
    private final Map<Long, Map<LegacyTable, TreeSet<Long>>> rows = new HashMap<>();

    ReverseSyncWriter(Connection connection) {
        this.connection = connection;
        this.inserts = new LegacyInserts(connection);
        this.origins = new ReverseOrigins(connection);
    }

    void apply(ReverseChanges changes) throws SQLException {
        if (changes.isEmpty()) {
            return;
        }
        List<Assignment> added = assignments(changes.insertedAssignments);
        Set<Long> edited = new LinkedHashSet<>(changes.changedAssignments.keySet());
        edited.removeAll(changes.insertedAssignments);
        Set<Long> editedAffiliations = new LinkedHashSet<>(changes.changedAffiliations);
        editedAffiliations.removeAll(changes.insertedAffiliations);
        List<Affiliation> newAffiliations = affiliations(changes.insertedAffiliations);

        Set<Long> locked = new TreeSet<>();
        added.forEach(a -> locked.add(a.companyId()));
        Set<Long> involved = new TreeSet<>(locked);
        involved.addAll(changes.changedCompanies.keySet());
        involved.addAll(changes.changedProfiles);
        changes.removedRoles.forEach(r -> involved.add(r.companyId()));
        newAffiliations.forEach(a -> involved.add(a.companyId()));
        load(locked, involved);
        LOG.debug("Writing the legacy rows of {} compan(ies): {} role(s) added, {} removed, {} assignment(s),"
                + " {} compan(ies), {} profile(s), {} new and {} changed affiliation(s)", involved.size(),
                added.size(), changes.removedRoles.size(), edited.size(), changes.changedCompanies.size(),
                changes.changedProfiles.size(), newAffiliations.size(), editedAffiliations.size());

        removeProjectRoles(changes.removedRoles.stream().filter(r -> !r.global()).toList());
        removeGlobalRoles(changes.removedRoles.stream().filter(RemovedRole::global).toList());
        addRoles(added);
        updateCompanies(changes.changedCompanies);
        updateProfiles(changes.changedProfiles);
        updateAssignments(edited, changes.changedAssignments);
        addAffiliations(newAffiliations);
        updateAffiliations(editedAffiliations);
        origins.write();
    }

    // ---- reading the unified side

    private List<Assignment> assignments(Collection<Long> ids) throws SQLException {
        List<Assignment> found = new ArrayList<>();
        ReverseQueries.forEachIn(connection, "SELECT assignment_id, company_id, role_id, context_id, is_primary,"
                + " notes, created_at FROM company_role_assignments WHERE assignment_id", ids,
                " ORDER BY assignment_id", List.of(), rs -> found.add(new Assignment(rs.getLong(1), rs.getLong(2),
                        RoleCode.ofRoleId(rs.getInt(3)), Sql.nullableLong(rs, "context_id"), rs.getBoolean(5),
                        rs.getString(6), rs.getObject(7, LocalDateTime.class))));
        return found;
    }

    private List<Affiliation> affiliations(Collection<Long> ids) throws SQLException {
        List<Affiliation> found = new ArrayList<>();
        ReverseQueries.forEachIn(connection, "SELECT affiliation_id, person_id, company_id, title, is_primary,"
                + " start_date, end_date, notes, created_at FROM person_company_affiliations WHERE affiliation_id",
                ids, " ORDER BY affiliation_id", List.of(), rs -> found.add(new Affiliation(rs.getLong(1),
                        rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getBoolean(5),
                        rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class), rs.getString(8),
                        rs.getObject(9, LocalDateTime.class))));
        return found;
    }

    /** Locks the companies that may get new legacy rows, then reads every involved company, profile and row. */
    private void load(Set<Long> locked, Set<Long> involved) throws SQLException {
        String companySql = "SELECT company_id, company_name, " + String.join(", ", COMPANY_COLUMNS)
                + " FROM companies WHERE company_id";
        ReverseQueries.RowHandler company = rs -> {
            Map<String, Object> values = new HashMap<>();
            values.put(NAME, rs.getString("company_name"));
            for (String column : COMPANY_COLUMNS) {
                values.put(column, rs.getString(column));
            }
            companies.put(rs.getLong("company_id"), values);
        };
        ReverseQueries.forEachIn(connection, companySql, locked, " ORDER BY company_id FOR UPDATE", List.of(),
                company);
        Set<Long> rest = new TreeSet<>(involved);
        rest.removeAll(locked);
        ReverseQueries.forEachIn(connection, companySql, rest, "", List.of(), company);
        ReverseQueries.forEachIn(connection, "SELECT company_id, " + String.join(", ", CRM_COLUMNS)
                + " FROM client_profiles WHERE company_id", involved, "", List.of(), rs -> {
                    Map<String, Object> values = new HashMap<>();
                    for (String column : CRM_COLUMNS) {
                        values.put(column, rs.getObject(column));
                    }
                    profiles.put(rs.getLong("company_id"), values);
                });
        ReverseQueries.forEachIn(connection, "SELECT company_id, source_table, source_id FROM company_origins"
                + " WHERE company_id", involved, "", List.of(), rs -> rowsOf(rs.getLong(1),
                        LegacyTable.byName(rs.getString(2)).orElseThrow()).add(rs.getLong(3)));
    }

    private TreeSet<Long> rowsOf(long companyId, LegacyTable table) {
        return rows.computeIfAbsent(companyId, id -> new EnumMap<>(LegacyTable.class))
                .computeIfAbsent(table, t -> new TreeSet<>());
    }

    /** Returns the company's first legacy row: of the first table in catalogue order, the lowest id. */
    private Optional<Map.Entry<LegacyTable, Long>> firstRow(long companyId) {
        for (Map.Entry<LegacyTable, TreeSet<Long>> table : rows.getOrDefault(companyId, Map.of()).entrySet()) {
            if (!table.getValue().isEmpty()) {
                return Optional.of(Map.entry(table.getKey(), table.getValue().first()));
            }
        }
        return Optional.empty();
    }

    // ---- roles

    private void removeProjectRoles(List<RemovedRole> removed) throws SQLException {
        for (RemovedRole role : removed) {
            LegacyTable party = LegacyTable.companyTableOf(role.role());
            Optional<LegacyTable> relationships = party.projectRelationshipTable();
            Set<Long> partyRows = rowsOf(role.companyId(), party);
            if (relationships.isEmpty() || partyRows.isEmpty()) {
                continue;
            }
            LegacyTable table = relationships.get();
            List<Object> leading = new ArrayList<>();
            leading.add(table.tableName());
            leading.add(role.projectId());
            leading.addAll(partyRows);
            Sql.update(connection, "DELETE FROM assignment_origins WHERE source_table = ? AND source_id IN"
                    + " (SELECT " + table.idColumn() + " FROM " + table.tableName() + " WHERE project_id = ? AND "
                    + table.companyIdColumn() + " IN " + Sql.in(partyRows.size()) + ")", leading.toArray());
            int deleted = Sql.update(connection, "DELETE FROM " + table.tableName() + " WHERE project_id = ? AND "
                    + table.companyIdColumn() + " IN " + Sql.in(partyRows.size()),
                    leading.subList(1, leading.size()).toArray());
            LOG.debug("Removed {} row(s) of {} for company {} on project {}", deleted, table.tableName(),
                    role.companyId(), role.projectId());
        }
    }

    private void removeGlobalRoles(List<RemovedRole> removed) throws SQLException {
        if (removed.isEmpty()) {
            return;
        }
        Set<Long> companyIds = removed.stream().map(RemovedRole::companyId).collect(Collectors.toSet());
        Map<Long, Map<RoleCode, List<Long>>> held = new HashMap<>();
        ReverseQueries.forEachIn(connection, "SELECT company_id, role_id, context_id FROM company_role_assignments"
                + " WHERE company_id", companyIds, " ORDER BY context_id", List.of(), rs -> {
                    Long project = Sql.nullableLong(rs, "context_id");
                    held.computeIfAbsent(rs.getLong(1), c -> new EnumMap<>(RoleCode.class))
                            .computeIfAbsent(RoleCode.ofRoleId(rs.getInt(2)), r -> new ArrayList<>())
                            .add(project == null ? -1L : project);
                });
        for (RemovedRole role : removed) {
            List<Long> contexts = held.getOrDefault(role.companyId(), Map.of()).getOrDefault(role.role(), List.of());
            if (contexts.contains(-1L)) {
                continue;  // assigned again in the same transaction
            }
            LegacyTable party = LegacyTable.companyTableOf(role.role());
            TreeSet<Long> partyRows = rowsOf(role.companyId(), party);
            if (!contexts.isEmpty()) {
                throw new CompanyUnificationException(ErrorCode.RULE_VIOLATION, "Company " + describe(role.companyId())
                        + " cannot lose the global role " + role.role().code() + " while it holds the role on"
                        + " projects " + contexts + ": legacy readers know the role through its " + party.tableName()
                        + " row(s) " + partyRows + ", which the project relationships point at. Remove the project"
                        + " roles first (in the same transaction or before); the transaction is rolled back.");
            }
            if (partyRows.isEmpty()) {
                continue;
            }
            List<Long> doomed = List.copyOf(partyRows);
            partyRows.clear();
            repointPersonnel(role.companyId(), party, doomed);
            Optional<LegacyTable> relationships = party.projectRelationshipTable();
            if (relationships.isPresent()) {
                // Relationship rows that point at the rows: the company holds the role on no project any more.
                LegacyTable table = relationships.get();
                Sql.update(connection, "DELETE FROM assignment_origins WHERE source_table = ? AND source_id IN"
                        + " (SELECT " + table.idColumn() + " FROM " + table.tableName() + " WHERE "
                        + table.companyIdColumn() + " IN " + Sql.in(doomed.size()) + ")",
                        withLeading(table.tableName(), doomed));
                ReverseQueries.updateIn(connection, "DELETE FROM " + table.tableName() + " WHERE "
                        + table.companyIdColumn(), doomed);
            }
            ReverseQueries.updateIn(connection, "DELETE FROM company_origins WHERE source_table = ? AND source_id",
                    doomed, party.tableName());
            ReverseQueries.updateIn(connection, "DELETE FROM " + party.tableName() + " WHERE " + party.idColumn(),
                    doomed);
            origins.deleted(party, doomed);
            LOG.debug("Removed {} row(s) {} of company {}", party.tableName(), doomed, role.companyId());
        }
    }

    private static Object[] withLeading(Object first, List<Long> rest) {
        List<Object> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all.toArray();
    }

    /**
     * Makes the legacy personnel relationships that name rows about to be deleted name the company's first other
     * legacy row instead; refuses when there is none.
     */
    private void repointPersonnel(long companyId, LegacyTable party, List<Long> doomed) throws SQLException {
        LegacyTable personnel = LegacyTable.PERSONNEL_ENTITY_RELATIONSHIPS;
        List<Long> naming = new ArrayList<>();
        ReverseQueries.forEachIn(connection, "SELECT " + personnel.idColumn() + " FROM " + personnel.tableName()
                + " WHERE LOWER(TRIM(entity_type)) = ? AND entity_id", doomed, "",
                List.of(party.entityType().orElseThrow()), rs -> naming.add(rs.getLong(1)));
        if (naming.isEmpty()) {
            return;
        }
        Map.Entry<LegacyTable, Long> other = firstRow(companyId).orElseThrow(() -> new CompanyUnificationException(
                ErrorCode.RULE_VIOLATION, "Company " + describe(companyId) + " cannot lose its last legacy row ("
                        + party.tableName() + " " + doomed + "): the " + personnel.tableName() + " rows " + naming
                        + " name it and would point at nothing. End or move those affiliations, or give the"
                        + " company another role first; the transaction is rolled back."));
        ReverseQueries.updateIn(connection, "UPDATE " + personnel.tableName() + " SET entity_type = ?, entity_id = ?"
                + " WHERE " + personnel.idColumn(), naming, other.getKey().entityType().orElseThrow(), other.getValue());
        origins.changed(personnel, naming, List.of());
    }

    private void addRoles(List<Assignment> added) throws SQLException {
        // First the company rows that are missing, one batch per table, then the project relationships.
        Map<LegacyTable, List<Long>> missing = new EnumMap<>(LegacyTable.class);
        List<Assignment> onProjects = new ArrayList<>();
        for (Assignment assignment : added) {
            LegacyTable party = LegacyTable.companyTableOf(assignment.role());
            if (assignment.projectId() != null) {
                if (party.projectRelationshipTable().isEmpty()) {
                    LOG.warn("Company {} holds the role {} on project {}, which the legacy tables cannot record"
                            + " (there is no project relationship table for {}); not written to them",
                            describe(assignment.companyId()), assignment.role().code(), assignment.projectId(),
                            party.tableName());
                    continue;
                }
                onProjects.add(assignment);
            }
            if (rowsOf(assignment.companyId(), party).isEmpty()
                    && !missing.computeIfAbsent(party, t -> new ArrayList<>()).contains(assignment.companyId())) {
                missing.get(party).add(assignment.companyId());
            }
        }
        for (Map.Entry<LegacyTable, List<Long>> table : missing.entrySet()) {
            if (table.getValue().isEmpty()) {
                continue;
            }
            List<Map<String, Object>> values = new ArrayList<>();
            for (Long companyId : table.getValue()) {
                values.add(companyRow(table.getKey(), companyId));
            }
            List<Long> ids = inserts.insert(table.getKey(), values);
            for (int i = 0; i < ids.size(); i++) {
                long companyId = table.getValue().get(i);
                rowsOf(companyId, table.getKey()).add(ids.get(i));
                origins.created(table.getKey(), ids.get(i), companyId);
            }
            LOG.debug("Created {} rows {} for companies {}", table.getKey().tableName(), ids, table.getValue());
        }
        Map<LegacyTable, List<Assignment>> byTable = new EnumMap<>(LegacyTable.class);
        for (Assignment assignment : onProjects) {
            byTable.computeIfAbsent(LegacyTable.companyTableOf(assignment.role()).projectRelationshipTable()
                    .orElseThrow(), t -> new ArrayList<>()).add(assignment);
        }
        for (Map.Entry<LegacyTable, List<Assignment>> table : byTable.entrySet()) {
            LegacyTable relationships = table.getKey();
            List<Map<String, Object>> values = new ArrayList<>();
            for (Assignment assignment : table.getValue()) {
                Map<String, Object> row = new HashMap<>();
                row.put("project_id", assignment.projectId());
                row.put(relationships.companyIdColumn(),
                        rowsOf(assignment.companyId(), relationships.companyTable()).first());
                row.put("is_primary", assignment.primary());
                row.put("notes", assignment.notes());
                row.put("created_at", assignment.createdAt());
                values.add(row);
            }
            List<Long> ids = inserts.insert(relationships, values);
            for (int i = 0; i < ids.size(); i++) {
                origins.created(relationships, ids.get(i), table.getValue().get(i).id());
            }
        }
    }

    /** The values of a new legacy row of a company table: the company's, and its client profile's. */
    private Map<String, Object> companyRow(LegacyTable table, long companyId) {
        Map<String, Object> company = companies.get(companyId);
        Map<String, Object> row = new HashMap<>(company);
        row.remove(NAME);
        row.put(table.nameColumn(), company.get(NAME));
        if (table == LegacyTable.CLIENTS) {
            row.putAll(profiles.getOrDefault(companyId, Map.of()));
        }
        row.put("created_at", now);
        return row;
    }

    private void updateAssignments(Set<Long> edited, Map<Long, Set<String>> changedColumns) throws SQLException {
        if (edited.isEmpty()) {
            return;
        }
        Map<Long, Assignment> current = new HashMap<>();
        assignments(edited).forEach(a -> current.put(a.id(), a));
        Map<Long, List<Map.Entry<LegacyTable, Long>>> rowsByAssignment = new HashMap<>();
        ReverseQueries.forEachIn(connection, "SELECT assignment_id, source_table, source_id FROM assignment_origins"
                + " WHERE assignment_id", current.keySet(), "", List.of(), rs -> rowsByAssignment
                        .computeIfAbsent(rs.getLong(1), a -> new ArrayList<>())
                        .add(Map.entry(LegacyTable.byName(rs.getString(2)).orElseThrow(), rs.getLong(3))));
        for (Map.Entry<Long, List<Map.Entry<LegacyTable, Long>>> entry : rowsByAssignment.entrySet()) {
            Assignment assignment = current.get(entry.getKey());
            Set<String> columns = changedColumns.get(entry.getKey());
            List<Object> parameters = new ArrayList<>();
            List<String> sets = new ArrayList<>();
            if (columns.contains("is_primary")) {
                sets.add("is_primary = ?");
                parameters.add(assignment.primary());
            }
            if (columns.contains("notes")) {
                sets.add("notes = ?");
                parameters.add(assignment.notes());
            }
            for (Map.Entry<LegacyTable, Long> row : entry.getValue()) {
                if (row.getKey().kind() != LegacyTable.Kind.PROJECT_RELATIONSHIP) {
                    continue;
                }
                List<Object> all = new ArrayList<>(parameters);
                all.add(row.getValue());
                Sql.update(connection, "UPDATE " + row.getKey().tableName() + " SET " + String.join(", ", sets)
                        + " WHERE " + row.getKey().idColumn() + " = ?", all.toArray());
                origins.changed(row.getKey(), List.of(row.getValue()), List.of());
            }
        }
    }

    // ---- companies and client profiles

    private void updateCompanies(Map<Long, Set<String>> changed) throws SQLException {
        for (Map.Entry<Long, Set<String>> entry : changed.entrySet()) {
            Map<String, Object> company = companies.get(entry.getKey());
            if (company == null) {
                continue;  // deleted in the same transaction
            }
            for (Map.Entry<LegacyTable, TreeSet<Long>> table : rows.getOrDefault(entry.getKey(), Map.of())
                    .entrySet()) {
                LegacyTable legacy = table.getKey();
                List<Long> ids = table.getValue().stream().filter(id -> !origins.isCreated(legacy, id)).toList();
                List<String> columns = entry.getValue().stream()
                        .filter(c -> c.equals(NAME) || legacy.columnNames().contains(c)).toList();
                if (ids.isEmpty() || columns.isEmpty()) {
                    continue;
                }
                List<Object> parameters = new ArrayList<>();
                List<String> sets = new ArrayList<>();
                for (String column : columns) {
                    sets.add((column.equals(NAME) ? legacy.nameColumn() : column) + " = ?");
                    parameters.add(company.get(column));
                }
                sets.add("updated_at = ?");
                parameters.add(now);
                ReverseQueries.updateIn(connection, "UPDATE " + legacy.tableName() + " SET " + String.join(", ", sets)
                        + " WHERE " + legacy.idColumn(), ids, parameters.toArray());
                origins.changed(legacy, ids, columns);
            }
        }
    }

    private void updateProfiles(Set<Long> changed) throws SQLException {
        for (Long companyId : changed) {
            List<Long> ids = rowsOf(companyId, LegacyTable.CLIENTS).stream()
                    .filter(id -> !origins.isCreated(LegacyTable.CLIENTS, id)).toList();
            Map<String, Object> profile = profiles.get(companyId);
            if (rowsOf(companyId, LegacyTable.CLIENTS).isEmpty()) {
                if (profile != null && companies.containsKey(companyId)) {
                    LOG.warn("Company {} has a client profile but no {} row (it does not hold the client role);"
                            + " the profile is not written to the legacy tables", describe(companyId),
                            LegacyTable.CLIENTS.tableName());
                }
                continue;
            }
            if (ids.isEmpty()) {
                continue;
            }
            List<Object> parameters = new ArrayList<>();
            for (String column : CRM_COLUMNS) {
                parameters.add(profile == null ? null : profile.get(column));
            }
            parameters.add(now);
            ReverseQueries.updateIn(connection, "UPDATE " + LegacyTable.CLIENTS.tableName() + " SET "
                    + CRM_COLUMNS.stream().map(c -> c + " = ?").collect(Collectors.joining(", "))
                    + ", updated_at = ? WHERE " + LegacyTable.CLIENTS.idColumn(), ids, parameters.toArray());
            origins.changed(LegacyTable.CLIENTS, ids, CRM_COLUMNS);
        }
    }

    // ---- affiliations

    private void addAffiliations(List<Affiliation> added) throws SQLException {
        LegacyTable table = LegacyTable.PERSONNEL_ENTITY_RELATIONSHIPS;
        List<Map<String, Object>> values = new ArrayList<>();
        List<Affiliation> written = new ArrayList<>();
        for (Affiliation affiliation : added) {
            Optional<Map.Entry<LegacyTable, Long>> entity = firstRow(affiliation.companyId());
            if (entity.isEmpty()) {
                LOG.warn("Company {} has no legacy row (it holds no role), so affiliation {} of person {} is not"
                        + " written to {}", describe(affiliation.companyId()), affiliation.id(),
                        affiliation.personId(), table.tableName());
                continue;
            }
            Map<String, Object> row = affiliationRow(affiliation);
            row.put("entity_type", entity.get().getKey().entityType().orElseThrow());
            row.put("entity_id", entity.get().getValue());
            row.put("created_at", affiliation.createdAt());
            values.add(row);
            written.add(affiliation);
        }
        List<Long> ids = inserts.insert(table, values);
        for (int i = 0; i < ids.size(); i++) {
            origins.created(table, ids.get(i), written.get(i).id());
        }
    }

    private void updateAffiliations(Set<Long> edited) throws SQLException {
        if (edited.isEmpty()) {
            return;
        }
        LegacyTable table = LegacyTable.PERSONNEL_ENTITY_RELATIONSHIPS;
        Map<Long, Affiliation> current = new HashMap<>();
        affiliations(edited).forEach(a -> current.put(a.id(), a));
        Map<Long, Long> legacyIds = new LinkedHashMap<>();
        ReverseQueries.forEachIn(connection, "SELECT source_id, affiliation_id FROM affiliation_origins"
                + " WHERE affiliation_id", current.keySet(), "", List.of(),
                rs -> legacyIds.put(rs.getLong(1), rs.getLong(2)));
        if (legacyIds.isEmpty()) {
            return;
        }
        try (BatchStatement update = new BatchStatement(connection, "UPDATE " + table.tableName()
                + " SET personnel_id = ?, role_title = ?, is_primary = ?, start_date = ?, end_date = ?, notes = ?"
                + " WHERE " + table.idColumn() + " = ?")) {
            for (Map.Entry<Long, Long> row : legacyIds.entrySet()) {
                Affiliation affiliation = current.get(row.getValue());
                update.add(affiliation.personId(), affiliation.title(), affiliation.primary(),
                        affiliation.startDate(), affiliation.endDate(), affiliation.notes(), row.getKey());
            }
            update.execute();
        }
        origins.changed(table, legacyIds.keySet(), List.of());
    }

    private static Map<String, Object> affiliationRow(Affiliation affiliation) {
        Map<String, Object> row = new HashMap<>();
        row.put("personnel_id", affiliation.personId());
        row.put("role_title", affiliation.title());
        row.put("is_primary", affiliation.primary());
        row.put("start_date", affiliation.startDate());
        row.put("end_date", affiliation.endDate());
        row.put("notes", affiliation.notes());
        return row;
    }

    private String describe(long companyId) {
        Map<String, Object> company = companies.get(companyId);
        return company == null ? "(id " + companyId + ")" : "'" + company.get(NAME) + "' (id " + companyId + ")";
    }
}

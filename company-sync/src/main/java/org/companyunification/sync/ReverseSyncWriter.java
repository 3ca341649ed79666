package org.companyunification.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
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
 */
final class ReverseSyncWriter {

    private static final Logger LOG = LoggerFactory.getLogger(ReverseSyncWriter.class);

    private record Assignment(long id, long companyId, RoleCode role, Long projectId, boolean primary, String notes,
            LocalDateTime createdAt) {}

    private final Connection connection;
    private final LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.MICROS);
    private final LegacyInserts inserts;
    private final ReverseOrigins origins;
    private final ReverseCompanies companies = new ReverseCompanies();
    private final ReverseAffiliations affiliations;

    ReverseSyncWriter(Connection connection) {
        this.connection = connection;
        this.inserts = new LegacyInserts(connection);
        this.origins = new ReverseOrigins(connection);
        this.affiliations = new ReverseAffiliations(connection, companies, inserts, origins);
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
        List<ReverseAffiliations.Affiliation> newAffiliations = ReverseAffiliations.read(connection,
                changes.insertedAffiliations);

        Set<Long> locked = new TreeSet<>();
        added.forEach(a -> locked.add(a.companyId()));
        Set<Long> involved = new TreeSet<>(locked);
        involved.addAll(changes.changedCompanies.keySet());
        involved.addAll(changes.changedProfiles);
        changes.removedRoles.forEach(r -> involved.add(r.companyId()));
        newAffiliations.forEach(a -> involved.add(a.companyId()));
        companies.load(connection, locked, involved);
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
        affiliations.add(newAffiliations);
        affiliations.update(editedAffiliations);
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

    // ---- roles

    private void removeProjectRoles(List<RemovedRole> removed) throws SQLException {
        for (RemovedRole role : removed) {
            LegacyTable party = LegacyTable.companyTableOf(role.role());
            Optional<LegacyTable> relationships = party.projectRelationshipTable();
            Set<Long> partyRows = companies.rowsOf(role.companyId(), party);
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
            TreeSet<Long> partyRows = companies.rowsOf(role.companyId(), party);
            if (!contexts.isEmpty()) {
                throw new CompanyUnificationException(ErrorCode.RULE_VIOLATION, "Company "
                        + companies.describe(role.companyId())
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
        Map.Entry<LegacyTable, Long> other = companies.firstRow(companyId).orElseThrow(() ->
                new CompanyUnificationException(ErrorCode.RULE_VIOLATION, "Company " + companies.describe(companyId)
                        + " cannot lose its last legacy row ("
                        + party.tableName() + " " + doomed + "): the " + personnel.tableName() + " rows " + naming
                        + " name it and would point at nothing. End or move those affiliations, or give the"
                        + " company another role first; the transaction is rolled back."));
        ReverseQueries.updateIn(connection, "UPDATE " + personnel.tableName() + " SET entity_type = ?, entity_id = ?"
                + " WHERE " + personnel.idColumn(), naming, other.getKey().entityType().orElseThrow(),
                other.getValue());
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
                            companies.describe(assignment.companyId()), assignment.role().code(),
                            assignment.projectId(),
                            party.tableName());
                    continue;
                }
                onProjects.add(assignment);
            }
            if (companies.rowsOf(assignment.companyId(), party).isEmpty()
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
                values.add(companies.newRow(table.getKey(), companyId, now));
            }
            List<Long> ids = inserts.insert(table.getKey(), values);
            for (int i = 0; i < ids.size(); i++) {
                long companyId = table.getValue().get(i);
                companies.rowsOf(companyId, table.getKey()).add(ids.get(i));
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
                        companies.rowsOf(assignment.companyId(), relationships.companyTable()).first());
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
            long companyId = entry.getKey();
            if (!companies.exists(companyId)) {
                continue;  // deleted in the same transaction
            }
            for (Map.Entry<LegacyTable, TreeSet<Long>> table : companies.rowsOf(companyId).entrySet()) {
                LegacyTable legacy = table.getKey();
                List<Long> ids = table.getValue().stream().filter(id -> !origins.isCreated(legacy, id)).toList();
                List<String> columns = entry.getValue().stream()
                        .filter(c -> c.equals(ReverseCompanies.NAME) || legacy.columnNames().contains(c)).toList();
                if (ids.isEmpty() || columns.isEmpty()) {
                    continue;
                }
                List<Object> parameters = new ArrayList<>();
                List<String> sets = new ArrayList<>();
                for (String column : columns) {
                    sets.add((column.equals(ReverseCompanies.NAME) ? legacy.nameColumn() : column) + " = ?");
                    parameters.add(companies.value(companyId, column));
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
            List<Long> ids = companies.rowsOf(companyId, LegacyTable.CLIENTS).stream()
                    .filter(id -> !origins.isCreated(LegacyTable.CLIENTS, id)).toList();
            Optional<Map<String, Object>> profile = companies.profile(companyId);
            if (companies.rowsOf(companyId, LegacyTable.CLIENTS).isEmpty()) {
                if (profile.isPresent() && companies.exists(companyId)) {
                    LOG.warn("Company {} has a client profile but no {} row (it does not hold the client role);"
                            + " the profile is not written to the legacy tables", companies.describe(companyId),
                            LegacyTable.CLIENTS.tableName());
                }
                continue;
            }
            if (ids.isEmpty()) {
                continue;
            }
            List<Object> parameters = new ArrayList<>();
            for (String column : ReverseCompanies.CRM_COLUMNS) {
                parameters.add(profile.map(values -> values.get(column)).orElse(null));
            }
            parameters.add(now);
            ReverseQueries.updateIn(connection, "UPDATE " + LegacyTable.CLIENTS.tableName() + " SET "
                    + ReverseCompanies.CRM_COLUMNS.stream().map(c -> c + " = ?").collect(Collectors.joining(", "))
                    + ", updated_at = ? WHERE " + LegacyTable.CLIENTS.idColumn(), ids, parameters.toArray());
            origins.changed(LegacyTable.CLIENTS, ids, ReverseCompanies.CRM_COLUMNS);
        }
    }
}

package org.companyunification.sync;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.companyunification.model.company.RoleCode;

/**
 * What the unified entities of one transaction changed, as far as the legacy tables care: ids and the names of
 * the changed legacy columns, collected while Hibernate flushes, so that {@link ReverseSyncWriter} reads the
 * final values once, before the transaction completes. Only the session's thread touches it.
 */
final class ReverseChanges {

    /** A role assignment that was deleted: its company, role and project ({@code null} for a global role). */
    record RemovedRole(long companyId, RoleCode role, Long projectId) {

        boolean global() {
            return projectId == null;
        }
    }

    /** Inserted role assignments, by id. */
    final Set<Long> insertedAssignments = new LinkedHashSet<>();
    /** Updated role assignments: id to the changed legacy relationship columns ({@code is_primary}, {@code notes}). */
    final Map<Long, Set<String>> changedAssignments = new LinkedHashMap<>();
    /** Deleted role assignments. */
    final Set<RemovedRole> removedRoles = new LinkedHashSet<>();
    /** Updated companies: id to the changed legacy company columns ({@code name} stands for the name column). */
    final Map<Long, Set<String>> changedCompanies = new LinkedHashMap<>();
    /** Companies whose client profile was created, changed or removed. */
    final Set<Long> changedProfiles = new LinkedHashSet<>();
    /** Inserted affiliations, by id. */
    final Set<Long> insertedAffiliations = new LinkedHashSet<>();
    /** Updated affiliations, by id. */
    final Set<Long> changedAffiliations = new LinkedHashSet<>();

    boolean isEmpty() {
        return insertedAssignments.isEmpty() && changedAssignments.isEmpty() && removedRoles.isEmpty()
                && changedCompanies.isEmpty() && changedProfiles.isEmpty() && insertedAffiliations.isEmpty()
                && changedAffiliations.isEmpty();
    }

    void companyChanged(long companyId, Set<String> columns) {
        changedCompanies.computeIfAbsent(companyId, id -> new LinkedHashSet<>()).addAll(columns);
    }

    void assignmentChanged(long assignmentId, Set<String> columns) {
        changedAssignments.computeIfAbsent(assignmentId, id -> new LinkedHashSet<>()).addAll(columns);
    }
}

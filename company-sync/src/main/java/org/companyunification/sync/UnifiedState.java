package org.companyunification.sync;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.companyunification.model.legacy.LegacyTable;
import org.companyunification.sync.internal.Sql;

/**
 * What the unified tables hold, as far as the backfill needs to know: the database's rows plus the rows planned
 * but not yet in it. During a real run the planned rows are those of the page being migrated and are forgotten
 * once the page commits; during a dry run nothing is ever written, so the planned rows of the whole run are kept,
 * and later pages and steps see them as a real run would see the committed rows. A dry run therefore holds one
 * entry per planned company, origin, assignment and current primary affiliation in memory.
 */
final class UnifiedState {

    /** The current primary affiliation of a person, and what decides whether a newer one replaces it. */
    record Primary(long affiliationId, LocalDate startDate, long sourceId) {}

    /** A project-scoped assignment's natural key. */
    record ProjectKey(long companyId, int roleId, long projectId) {}

    /** Marks a person recorded as having no current primary affiliation. */
    private static final long NO_PRIMARY = Long.MIN_VALUE + 1;

    private final boolean keepPlanned;
    private final Dialect dialect;
    // Planned rows in compact maps (see LongLongMap): matching keys and project assignments by a 64-bit hash of
    // their parts, whose collisions are vanishingly rare (about 1 in 10^7 among a million keys) and could only
    // make a dry run count a row as merged that the run would create.
    private final LongLongMap companiesByKey = new LongLongMap();
    private final LongLongMap companiesByOrigin = new LongLongMap();
    private final LongLongMap globalRoles = new LongLongMap();
    private final LongLongMap profiles = new LongLongMap();
    private final LongLongMap primaryAffiliations = new LongLongMap();
    private final LongLongMap primaryStarts = new LongLongMap();
    private final LongLongMap primarySources = new LongLongMap();
    private final LongLongMap projectAssignments = new LongLongMap();

    UnifiedState(boolean keepPlanned, Dialect dialect) {
        this.keepPlanned = keepPlanned;
        this.dialect = dialect;
    }

    /** Forgets the planned rows of a page whose rows the database now holds (real runs only). */
    void pageCommitted() {
        if (!keepPlanned) {
            companiesByKey.clear();
            companiesByOrigin.clear();
            globalRoles.clear();
            profiles.clear();
            primaryAffiliations.clear();
            primaryStarts.clear();
            primarySources.clear();
            projectAssignments.clear();
        }
    }

    // ---- companies by matching key

    Map<String, Long> companiesByKey(Connection connection, Collection<String> keys) throws SQLException {
        Map<String, Long> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        // Several companies may share a key (created by applications); the oldest one absorbs new rows. A company
        // merged into another stands for the survivor: a row with its key joins the survivor, never the tombstone.
        dialect.lookUpNameKeys(connection, () -> query(connection, "SELECT name_key,"
                + " MIN(COALESCE(merged_into_company_id, company_id)) FROM companies WHERE name_key IN "
                + Sql.in(keys.size()) + " GROUP BY name_key", keys, rs -> found.put(rs.getString(1), rs.getLong(2))));
        addPlanned(companiesByKey, keys, UnifiedState::hash, found);
        return found;
    }

    void plannedCompany(String key, long companyId) {
        companiesByKey.put(hash(key), companyId);
    }

    private static long hash(String key) {
        return Hashing.murmur3_128().hashString(key, StandardCharsets.UTF_8).asLong();
    }

    Map<Long, CompanyState> companies(Connection connection, Collection<Long> ids) throws SQLException {
        Map<Long, CompanyState> found = new HashMap<>();
        List<Long> stored = ids.stream().filter(id -> id > 0).distinct().toList();
        if (!stored.isEmpty()) {
            query(connection, "SELECT " + CompanyState.COLUMNS + " FROM companies WHERE company_id IN "
                    + Sql.in(stored.size()), stored, rs -> {
                        CompanyState c = CompanyState.read(rs);
                        found.put(c.id, c);
                    });
        }
        return found;
    }

    // ---- companies by the legacy row they came from

    Long plannedCompanyOf(LegacyTable table, long sourceId) {
        long planned = companiesByOrigin.get(originKey(table, sourceId));
        return planned == LongLongMap.MISSING ? null : planned;
    }

    void plannedOrigin(LegacyTable table, long sourceId, long companyId) {
        if (keepPlanned) {
            companiesByOrigin.put(originKey(table, sourceId), companyId);
        }
    }

    private static long originKey(LegacyTable table, long sourceId) {
        return sourceId * 8 + LegacyTable.companyTables().indexOf(table);
    }

    /** Returns, per company, the lead legacy row: the first in table order, then by id. */
    Map<Long, String> leadOrigins(Connection connection, Collection<Long> companyIds, boolean clientsOnly)
            throws SQLException {
        Map<Long, String> lead = new HashMap<>();
        Map<Long, long[]> best = new HashMap<>();
        List<Long> stored = companyIds.stream().filter(id -> id > 0).distinct().toList();
        if (stored.isEmpty()) {
            return lead;
        }
        query(connection, "SELECT company_id, source_table, source_id FROM company_origins WHERE company_id IN "
                + Sql.in(stored.size()) + (clientsOnly ? " AND source_table = '" + LegacyTable.CLIENTS.tableName() + "'"
                : ""), stored, rs -> {
                    long companyId = rs.getLong(1);
                    LegacyTable table = LegacyTable.byName(rs.getString(2)).orElseThrow();
                    long rank = LegacyTable.companyTables().indexOf(table);
                    long sourceId = rs.getLong(3);
                    long[] current = best.get(companyId);
                    if (current == null || rank < current[0] || rank == current[0] && sourceId < current[1]) {
                        best.put(companyId, new long[] {rank, sourceId});
                        lead.put(companyId, table.tableName() + ":" + sourceId);
                    }
                });
        return lead;
    }

    // ---- global role assignments and client profiles

    /** Returns, per company that holds the global role, the assignment's id. */
    Map<Long, Long> globalRoles(Connection connection, Collection<Long> companyIds, int roleId) throws SQLException {
        Map<Long, Long> found = new HashMap<>();
        List<Long> stored = companyIds.stream().filter(id -> id > 0).distinct().toList();
        if (!stored.isEmpty()) {
            List<Object> parameters = new ArrayList<>();
            parameters.add(roleId);
            parameters.addAll(stored);
            query(connection, "SELECT company_id, assignment_id FROM company_role_assignments WHERE role_id = ?"
                    + " AND context_type IS NULL AND company_id IN " + Sql.in(stored.size()), parameters,
                    rs -> found.put(rs.getLong(1), rs.getLong(2)));
        }
        for (Long companyId : companyIds) {
            long planned = globalRoles.get(companyId * 8 + roleId);
            if (planned != LongLongMap.MISSING) {
                found.putIfAbsent(companyId, planned);
            }
        }
        return found;
    }

    void plannedGlobalRole(long companyId, int roleId, long assignmentId) {
        globalRoles.put(companyId * 8 + roleId, assignmentId);
    }

    Set<Long> profiles(Connection connection, Collection<Long> companyIds) throws SQLException {
        Set<Long> found = new HashSet<>();
        List<Long> stored = companyIds.stream().filter(id -> id > 0).distinct().toList();
        if (!stored.isEmpty()) {
            query(connection, "SELECT company_id FROM client_profiles WHERE company_id IN " + Sql.in(stored.size()),
                    stored, rs -> found.add(rs.getLong(1)));
        }
        for (Long companyId : companyIds) {
            if (profiles.containsKey(companyId)) {
                found.add(companyId);
            }
        }
        return found;
    }

    void plannedProfile(long companyId) {
        profiles.put(companyId, 1);
    }

    // ---- current primary affiliations

    Map<Long, Primary> currentPrimaries(Connection connection, Collection<Long> personIds) throws SQLException {
        Map<Long, Primary> found = new HashMap<>();
        List<Long> ids = personIds.stream().distinct().toList();
        if (!ids.isEmpty()) {
            query(connection, "SELECT a.person_id, a.affiliation_id, a.start_date, o.source_id"
                    + " FROM person_company_affiliations a LEFT JOIN affiliation_origins o"
                    + " ON o.affiliation_id = a.affiliation_id"
                    + " WHERE a.is_primary = TRUE AND a.end_date IS NULL AND a.person_id IN " + Sql.in(ids.size()),
                    ids, rs -> {
                        long source = rs.getLong(4);
                        found.put(rs.getLong(1), new Primary(rs.getLong(2), rs.getObject(3, LocalDate.class),
                                rs.wasNull() ? Long.MAX_VALUE : source));
                    });
        }
        for (Long personId : ids) {
            long affiliation = primaryAffiliations.get(personId);
            if (affiliation == NO_PRIMARY) {
                found.remove(personId);
            } else if (affiliation != LongLongMap.MISSING) {
                long start = primaryStarts.get(personId);
                found.put(personId, new Primary(affiliation, start == LongLongMap.MISSING ? null
                        : LocalDate.ofEpochDay(start), primarySources.get(personId)));
            }
        }
        return found;
    }

    /** Records the person's current primary affiliation, or {@code null} for none. */
    void plannedPrimary(long personId, Primary primary) {
        if (primary == null) {
            primaryAffiliations.put(personId, NO_PRIMARY);
            return;
        }
        primaryAffiliations.put(personId, primary.affiliationId());
        primaryStarts.put(personId, primary.startDate() == null ? LongLongMap.MISSING
                : primary.startDate().toEpochDay());
        primarySources.put(personId, primary.sourceId());
    }

    // ---- project-scoped assignments

    /** Returns the planned project assignments among the given keys. */
    Map<ProjectKey, Long> plannedProjectAssignments(Collection<ProjectKey> keys) {
        Map<ProjectKey, Long> found = new HashMap<>();
        addPlanned(projectAssignments, keys, UnifiedState::hash, found);
        return found;
    }

    void plannedProjectAssignment(ProjectKey key, long assignmentId) {
        projectAssignments.put(hash(key), assignmentId);
    }

    private static long hash(ProjectKey key) {
        return Hashing.murmur3_128().newHasher().putLong(key.companyId()).putInt(key.roleId())
                .putLong(key.projectId()).hash().asLong();
    }

    // ----

    /** Adds the planned ids of the keys that {@code found} does not hold yet, looked up by the keys' hashes. */
    private static <K> void addPlanned(LongLongMap planned, Collection<K> keys, ToLongFunction<K> hash,
            Map<K, Long> found) {
        if (planned.size() == 0) {
            return;
        }
        for (K key : keys) {
            long id = planned.get(hash.applyAsLong(key));
            if (id != LongLongMap.MISSING) {
                found.putIfAbsent(key, id);
            }
        }
    }

    private interface RowHandler {
        void handle(ResultSet rs) throws SQLException;
    }

    private static void query(Connection connection, String sql, Collection<?> parameters, RowHandler handler)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            Sql.bind(statement, 1, parameters);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    handler.handle(rs);
                }
            }
        }
    }
}

package org.companyunification.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.companyunification.model.legacy.LegacyTable;
import org.companyunification.sync.Writes.Kind;

/**
 * The origin records of the legacy rows that unified-to-legacy dual-write created or changed, written last, once
 * every legacy row of the transaction is in place: each row is read back as a backfill reads it, and its
 * fingerprint is computed the way the backfill computes it, so that a later backfill finds the row mapped and
 * unchanged. New rows get an origin record naming the unified row they stand for, with no run; changed rows get
 * their fingerprint, and company rows their verbatim name, refreshed.
 */
final class ReverseOrigins {

    private final Connection connection;
    /** Legacy rows created, per table: legacy id to the company, assignment or affiliation id. */
    private final Map<LegacyTable, Map<Long, Long>> created = new EnumMap<>(LegacyTable.class);
    /** Legacy rows changed, per table. */
    private final Map<LegacyTable, Set<Long>> changed = new EnumMap<>(LegacyTable.class);
    /** Values of changed company rows that now agree with the company: dropped from their kept source values. */
    private final Map<LegacyTable, Map<Long, Set<String>>> agreeing = new EnumMap<>(LegacyTable.class);

    ReverseOrigins(Connection connection) {
        this.connection = connection;
    }

    void created(LegacyTable table, long legacyId, long unifiedId) {
        created.computeIfAbsent(table, t -> new LinkedHashMap<>()).put(legacyId, unifiedId);
    }

    boolean isCreated(LegacyTable table, long legacyId) {
        return created.getOrDefault(table, Map.of()).containsKey(legacyId);
    }

    void changed(LegacyTable table, Collection<Long> legacyIds, Collection<String> agreeingFields) {
        for (Long id : legacyIds) {
            if (!isCreated(table, id)) {
                changed.computeIfAbsent(table, t -> new LinkedHashSet<>()).add(id);
                agreeing.computeIfAbsent(table, t -> new HashMap<>()).computeIfAbsent(id, i -> new LinkedHashSet<>())
                        .addAll(agreeingFields);
            }
        }
    }

    void deleted(LegacyTable table, Collection<Long> legacyIds) {
        legacyIds.forEach(created.getOrDefault(table, new HashMap<>())::remove);
        changed.getOrDefault(table, new LinkedHashSet<>()).removeAll(legacyIds);
    }

    /** Writes the origin records of every row created or changed. */
    void write() throws SQLException {
        Set<LegacyTable> tables = new LinkedHashSet<>(created.keySet());
        tables.addAll(changed.keySet());
        try (Writes out = new Writes(connection, false, false)) {
            for (LegacyTable table : tables) {
                write(table, created.getOrDefault(table, Map.of()), changed.getOrDefault(table, Set.of()), out);
            }
            out.flush();
        }
    }

    private void write(LegacyTable table, Map<Long, Long> fresh, Set<Long> edited, Writes out) throws SQLException {
        Set<Long> ids = new LinkedHashSet<>(fresh.keySet());
        ids.addAll(edited);
        if (ids.isEmpty()) {
            return;
        }
        Map<Long, Long> hashes = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        CompanyRowReader companyReader = table.kind() == LegacyTable.Kind.COMPANY ? new CompanyRowReader(table) : null;
        ReverseQueries.forEachIn(connection, "SELECT " + String.join(", ", table.columnNames()) + " FROM "
                + table.tableName() + " WHERE " + table.idColumn(), ids, "", List.of(), rs -> {
                    long id = rs.getLong(table.idColumn());
                    switch (table.kind()) {
                        case COMPANY -> {
                            CompanyDraft draft = LegacyCompanyMapper.INSTANCE.fromRow(companyReader.read(rs));
                            hashes.put(id, Fingerprint.of(draft));
                            names.put(id, draft.sourceName());
                        }
                        case PROJECT_RELATIONSHIP -> hashes.put(id, Fingerprint.of(LegacyRelationshipMapper.INSTANCE
                                .fromProjectRelationship(ProjectRelationshipRow.read(table, rs))));
                        case PERSONNEL_RELATIONSHIP -> hashes.put(id, Fingerprint.of(LegacyRelationshipMapper.INSTANCE
                                .fromPersonnelRelationship(PersonnelRelationshipRow.read(rs))));
                        default -> throw new IllegalStateException("no origin records for " + table.tableName());
                    }
                });
        switch (table.kind()) {
            case COMPANY -> writeCompanyOrigins(table, fresh, edited, hashes, names, out);
            case PROJECT_RELATIONSHIP -> {
                for (Map.Entry<Long, Long> row : fresh.entrySet()) {
                    out.add(Kind.ASSIGNMENT_ORIGIN_INSERT, table.tableName(), row.getKey(), row.getValue(),
                            hashes.get(row.getKey()), null, null);
                }
                for (Long id : edited) {
                    out.add(Kind.ASSIGNMENT_ORIGIN_HASH_UPDATE, hashes.get(id), null, table.tableName(), id);
                }
            }
            default -> {
                for (Map.Entry<Long, Long> row : fresh.entrySet()) {
                    out.add(Kind.AFFILIATION_ORIGIN_INSERT, table.tableName(), row.getKey(), row.getValue(),
                            hashes.get(row.getKey()), null, null);
                }
                for (Long id : edited) {
                    out.add(Kind.AFFILIATION_ORIGIN_UPDATE, hashes.get(id), null, id);
                }
            }
        }
    }

    private void writeCompanyOrigins(LegacyTable table, Map<Long, Long> fresh, Set<Long> edited,
            Map<Long, Long> hashes, Map<Long, String> names, Writes out) throws SQLException {
        for (Map.Entry<Long, Long> row : fresh.entrySet()) {
            out.add(Kind.ORIGIN_INSERT, table.tableName(), row.getKey(), row.getValue(), names.get(row.getKey()),
                    hashes.get(row.getKey()), null, null, null);
        }
        if (edited.isEmpty()) {
            return;
        }
        Map<Long, String> kept = new HashMap<>();
        ReverseQueries.forEachIn(connection, "SELECT source_id, source_values FROM company_origins"
                + " WHERE source_table = ? AND source_id", edited, "", List.of(table.tableName()),
                rs -> kept.put(rs.getLong(1), rs.getString(2)));
        Map<Long, Set<String>> agree = agreeing.getOrDefault(table, Map.of());
        for (Long id : edited) {
            if (kept.containsKey(id)) {
                out.add(Kind.ORIGIN_UPDATE, names.get(id), hashes.get(id), null,
                        SourceValues.without(kept.get(id), agree.getOrDefault(id, Set.of())), table.tableName(), id);
            }
        }
    }
}

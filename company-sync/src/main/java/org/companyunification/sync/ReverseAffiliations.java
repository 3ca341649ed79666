package org.companyunification.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.companyunification.model.legacy.LegacyTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes person affiliations to {@code personnel_entity_relationships}: a new affiliation gets a row naming the
 * company's first legacy row; a changed one has its rows (found through {@code affiliation_origins}) updated.
 */
final class ReverseAffiliations {

    /** An affiliation as the transaction leaves it. */
    record Affiliation(long id, long personId, long companyId, String title, boolean primary, LocalDate startDate,
            LocalDate endDate, String notes, LocalDateTime createdAt) {}

    private static final Logger LOG = LoggerFactory.getLogger(ReverseAffiliations.class);
    private static final LegacyTable TABLE = LegacyTable.PERSONNEL_ENTITY_RELATIONSHIPS;

    private final Connection connection;
    private final ReverseCompanies companies;
    private final LegacyInserts inserts;
    private final ReverseOrigins origins;

    ReverseAffiliations(Connection connection, ReverseCompanies companies, LegacyInserts inserts,
            ReverseOrigins origins) {
        this.connection = connection;
        this.companies = companies;
        this.inserts = inserts;
        this.origins = origins;
    }

    /** Reads affiliations by id, in id order; those deleted since are left out. */
    static List<Affiliation> read(Connection connection, Collection<Long> ids) throws SQLException {
        List<Affiliation> found = new ArrayList<>();
        ReverseQueries.forEachIn(connection, "SELECT affiliation_id, person_id, company_id, title, is_primary,"
                + " start_date, end_date, notes, created_at FROM person_company_affiliations WHERE affiliation_id",
                ids, " ORDER BY affiliation_id", List.of(), rs -> found.add(new Affiliation(rs.getLong(1),
                        rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getBoolean(5),
                        rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class), rs.getString(8),
                        rs.getObject(9, LocalDateTime.class))));
        return found;
    }

    void add(List<Affiliation> added) throws SQLException {
        List<Map<String, Object>> values = new ArrayList<>();
        List<Affiliation> written = new ArrayList<>();
        for (Affiliation affiliation : added) {
            Optional<Map.Entry<LegacyTable, Long>> entity = companies.firstRow(affiliation.companyId());
            if (entity.isEmpty()) {
                LOG.warn("Company {} has no legacy row (it holds no role), so affiliation {} of person {} is not"
                        + " written to {}", companies.describe(affiliation.companyId()), affiliation.id(),
                        affiliation.personId(), TABLE.tableName());
                continue;
            }
            Map<String, Object> row = new HashMap<>();
            row.put("personnel_id", affiliation.personId());
            row.put("entity_type", entity.get().getKey().entityType().orElseThrow());
            row.put("entity_id", entity.get().getValue());
            row.put("role_title", affiliation.title());
            row.put("is_primary", affiliation.primary());
            row.put("start_date", affiliation.startDate());
            row.put("end_date", affiliation.endDate());
            row.put("notes", affiliation.notes());
            row.put("created_at", affiliation.createdAt());
            values.add(row);
            written.add(affiliation);
        }
        List<Long> ids = inserts.insert(TABLE, values);
        for (int i = 0; i < ids.size(); i++) {
            origins.created(TABLE, ids.get(i), written.get(i).id());
        }
    }

    void update(Set<Long> edited) throws SQLException {
        if (edited.isEmpty()) {
            return;
        }
        Map<Long, Affiliation> current = new HashMap<>();
        read(connection, edited).forEach(a -> current.put(a.id(), a));
        Map<Long, Long> legacyIds = new LinkedHashMap<>();
        ReverseQueries.forEachIn(connection, "SELECT source_id, affiliation_id FROM affiliation_origins"
                + " WHERE affiliation_id", current.keySet(), "", List.of(),
                rs -> legacyIds.put(rs.getLong(1), rs.getLong(2)));
        if (legacyIds.isEmpty()) {
            return;
        }
        try (BatchStatement update = new BatchStatement(connection, "UPDATE " + TABLE.tableName()
                + " SET personnel_id = ?, role_title = ?, is_primary = ?, start_date = ?, end_date = ?, notes = ?"
                + " WHERE " + TABLE.idColumn() + " = ?")) {
            for (Map.Entry<Long, Long> row : legacyIds.entrySet()) {
                Affiliation affiliation = current.get(row.getValue());
                update.add(affiliation.personId(), affiliation.title(), affiliation.primary(),
                        affiliation.startDate(), affiliation.endDate(), affiliation.notes(), row.getKey());
            }
            update.execute();
        }
        origins.changed(TABLE, legacyIds.keySet(), List.of());
    }
}

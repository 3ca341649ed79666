package org.companyunification.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.companyunification.model.legacy.LegacyTable;

/**
 * The companies one transaction's unified changes involve, as the transaction leaves them: their values, their
 * client profiles and their legacy rows, read once by {@link #load} and kept up to date as {@link
 * ReverseSyncWriter} creates and deletes legacy rows.
 *
 * <p>A company that may get a legacy row is locked first ({@code SELECT ... FOR UPDATE} on its {@code companies}
 * row, in id order) and its legacy rows are read after that, so that on H2 and PostgreSQL (read committed) two
 * transactions never both create a row of the same table for the same company. MariaDB's default isolation
 * (repeatable read) reads the origin records as they were when the transaction first read anything; a locking
 * read would see later ones but also lock the gaps of their index, which deadlocks concurrent inserts of origin
 * records. So on MariaDB two transactions that both give one company its first row of a table at the same moment
 * may both create one: two rows of one organisation, both mapped to it, as legacy data has them.
 */
final class ReverseCompanies {

    /** Stands for the name column of the company tables among the columns of a company. */
    static final String NAME = "name";

    /** The other columns the unified {@code companies} table shares with legacy company tables. */
    static final List<String> COLUMNS = List.of("company_type", "website", "country", "contact_email",
            "contact_phone", "reactor_type", "sector", "notes");

    /** The CRM columns of {@code clients}, named as in {@code client_profiles}. */
    static final List<String> CRM_COLUMNS = LegacyTable.CLIENTS.crmColumns().stream()
            .map(LegacyTable.Column::name).toList();

    /** Per company: its values by legacy column name ({@link #NAME} for the name). */
    private final Map<Long, Map<String, Object>> values = new HashMap<>();
    /** Per company with a client profile: the CRM values by legacy column name. */
    private final Map<Long, Map<String, Object>> profiles = new HashMap<>();
    /** Per company: its legacy rows by table, ids ascending. */
    private final Map<Long, Map<LegacyTable, TreeSet<Long>>> rows = new HashMap<>();

    /** Locks the companies that may get new legacy rows, then reads every involved company, profile and row. */
    void load(Connection connection, Set<Long> locked, Set<Long> involved) throws SQLException {
        String companySql = "SELECT company_id, company_name, " + String.join(", ", COLUMNS)
                + " FROM companies WHERE company_id";
        ReverseQueries.RowHandler company = rs -> {
            Map<String, Object> row = new HashMap<>();
            row.put(NAME, rs.getString("company_name"));
            for (String column : COLUMNS) {
                row.put(column, rs.getString(column));
            }
            values.put(rs.getLong("company_id"), row);
        };
        ReverseQueries.forEachIn(connection, companySql, locked, " ORDER BY company_id FOR UPDATE", List.of(),
                company);
        Set<Long> rest = new TreeSet<>(involved);
        rest.removeAll(locked);
        ReverseQueries.forEachIn(connection, companySql, rest, "", List.of(), company);
        ReverseQueries.forEachIn(connection, "SELECT company_id, " + String.join(", ", CRM_COLUMNS)
                + " FROM client_profiles WHERE company_id", involved, "", List.of(), rs -> {
                    Map<String, Object> profile = new HashMap<>();
                    for (String column : CRM_COLUMNS) {
                        profile.put(column, rs.getObject(column));
                    }
                    profiles.put(rs.getLong("company_id"), profile);
                });
        ReverseQueries.forEachIn(connection, "SELECT company_id, source_table, source_id FROM company_origins"
                + " WHERE company_id", involved, "", List.of(), rs -> rowsOf(rs.getLong(1),
                        LegacyTable.byName(rs.getString(2)).orElseThrow()).add(rs.getLong(3)));
    }

    /** Tells whether the company still exists. */
    boolean exists(long companyId) {
        return values.containsKey(companyId);
    }

    /** Returns the company's value of a column ({@link #NAME} or one of {@link #COLUMNS}). */
    Object value(long companyId, String column) {
        return values.get(companyId).get(column);
    }

    /** Returns the company's client profile values by CRM column, or empty when it has no profile. */
    Optional<Map<String, Object>> profile(long companyId) {
        return Optional.ofNullable(profiles.get(companyId));
    }

    /** Returns the company's legacy rows of a table, ids ascending; changes to the set are kept. */
    TreeSet<Long> rowsOf(long companyId, LegacyTable table) {
        return rows.computeIfAbsent(companyId, id -> new EnumMap<>(LegacyTable.class))
                .computeIfAbsent(table, t -> new TreeSet<>());
    }

    /** Returns the company's first legacy row: of the first table in catalogue order, the lowest id. */
    Optional<Map.Entry<LegacyTable, Long>> firstRow(long companyId) {
        for (Map.Entry<LegacyTable, TreeSet<Long>> table : rows.getOrDefault(companyId, Map.of()).entrySet()) {
            if (!table.getValue().isEmpty()) {
                return Optional.of(Map.entry(table.getKey(), table.getValue().first()));
            }
        }
        return Optional.empty();
    }

    /** Returns the company's legacy rows by table, in catalogue order. */
    Map<LegacyTable, TreeSet<Long>> rowsOf(long companyId) {
        return rows.getOrDefault(companyId, Map.of());
    }

    /** The values of a new legacy row of a company table: the company's, and its client profile's. */
    Map<String, Object> newRow(LegacyTable table, long companyId, LocalDateTime createdAt) {
        Map<String, Object> row = new HashMap<>(values.get(companyId));
        row.remove(NAME);
        row.put(table.nameColumn(), value(companyId, NAME));
        if (table == LegacyTable.CLIENTS) {
            row.putAll(profiles.getOrDefault(companyId, Map.of()));
        }
        row.put("created_at", createdAt);
        return row;
    }

    /** Names the company for messages: its name and id. */
    String describe(long companyId) {
        return exists(companyId) ? "'" + value(companyId, NAME) + "' (id " + companyId + ")" : "(id " + companyId + ")";
    }
}

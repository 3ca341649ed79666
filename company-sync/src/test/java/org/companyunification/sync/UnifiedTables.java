package org.companyunification.sync;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** Reads the unified tables back for comparisons: verbatim, or by natural keys that do not depend on ids. */
final class UnifiedTables {

    static final List<String> UNIFIED = List.of("companies", "company_role_assignments", "client_profiles",
            "person_company_affiliations", "internal_external_links", "company_origins", "assignment_origins",
            "affiliation_origins");

    static final List<String> BOOKKEEPING = List.of("backfill_runs", "backfill_positions", "backfill_issues");

    static final List<String> LEGACY = List.of("projects", "personnel", "technology_vendors", "owners_developers",
            "operators", "constructors", "offtakers", "clients", "project_vendor_relationships",
            "project_owner_relationships", "project_operator_relationships", "project_constructor_relationships",
            "project_offtaker_relationships", "personnel_entity_relationships");

    private static final Map<String, String> LOGICAL = new LinkedHashMap<>();

    static {
        LOGICAL.put("companies", "SELECT name_key, company_name, company_type, website, country, contact_email,"
                + " contact_phone, reactor_type, sector, notes FROM companies ORDER BY name_key, company_name");
        LOGICAL.put("company_origins", "SELECT o.source_table, o.source_id, c.name_key, o.source_name, o.source_hash,"
                + " o.source_values FROM company_origins o JOIN companies c ON c.company_id = o.company_id"
                + " ORDER BY o.source_table, o.source_id");
        LOGICAL.put("company_role_assignments", "SELECT c.name_key, a.role_id, a.context_type, a.context_id,"
                + " a.is_primary, a.notes FROM company_role_assignments a JOIN companies c ON c.company_id ="
                + " a.company_id ORDER BY c.name_key, a.role_id, a.context_id");
        LOGICAL.put("assignment_origins", "SELECT o.source_table, o.source_id, c.name_key, a.role_id, a.context_id,"
                + " o.source_hash FROM assignment_origins o JOIN company_role_assignments a ON a.assignment_id ="
                + " o.assignment_id JOIN companies c ON c.company_id = a.company_id ORDER BY o.source_table,"
                + " o.source_id");
        LOGICAL.put("client_profiles", "SELECT c.name_key, p.relationship_strength, p.client_priority,"
                + " p.relationship_notes, p.last_contact_date, p.next_contact_date FROM client_profiles p"
                + " JOIN companies c ON c.company_id = p.company_id ORDER BY c.name_key");
        LOGICAL.put("person_company_affiliations", "SELECT o.source_id, a.person_id, c.name_key, a.title,"
                + " a.is_primary, a.start_date, a.end_date, a.notes FROM affiliation_origins o JOIN"
                + " person_company_affiliations a ON a.affiliation_id = o.affiliation_id JOIN companies c"
                + " ON c.company_id = a.company_id ORDER BY o.source_id");
    }

    private UnifiedTables() {}

    /** Every row of the given tables, verbatim, ordered by all columns. */
    static Map<String, List<String>> dump(DataSource dataSource, List<String> tables) throws SQLException {
        Map<String, List<String>> dump = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            for (String table : tables) {
                dump.put(table, rows(connection, "SELECT * FROM " + table + " ORDER BY 1, 2"));
            }
        }
        return dump;
    }

    /**
     * Every row of the given tables, as {@link #dump}, without the origin records' digests: a run stores the
     * digest of a row another writer recorded without one, which is bookkeeping, not a change of data.
     */
    static Map<String, List<String>> dumpData(DataSource dataSource, List<String> tables) throws SQLException {
        Map<String, List<String>> dump = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            for (String table : tables) {
                dump.put(table, rows(connection, "SELECT * FROM " + table + " ORDER BY 1, 2", "source_digest"));
            }
        }
        return dump;
    }

    /** The unified tables by natural keys: equal for two databases that hold the same data under other ids. */
    static Map<String, List<String>> logical(DataSource dataSource) throws SQLException {
        Map<String, List<String>> dump = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            for (Map.Entry<String, String> query : LOGICAL.entrySet()) {
                dump.put(query.getKey(), rows(connection, query.getValue()));
            }
        }
        return dump;
    }

    static long count(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static List<String> rows(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return rows(connection, sql);
        }
    }

    private static List<String> rows(Connection connection, String sql) throws SQLException {
        return rows(connection, sql, null);
    }

    private static List<String> rows(Connection connection, String sql, String leftOut) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    if (meta.getColumnName(i).equalsIgnoreCase(String.valueOf(leftOut))) {
                        continue;
                    }
                    Object value = rs.getObject(i);
                    row.append(i > 1 ? " | " : "").append(value instanceof Boolean b ? (b ? "1" : "0") : value);
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}

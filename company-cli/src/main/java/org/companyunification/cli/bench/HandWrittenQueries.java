package org.companyunification.cli.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.companyunification.model.schema.DatabaseVendor;

/**
 * The queries {@link QueryBenchmark} times through {@code CompanyQuery}, written by hand in plain JDBC: one
 * connection from the pool and one transaction per call, committed at the end, as {@code CompanyQuery} reads,
 * prepared statements, and the same columns read into simple records. (H2 hands a statement run again over
 * unchanged tables its previous result without reading, which no page asking of changing data gets; the
 * benchmark's own H2 database turns that off.) The three documented queries are the design document's SQL, with
 * {@code string_agg} in place of {@code GROUP_CONCAT} on PostgreSQL, and with the order {@code CompanyQuery}
 * promises its callers where the design document's SQL leaves the order to the database (the vendors and the
 * companies of a project, by name key, then id, then role), so that both sides return the same list; the name
 * search leaves tombstones out as {@code CompanyQuery} does.
 */
final class HandWrittenQueries {

    static final String VENDORS = """
            SELECT c.* FROM companies c
            JOIN company_role_assignments cra ON c.company_id = cra.company_id
            JOIN company_roles cr ON cra.role_id = cr.role_id
            WHERE cr.role_code = 'vendor' AND cra.context_type IS NULL
            ORDER BY c.name_key, c.company_id""";

    static final String PROJECT_COMPANIES = """
            SELECT c.*, cr.role_label FROM companies c
            JOIN company_role_assignments cra ON c.company_id = cra.company_id
            JOIN company_roles cr ON cra.role_id = cr.role_id
            WHERE cra.context_type = 'Project' AND cra.context_id = ?
            ORDER BY c.name_key, c.company_id, cra.role_id""";

    static final String GLOBAL_ROLES = """
            SELECT c.company_id, c.company_name, GROUP_CONCAT(cr.role_label) as roles
            FROM companies c
            LEFT JOIN company_role_assignments cra ON c.company_id = cra.company_id
            LEFT JOIN company_roles cr ON cra.role_id = cr.role_id
            WHERE cra.context_type IS NULL
            GROUP BY c.company_id""";

    /**
     * Leaves the tombstones of merged companies out of the name search, in the form {@code CompanyQuery} uses
     * (true exactly when {@code merged_into_company_id IS NULL}; see its {@code Tombstones}).
     */
    private static final String LIVE = "COALESCE(c.merged_into_company_id, c.company_id) = c.company_id";

    private static final String NAME_PAGE = "SELECT c.company_id, c.company_name, c.company_type, c.country,"
            + " c.website, cp.company_id AS client FROM companies c"
            + " LEFT JOIN client_profiles cp ON cp.company_id = c.company_id"
            + " WHERE c.name_key LIKE ? ESCAPE '!' AND " + LIVE + " ORDER BY c.name_key, c.company_id LIMIT 50";

    private static final String NAME_COUNT = "SELECT COUNT(*) FROM companies c WHERE c.name_key LIKE ? ESCAPE '!'"
            + " AND " + LIVE;

    private static final String DETAIL = "SELECT c.company_id, c.company_name, c.company_type, c.country,"
            + " c.website, c.contact_email, c.contact_phone, c.notes, cp.company_id AS client,"
            + " cp.relationship_strength, cp.client_priority, cp.relationship_notes, cp.last_contact_date,"
            + " cp.next_contact_date FROM companies c LEFT JOIN client_profiles cp ON cp.company_id = c.company_id"
            + " WHERE c.company_id = COALESCE((SELECT t.merged_into_company_id FROM companies t"
            + " WHERE t.company_id = ?), ?)";

    private static final String DETAIL_ROLES = "SELECT cr.role_code, cra.context_id, p.project_name,"
            + " cra.is_primary, cra.notes FROM company_role_assignments cra"
            + " JOIN company_roles cr ON cr.role_id = cra.role_id LEFT JOIN projects p ON p.project_id = cra.context_id"
            + " WHERE cra.company_id = ? ORDER BY cra.context_id, cr.role_code";

    private static final String DETAIL_PEOPLE = "SELECT pca.affiliation_id, p.personnel_id, p.full_name, p.email,"
            + " pca.title, pca.is_primary, pca.start_date, pca.end_date FROM person_company_affiliations pca"
            + " JOIN personnel p ON p.personnel_id = pca.person_id WHERE pca.company_id = ?"
            + " ORDER BY CASE WHEN pca.end_date IS NULL THEN 0 ELSE 1 END, pca.is_primary DESC, p.full_name,"
            + " pca.affiliation_id";

    private static final String DETAIL_LINKS = "SELECT l.link_id, f.company_id, f.company_name, t.company_id,"
            + " t.company_name, l.link_type, l.notes FROM internal_external_links l"
            + " JOIN companies f ON f.company_id = l.company_id JOIN companies t ON t.company_id = l.related_company_id"
            + " WHERE l.link_id IN (SELECT link_id FROM internal_external_links WHERE company_id = ?"
            + " UNION ALL SELECT link_id FROM internal_external_links WHERE related_company_id = ?) ORDER BY l.link_id";

    private static final String DETAIL_ORIGINS = "SELECT source_table, source_id, source_name FROM company_origins"
            + " WHERE company_id = ? ORDER BY source_table, source_id";

    private final DataSource dataSource;
    private final String globalRoles;

    HandWrittenQueries(DataSource dataSource, DatabaseVendor vendor) {
        this.dataSource = dataSource;
        this.globalRoles = vendor == DatabaseVendor.POSTGRESQL
                ? GLOBAL_ROLES.replace("GROUP_CONCAT(cr.role_label)", "string_agg(cr.role_label, ',')")
                : GLOBAL_ROLES;
    }

    /** A company's summary columns. */
    record CompanyRow(long id, String name, String type, String country, String website) {}

    /** A company with a role label. */
    record LabelledCompany(CompanyRow company, String roleLabel) {}

    /** A company with its global role labels, comma-separated. */
    record CompanyLabels(long id, String name, String roles) {}

    /** A company of a page, with its global role codes and whether it is a client. */
    record ListedCompany(CompanyRow company, List<String> roles, boolean client) {}

    /** A page of companies and how many match. */
    record CompanyPage(List<ListedCompany> items, long total) {}

    /** A role assignment of a company: global when the project is {@code null}. */
    record RoleRow(String role, Long projectId, String projectName, boolean primary, String notes) {}

    /** A person affiliated with a company. */
    record PersonRow(long id, long personId, String name, String email, String title, boolean primary,
            LocalDate start, LocalDate end) {}

    /** A link between two companies. */
    record LinkRow(long id, long fromId, String fromName, long toId, String toName, String type, String notes) {}

    /** A legacy row a company came from. */
    record OriginRow(String table, long id, String name) {}

    /** The detail of a company. */
    record Detail(CompanyRow company, String email, String phone, String notes, boolean client, String strength,
            String priority, String relationshipNotes, LocalDate lastContact, LocalDate nextContact,
            List<RoleRow> roles, List<PersonRow> people, List<LinkRow> links, List<OriginRow> origins) {}

    List<CompanyRow> vendors() throws SQLException {
        try (ReadTransaction transaction = ReadTransaction.begin(dataSource);
                PreparedStatement statement = transaction.connection().prepareStatement(VENDORS);
                ResultSet rs = statement.executeQuery()) {
            List<CompanyRow> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(company(rs));
            }
            return rows;
        }
    }

    List<LabelledCompany> companiesOfProject(long projectId) throws SQLException {
        try (ReadTransaction transaction = ReadTransaction.begin(dataSource);
                PreparedStatement statement = transaction.connection().prepareStatement(PROJECT_COMPANIES)) {
            statement.setLong(1, projectId);
            try (ResultSet rs = statement.executeQuery()) {
                List<LabelledCompany> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(new LabelledCompany(company(rs), rs.getString("role_label")));
                }
                return rows;
            }
        }
    }

    List<CompanyLabels> companiesWithGlobalRoles() throws SQLException {
        try (ReadTransaction transaction = ReadTransaction.begin(dataSource);
                PreparedStatement statement = transaction.connection().prepareStatement(globalRoles);
                ResultSet rs = statement.executeQuery()) {
            List<CompanyLabels> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(new CompanyLabels(rs.getLong(1), rs.getString(2), rs.getString(3)));
            }
            return rows;
        }
    }

    /**
     * The first 50 companies whose name key contains the pattern, by name key and id, with the count of all that
     * match and the global roles of those on the page: three statements, as {@code CompanyQuery} sends.
     */
    CompanyPage nameSearch(String pattern) throws SQLException {
        try (ReadTransaction transaction = ReadTransaction.begin(dataSource)) {
            Connection connection = transaction.connection();
            List<CompanyRow> companies = new ArrayList<>();
            List<Boolean> clients = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(NAME_PAGE)) {
                statement.setString(1, pattern);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        companies.add(company(rs));
                        rs.getLong("client");
                        clients.add(!rs.wasNull());
                    }
                }
            }
            long total;
            try (PreparedStatement statement = connection.prepareStatement(NAME_COUNT)) {
                statement.setString(1, pattern);
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            Map<Long, List<String>> roles = new HashMap<>();
            if (!companies.isEmpty()) {
                String in = companies.stream().map(c -> "?").collect(Collectors.joining(", "));
                try (PreparedStatement statement = connection.prepareStatement("SELECT cra.company_id,"
                        + " cr.role_code FROM company_role_assignments cra JOIN company_roles cr"
                        + " ON cr.role_id = cra.role_id WHERE cra.company_id IN (" + in + ")"
                        + " AND cra.context_type IS NULL")) {
                    for (int i = 0; i < companies.size(); i++) {
                        statement.setLong(i + 1, companies.get(i).id());
                    }
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            roles.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
                        }
                    }
                }
            }
            List<ListedCompany> items = new ArrayList<>();
            for (int i = 0; i < companies.size(); i++) {
                CompanyRow company = companies.get(i);
                items.add(new ListedCompany(company, roles.getOrDefault(company.id(), List.of()), clients.get(i)));
            }
            return new CompanyPage(items, total);
        }
    }

    /**
     * The detail of a company: five statements, as {@code CompanyQuery} sends, with a tombstone's id answered by
     * its survivor and the links of both ends found through their two indexes, as it does.
     */
    Optional<Detail> detail(long companyId) throws SQLException {
        try (ReadTransaction transaction = ReadTransaction.begin(dataSource)) {
            Connection connection = transaction.connection();
            Detail detail;
            try (PreparedStatement statement = connection.prepareStatement(DETAIL)) {
                statement.setLong(1, companyId);
                statement.setLong(2, companyId);
                try (ResultSet rs = statement.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    CompanyRow company = company(rs);
                    rs.getLong("client");
                    boolean client = !rs.wasNull();
                    detail = new Detail(company, rs.getString("contact_email"), rs.getString("contact_phone"),
                            rs.getString("notes"), client, rs.getString("relationship_strength"),
                            rs.getString("client_priority"), rs.getString("relationship_notes"),
                            rs.getObject("last_contact_date", LocalDate.class),
                            rs.getObject("next_contact_date", LocalDate.class), new ArrayList<>(), new ArrayList<>(),
                            new ArrayList<>(), new ArrayList<>());
                }
            }
            try (PreparedStatement statement = connection.prepareStatement(DETAIL_ROLES)) {
                statement.setLong(1, detail.company().id());
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        long project = rs.getLong(2);
                        Long projectId = rs.wasNull() ? null : project;
                        detail.roles().add(new RoleRow(rs.getString(1), projectId, rs.getString(3), rs.getBoolean(4),
                                rs.getString(5)));
                    }
                }
            }
            try (PreparedStatement statement = connection.prepareStatement(DETAIL_PEOPLE)) {
                statement.setLong(1, detail.company().id());
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        detail.people().add(new PersonRow(rs.getLong(1), rs.getLong(2), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getBoolean(6),
                                rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class)));
                    }
                }
            }
            try (PreparedStatement statement = connection.prepareStatement(DETAIL_LINKS)) {
                statement.setLong(1, detail.company().id());
                statement.setLong(2, detail.company().id());
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        detail.links().add(new LinkRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
                                rs.getString(5), rs.getString(6), rs.getString(7)));
                    }
                }
            }
            try (PreparedStatement statement = connection.prepareStatement(DETAIL_ORIGINS)) {
                statement.setLong(1, detail.company().id());
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        detail.origins().add(new OriginRow(rs.getString(1), rs.getLong(2), rs.getString(3)));
                    }
                }
            }
            return Optional.of(detail);
        }
    }

    private static CompanyRow company(ResultSet rs) throws SQLException {
        return new CompanyRow(rs.getLong("company_id"), rs.getString("company_name"), rs.getString("company_type"),
                rs.getString("country"), rs.getString("website"));
    }

    /**
     * A connection in a transaction that is committed when closed: the reads of one call. It only reads, and it
     * ends as CompanyQuery's read-only transactions do: a rollback would make H2 drop the statements it has parsed.
     */
    private static final class ReadTransaction implements AutoCloseable {

        private final Connection connection;

        private ReadTransaction(Connection connection) {
            this.connection = connection;
        }

        static ReadTransaction begin(DataSource dataSource) throws SQLException {
            Connection connection = dataSource.getConnection();
            try {
                connection.setAutoCommit(false);
                return new ReadTransaction(connection);
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
        }

        Connection connection() {
            return connection;
        }

        @Override
        public void close() throws SQLException {
            try (connection) {
                connection.commit();
                connection.setAutoCommit(true);
            }
        }
    }
}

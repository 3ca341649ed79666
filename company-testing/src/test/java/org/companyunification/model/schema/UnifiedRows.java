package org.companyunification.model.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Inserts rows into the unified tables with plain JDBC, one auto-committed statement a row, so that a test sees
 * exactly which insert the database refused. Only the columns a test needs are written; the others take their
 * defaults.
 */
final class UnifiedRows {

    static final int VENDOR = 1;
    static final int DEVELOPER = 2;
    static final int OPERATOR = 3;
    static final int CONSTRUCTOR = 4;
    static final int OFFTAKER = 5;
    static final int CLIENT = 6;

    private final DataSource dataSource;

    UnifiedRows(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    UnifiedRows project(long id, String name) throws SQLException {
        return insert("INSERT INTO projects (project_id, project_name) VALUES (?, ?)", id, name);
    }

    UnifiedRows person(long id, String fullName) throws SQLException {
        return insert("INSERT INTO personnel (personnel_id, full_name) VALUES (?, ?)", id, fullName);
    }

    UnifiedRows company(long id, String name) throws SQLException {
        return company(id, name, null, LocalDateTime.of(2024, 1, 1, 12, 0));
    }

    UnifiedRows company(long id, String name, String country, LocalDateTime createdAt) throws SQLException {
        return insert("INSERT INTO companies (company_id, company_name, name_key, country, created_at)"
                + " VALUES (?, ?, ?, ?, ?)", id, name, name.toLowerCase(Locale.ROOT), country, createdAt);
    }

    UnifiedRows globalRole(long id, long companyId, int roleId) throws SQLException {
        return assignment(id, companyId, roleId, null, null);
    }

    UnifiedRows projectRole(long id, long companyId, int roleId, long projectId) throws SQLException {
        return assignment(id, companyId, roleId, "Project", projectId);
    }

    UnifiedRows assignment(long id, long companyId, int roleId, String contextType, Long contextId)
            throws SQLException {
        return insert("INSERT INTO company_role_assignments (assignment_id, company_id, role_id, context_type,"
                + " context_id, is_primary) VALUES (?, ?, ?, ?, ?, ?)",
                id, companyId, roleId, nullable(contextType, Types.VARCHAR), nullable(contextId, Types.BIGINT), false);
    }

    UnifiedRows affiliation(long id, long personId, long companyId, boolean primary, LocalDate start, LocalDate end)
            throws SQLException {
        return insert("INSERT INTO person_company_affiliations (affiliation_id, person_id, company_id, is_primary,"
                + " start_date, end_date) VALUES (?, ?, ?, ?, ?, ?)",
                id, personId, companyId, primary, nullable(start, Types.DATE), nullable(end, Types.DATE));
    }

    UnifiedRows link(long id, long companyId, long relatedCompanyId, String linkType) throws SQLException {
        return insert("INSERT INTO internal_external_links (link_id, company_id, related_company_id, link_type)"
                + " VALUES (?, ?, ?, ?)", id, companyId, relatedCompanyId, linkType);
    }

    UnifiedRows clientProfile(long companyId, String relationshipStrength, String clientPriority)
            throws SQLException {
        return insert("INSERT INTO client_profiles (company_id, relationship_strength, client_priority)"
                + " VALUES (?, ?, ?)", companyId, nullable(relationshipStrength, Types.VARCHAR),
                nullable(clientPriority, Types.VARCHAR));
    }

    UnifiedRows origin(String sourceTable, long sourceId, long companyId) throws SQLException {
        return insert("INSERT INTO company_origins (source_table, source_id, company_id, source_hash)"
                + " VALUES (?, ?, ?, ?)", sourceTable, sourceId, companyId, 0L);
    }

    long count(String table) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet resultSet = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            resultSet.next();
            return resultSet.getLong(1);
        }
    }

    private UnifiedRows insert(String sql, Object... values) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] instanceof Null typedNull) {
                    statement.setNull(i + 1, typedNull.sqlType());
                } else {
                    statement.setObject(i + 1, values[i]);
                }
            }
            statement.executeUpdate();
        }
        return this;
    }

    private static Object nullable(Object value, int sqlType) {
        return value == null ? new Null(sqlType) : value;
    }

    /** A {@code NULL} with the type to bind it as. */
    private record Null(int sqlType) {}
}

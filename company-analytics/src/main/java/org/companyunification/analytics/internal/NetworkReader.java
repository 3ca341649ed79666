package org.companyunification.analytics.internal;

import static org.companyunification.analytics.internal.LiveCompanies.condition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.companyunification.analytics.network.EdgeKind;
import org.companyunification.analytics.network.NetworkEdge;
import org.companyunification.analytics.network.NetworkFilter;
import org.companyunification.analytics.network.NetworkNode;
import org.companyunification.analytics.network.NodeKind;
import org.companyunification.model.company.RoleCode;

/**
 * Reads the network in four streamed statements (companies, projects, assignments, links) and hands each row to
 * a {@link NetworkSink} as it arrives, so that memory stays flat whatever the size of the network. The filter's
 * conditions go into the SQL, each edge statement repeating the conditions on its ends, so every edge read joins
 * two nodes read before.
 */
public final class NetworkReader {

    /** Rows fetched a round trip; also what makes PostgreSQL and MariaDB stream instead of loading a result. */
    static final int FETCH_SIZE = 1_000;

    private final NetworkFilter filter;

    /**
     * Creates a reader.
     *
     * @param filter which part of the network
     */
    public NetworkReader(NetworkFilter filter) {
        this.filter = filter;
    }

    /**
     * Reads the network into the sink.
     *
     * @param connection the connection, out of auto-commit for PostgreSQL to stream
     * @param sink the receiver
     * @throws SQLException when a statement fails
     * @throws UncheckedIOException when the sink fails to write
     */
    public void read(Connection connection, NetworkSink sink) throws SQLException {
        try {
            companies(connection, sink);
            projects(connection, sink);
            sink.nodesDone();
            assignments(connection, sink);
            links(connection, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void companies(Connection connection, NetworkSink sink) throws SQLException, IOException {
        List<Object> parameters = new ArrayList<>();
        String sql = "SELECT c.company_id, c.company_name, c.country, g.roles FROM companies c"
                + " LEFT JOIN (SELECT company_id, SUM(" + RoleSql.bit("role_id") + ") AS roles"
                + " FROM company_role_assignments WHERE context_type IS NULL GROUP BY company_id) g"
                + " ON g.company_id = c.company_id WHERE " + companyConditions("c", parameters)
                + " ORDER BY c.company_id";
        try (PreparedStatement statement = prepare(connection, sql, parameters); ResultSet rs = statement
                .executeQuery()) {
            while (rs.next()) {
                sink.node(new NetworkNode(NodeKind.COMPANY, rs.getLong(1), rs.getString(2),
                        RoleSql.roles(rs.getLong(4)), rs.getString(3), null));
            }
        }
    }

    private void projects(Connection connection, NetworkSink sink) throws SQLException, IOException {
        List<Object> parameters = new ArrayList<>();
        String sql = "SELECT p.project_id, p.project_name, p.country, p.status FROM projects p WHERE "
                + projectConditions("p", parameters) + " ORDER BY p.project_id";
        try (PreparedStatement statement = prepare(connection, sql, parameters); ResultSet rs = statement
                .executeQuery()) {
            while (rs.next()) {
                sink.node(new NetworkNode(NodeKind.PROJECT, rs.getLong(1), rs.getString(2), Set.of(),
                        rs.getString(3), rs.getString(4)));
            }
        }
    }

    private void assignments(Connection connection, NetworkSink sink) throws SQLException, IOException {
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT cra.assignment_id, cra.company_id, cra.context_id,"
                + " cra.role_id, cra.is_primary FROM company_role_assignments cra"
                + " JOIN projects p ON p.project_id = cra.context_id WHERE cra.context_type = 'Project'");
        if (!filter.roles().isEmpty()) {
            sql.append(" AND cra.role_id IN (").append(placeholders(filter.roles().size())).append(')');
            filter.roles().forEach(role -> parameters.add(role.roleId()));
        }
        sql.append(" AND ").append(companyKept("cra.company_id", parameters)).append(" AND ")
                .append(projectConditions("p", parameters)).append(" ORDER BY cra.assignment_id");
        try (PreparedStatement statement = prepare(connection, sql.toString(), parameters);
                ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                sink.edge(new NetworkEdge(EdgeKind.ASSIGNMENT, rs.getLong(1), NodeKind.COMPANY.nodeId(rs.getLong(2)),
                        NodeKind.PROJECT.nodeId(rs.getLong(3)), RoleCode.ofRoleId(rs.getInt(4)), rs.getBoolean(5),
                        null));
            }
        }
    }

    private void links(Connection connection, NetworkSink sink) throws SQLException, IOException {
        List<Object> parameters = new ArrayList<>();
        String sql = "SELECT l.link_id, l.company_id, l.related_company_id, l.link_type"
                + " FROM internal_external_links l WHERE " + companyKept("l.company_id", parameters) + " AND "
                + companyKept("l.related_company_id", parameters) + " ORDER BY l.link_id";
        try (PreparedStatement statement = prepare(connection, sql, parameters); ResultSet rs = statement
                .executeQuery()) {
            while (rs.next()) {
                sink.edge(new NetworkEdge(EdgeKind.LINK, rs.getLong(1), NodeKind.COMPANY.nodeId(rs.getLong(2)),
                        NodeKind.COMPANY.nodeId(rs.getLong(3)), null, false, rs.getString(4)));
            }
        }
    }

    /**
     * The condition that the company an edge's end names is a node. It is a correlated {@code EXISTS}, so every
     * database drives the edge statement from the edge table and looks each end up by primary key; with a join to
     * {@code companies}, H2's planner could start from the live-company index and stalled at 100,000 companies.
     */
    private String companyKept(String column, List<Object> parameters) {
        return "EXISTS (SELECT 1 FROM companies c WHERE c.company_id = " + column + " AND "
                + companyConditions("c", parameters) + ")";
    }

    /** The conditions a company node meets: live, of a country kept, holding a role kept. */
    private String companyConditions(String alias, List<Object> parameters) {
        StringBuilder sql = new StringBuilder(condition(alias));
        if (!filter.countries().isEmpty()) {
            sql.append(" AND UPPER(TRIM(").append(alias).append(".country)) IN (")
                    .append(placeholders(filter.countries().size())).append(')');
            parameters.addAll(filter.countries());
        }
        if (!filter.roles().isEmpty()) {
            sql.append(" AND EXISTS (SELECT 1 FROM company_role_assignments r WHERE r.company_id = ")
                    .append(alias).append(".company_id AND r.role_id IN (")
                    .append(placeholders(filter.roles().size())).append("))");
            filter.roles().forEach(role -> parameters.add(role.roleId()));
        }
        return sql.toString();
    }

    /** The conditions a project node meets: of a status kept. */
    private String projectConditions(String alias, List<Object> parameters) {
        if (filter.projectStatuses().isEmpty()) {
            return "1 = 1";
        }
        parameters.addAll(filter.projectStatuses());
        return "UPPER(TRIM(" + alias + ".status)) IN (" + placeholders(filter.projectStatuses().size()) + ")";
    }

    private static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Object> parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY);
        try {
            statement.setFetchSize(FETCH_SIZE);
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }
}

package org.companyunification.analytics.internal;

import static org.companyunification.analytics.internal.LiveCompanies.condition;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.companyunification.analytics.figures.ClientPipeline;
import org.companyunification.analytics.figures.PipelineCell;
import org.companyunification.analytics.figures.ProjectRoleCount;
import org.companyunification.analytics.figures.ProjectRoleCoverage;
import org.companyunification.analytics.figures.RoleCombination;
import org.companyunification.analytics.figures.RoleCount;
import org.companyunification.analytics.figures.TopCompany;
import org.companyunification.analytics.figures.ValueCount;
import org.companyunification.model.company.ClientPriority;
import org.companyunification.model.company.RelationshipStrength;
import org.companyunification.model.company.RoleCode;

/**
 * The aggregate statements behind the figures, one a figure: each groups and counts in the database and returns
 * one row a group, never a row a company. The SQL is plain enough to run unchanged on H2, PostgreSQL and MariaDB.
 */
public final class CountQueries {

    /** Joins the assignments to the live companies they belong to. */
    private static final String ASSIGNMENTS = " FROM company_role_assignments cra"
            + " JOIN companies c ON c.company_id = cra.company_id AND " + condition("c");

    /** The companies by global role. */
    public static final String COMPANIES_BY_GLOBAL_ROLE = "SELECT cra.role_id, COUNT(*)" + ASSIGNMENTS
            + " WHERE cra.context_type IS NULL GROUP BY cra.role_id";

    /** The project-scoped assignments by role. */
    public static final String PROJECT_ASSIGNMENTS_BY_ROLE = "SELECT cra.role_id, COUNT(*),"
            + " SUM(CASE WHEN cra.is_primary THEN 1 ELSE 0 END), COUNT(DISTINCT cra.company_id),"
            + " COUNT(DISTINCT cra.context_id)" + ASSIGNMENTS + " WHERE cra.context_type = 'Project'"
            + " GROUP BY cra.role_id";

    /** The companies by the set of global roles they hold, the set folded into one number. */
    public static final String ROLE_COMBINATIONS = "SELECT m.roles, COUNT(*) FROM (SELECT cra.company_id, SUM("
            + RoleSql.bit("cra.role_id") + ") AS roles" + ASSIGNMENTS + " WHERE cra.context_type IS NULL"
            + " GROUP BY cra.company_id) m GROUP BY m.roles";

    /** The companies by country. */
    public static final String COMPANIES_BY_COUNTRY = "SELECT c.country, COUNT(*) FROM companies c WHERE "
            + condition("c") + " GROUP BY c.country";

    /** The companies by company type. */
    public static final String COMPANIES_BY_TYPE = "SELECT c.company_type, COUNT(*) FROM companies c WHERE "
            + condition("c") + " GROUP BY c.company_type";

    /** The projects on which each role is held by at least one live company. */
    public static final String PROJECTS_WITH_ROLE = "SELECT cra.role_id, COUNT(DISTINCT cra.context_id)"
            + ASSIGNMENTS + " WHERE cra.context_type = 'Project' GROUP BY cra.role_id";

    /** The client profiles of live companies by priority and strength. */
    public static final String CLIENT_PIPELINE = "SELECT cp.client_priority, cp.relationship_strength, COUNT(*)"
            + " FROM client_profiles cp JOIN companies c ON c.company_id = cp.company_id AND " + condition("c")
            + " GROUP BY cp.client_priority, cp.relationship_strength";

    /** For each role, the companies holding it on the most projects, ranked in the database; one parameter. */
    public static final String TOP_COMPANIES = "SELECT t.role_id, t.ranking, t.company_id, t.company_name,"
            + " t.projects FROM (SELECT x.role_id, x.company_id, c.company_name, x.projects, ROW_NUMBER() OVER"
            + " (PARTITION BY x.role_id ORDER BY x.projects DESC, x.company_id) AS ranking FROM (SELECT"
            + " role_id, company_id, COUNT(*) AS projects FROM company_role_assignments WHERE context_type ="
            + " 'Project' GROUP BY role_id, company_id) x JOIN companies c ON c.company_id = x.company_id AND "
            + condition("c") + ") t WHERE t.ranking <= ? ORDER BY t.role_id, t.ranking";

    /** The live companies. */
    public static final String COMPANIES = "SELECT COUNT(*) FROM companies c WHERE " + condition("c");

    /** The projects. */
    public static final String PROJECTS = "SELECT COUNT(*) FROM projects";

    /** The links between live companies. */
    public static final String LINKS = "SELECT COUNT(*) FROM internal_external_links l"
            + " JOIN companies a ON a.company_id = l.company_id AND " + condition("a")
            + " JOIN companies b ON b.company_id = l.related_company_id AND " + condition("b");

    private static final Comparator<ValueCount> MOST_FIRST = Comparator.comparingLong(ValueCount::companies)
            .reversed().thenComparing(ValueCount::value, Comparator.nullsLast(Comparator.naturalOrder()));

    private CountQueries() {}

    /** Reads a row of a result. */
    @FunctionalInterface
    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private static <T> List<T> list(Connection connection, String sql, Row<T> row, Object... parameters)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(row.read(rs));
                }
                return rows;
            }
        }
    }

    /**
     * Counts with a statement that returns one number.
     *
     * @param connection the connection
     * @param sql {@link #COMPANIES}, {@link #PROJECTS} or {@link #LINKS}
     * @return the number
     * @throws SQLException when the statement fails
     */
    public static long total(Connection connection, String sql) throws SQLException {
        return list(connection, sql, rs -> rs.getLong(1)).get(0);
    }

    /**
     * Counts the companies holding each global role.
     *
     * @param connection the connection
     * @return every role, in catalogue order, with zero for a role nobody holds
     * @throws SQLException when the statement fails
     */
    public static List<RoleCount> companiesByGlobalRole(Connection connection) throws SQLException {
        Map<RoleCode, Long> counts = new EnumMap<>(RoleCode.class);
        for (long[] row : list(connection, COMPANIES_BY_GLOBAL_ROLE, rs -> new long[] {rs.getLong(1),
                rs.getLong(2)})) {
            counts.put(RoleCode.ofRoleId((int) row[0]), row[1]);
        }
        return java.util.Arrays.stream(RoleCode.values()).map(r -> new RoleCount(r, counts.getOrDefault(r, 0L)))
                .toList();
    }

    /**
     * Counts the project-scoped assignments of each role.
     *
     * @param connection the connection
     * @return every role, in catalogue order, with zeros for a role held on no project
     * @throws SQLException when the statement fails
     */
    public static List<ProjectRoleCount> projectAssignmentsByRole(Connection connection) throws SQLException {
        Map<RoleCode, ProjectRoleCount> counts = new EnumMap<>(RoleCode.class);
        for (ProjectRoleCount count : list(connection, PROJECT_ASSIGNMENTS_BY_ROLE, rs -> new ProjectRoleCount(
                RoleCode.ofRoleId(rs.getInt(1)), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))) {
            counts.put(count.role(), count);
        }
        return java.util.Arrays.stream(RoleCode.values())
                .map(r -> counts.getOrDefault(r, new ProjectRoleCount(r, 0, 0, 0, 0))).toList();
    }

    /**
     * Counts the companies by the set of global roles they hold.
     *
     * @param connection the connection
     * @return the combinations held by at least one company, most companies first, then fewer roles first
     * @throws SQLException when the statement fails
     */
    public static List<RoleCombination> roleCombinations(Connection connection) throws SQLException {
        return list(connection, ROLE_COMBINATIONS, rs -> new RoleCombination(RoleSql.roles(rs.getLong(1)),
                rs.getLong(2))).stream()
                .sorted(Comparator.comparingLong(RoleCombination::companies).reversed()
                        .thenComparingInt(c -> c.roles().size()).thenComparing(RoleCombination::describe))
                .toList();
    }

    /**
     * Counts the companies by country as stored.
     *
     * @param connection the connection
     * @return the countries, most companies first, then by name; the companies without one last among equals
     * @throws SQLException when the statement fails
     */
    public static List<ValueCount> companiesByCountry(Connection connection) throws SQLException {
        return list(connection, COMPANIES_BY_COUNTRY, rs -> new ValueCount(rs.getString(1), rs.getLong(2)))
                .stream().sorted(MOST_FIRST).toList();
    }

    /**
     * Counts the companies by company type as stored.
     *
     * @param connection the connection
     * @return the types, most companies first, then by name; the companies without one last among equals
     * @throws SQLException when the statement fails
     */
    public static List<ValueCount> companiesByType(Connection connection) throws SQLException {
        return list(connection, COMPANIES_BY_TYPE, rs -> new ValueCount(rs.getString(1), rs.getLong(2)))
                .stream().sorted(MOST_FIRST).toList();
    }

    /**
     * Counts the projects with and without each role filled.
     *
     * @param connection the connection
     * @return every role, in catalogue order
     * @throws SQLException when a statement fails
     */
    public static List<ProjectRoleCoverage> projectRoleCoverage(Connection connection) throws SQLException {
        long projects = total(connection, PROJECTS);
        Map<RoleCode, Long> withRole = new EnumMap<>(RoleCode.class);
        for (long[] row : list(connection, PROJECTS_WITH_ROLE, rs -> new long[] {rs.getLong(1), rs.getLong(2)})) {
            withRole.put(RoleCode.ofRoleId((int) row[0]), row[1]);
        }
        return java.util.Arrays.stream(RoleCode.values())
                .map(r -> new ProjectRoleCoverage(r, projects, withRole.getOrDefault(r, 0L))).toList();
    }

    /**
     * Counts the client profiles by priority and relationship strength.
     *
     * @param connection the connection
     * @return the pipeline
     * @throws SQLException when the statement fails
     */
    public static ClientPipeline clientPipeline(Connection connection) throws SQLException {
        Comparator<PipelineCell> order = Comparator
                .comparing(PipelineCell::priority, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(PipelineCell::strength, Comparator.nullsLast(Comparator.naturalOrder()));
        return new ClientPipeline(list(connection, CLIENT_PIPELINE, rs -> {
            String priority = rs.getString(1);
            String strength = rs.getString(2);
            return new PipelineCell(priority == null ? null : ClientPriority.of(priority),
                    strength == null ? null : RelationshipStrength.of(strength), rs.getLong(3));
        }).stream().sorted(order).toList());
    }

    /**
     * Ranks, for each role, the companies holding it on the most projects.
     *
     * @param connection the connection
     * @param limit how many companies a role
     * @return the companies, by role in catalogue order then rank
     * @throws SQLException when the statement fails
     */
    public static List<TopCompany> topCompanies(Connection connection, int limit) throws SQLException {
        return list(connection, TOP_COMPANIES, rs -> new TopCompany(RoleCode.ofRoleId(rs.getInt(1)), rs.getInt(2),
                rs.getLong(3), rs.getString(4), rs.getLong(5)), limit);
    }
}

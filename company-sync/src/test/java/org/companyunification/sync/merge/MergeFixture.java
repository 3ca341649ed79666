package org.companyunification.sync.merge;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.companyunification.sync.Backfill;
import org.companyunification.testing.LegacyData;

/**
 * One organisation entered twice under names the backfill cannot join, "Pacific Gas and Electric" (the survivor)
 * and "PG&amp;E" (the duplicate), with a row of every kind that collides when the duplicate is merged, and a third
 * company, "Edison International", that both link to.
 *
 * <ul>
 *   <li>survivor: owner 10 and client 30 (strength Strong, notes "survivor notes", last contact 2024-01-01);
 *       website pge.com, country USA; developer on project 1 (not primary, notes "co-owner"); person 7 CEO
 *   <li>duplicate: owner 11, operator 20, client 31 (strength Weak, priority High, notes "merged notes", next
 *       contact 2024-09-01); website www.pge.com, country United States, e-mail ops@pge.com; developer on
 *       project 1 (primary, notes "majority"), operator on project 2; person 8 engineer
 *   <li>links (written by applications): survivor to Edison and duplicate to Edison, both 'partner' (notes "s"
 *       and "m"); Edison to the duplicate 'supplier'; the duplicate to the survivor 'subsidiary'
 * </ul>
 */
final class MergeFixture {

    /** Every unified table a merge may change. */
    static final List<String> UNIFIED = List.of("companies", "company_role_assignments", "client_profiles",
            "person_company_affiliations", "internal_external_links", "company_origins", "assignment_origins",
            "affiliation_origins");

    final long survivor;
    final long duplicate;
    final long edison;

    private MergeFixture(long survivor, long duplicate, long edison) {
        this.survivor = survivor;
        this.duplicate = duplicate;
        this.edison = edison;
    }

    static LegacyData legacy() {
        return new LegacyData()
                .project(1, "Diablo Canyon")
                .project(2, "Humboldt Bay")
                .person(7, "Ann Lee")
                .person(8, "Bo Chen")
                .owner(10, "Pacific Gas and Electric", o -> o.website("pge.com").country("USA"))
                .client(30, "Pacific Gas and Electric", c -> c.relationshipStrength("Strong")
                        .relationshipNotes("survivor notes").lastContactDate(LocalDate.of(2024, 1, 1)))
                .owner(11, "PG&E", o -> o.website("www.pge.com").country("United States")
                        .contactEmail("ops@pge.com"))
                .operator(20, "PG&E")
                .client(31, "PG&E", c -> c.relationshipStrength("Weak").clientPriority("High")
                        .relationshipNotes("merged notes").nextContactDate(LocalDate.of(2024, 9, 1)))
                .vendor(40, "Edison International")
                .ownerOnProject(50, 1, 10, false, r -> r.notes("co-owner"))
                .ownerOnProject(51, 1, 11, true, r -> r.notes("majority"))
                .operatorOnProject(52, 2, 20, false)
                .personAt(60, 7, "owner", 10, a -> a.title("CEO").primary(true))
                .personAt(61, 8, "operator", 20, a -> a.title("Engineer"));
    }

    /** Inserts the legacy rows, runs the backfill and adds the links. */
    static MergeFixture create(DataSource dataSource) throws SQLException {
        legacy().insertInto(dataSource);
        Backfill.configure().dataSource(dataSource).load().run();
        MergeFixture fixture = new MergeFixture(companyOf(dataSource, "owners_developers", 10),
                companyOf(dataSource, "owners_developers", 11), companyOf(dataSource, "technology_vendors", 40));
        fixture.link(dataSource, 9001, fixture.survivor, fixture.edison, "partner", "s");
        fixture.link(dataSource, 9002, fixture.duplicate, fixture.edison, "partner", "m");
        fixture.link(dataSource, 9003, fixture.edison, fixture.duplicate, "supplier", null);
        fixture.link(dataSource, 9004, fixture.duplicate, fixture.survivor, "subsidiary", null);
        return fixture;
    }

    void link(DataSource dataSource, long id, long from, long to, String type, String notes) throws SQLException {
        update(dataSource, "INSERT INTO internal_external_links (link_id, company_id, related_company_id, link_type,"
                + " notes, created_at) VALUES (?, ?, ?, ?, ?, CURRENT_TIMESTAMP)", id, from, to, type, notes);
    }

    static long companyOf(DataSource dataSource, String table, long sourceId) throws SQLException {
        return Long.parseLong(rows(dataSource, "SELECT company_id FROM company_origins WHERE source_table = '" + table
                + "' AND source_id = " + sourceId).get(0));
    }

    static int update(DataSource dataSource, String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    /** Every row of the given tables, verbatim, ordered by all columns. */
    static Map<String, List<String>> dump(DataSource dataSource, List<String> tables) throws SQLException {
        Map<String, List<String>> dump = new LinkedHashMap<>();
        for (String table : tables) {
            dump.put(table, rows(dataSource, "SELECT * FROM " + table + " ORDER BY 1, 2"));
        }
        return dump;
    }

    /** The rows of a query, each as its values joined with " | ". */
    static List<String> rows(DataSource dataSource, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    Object value = rs.getObject(i);
                    row.append(i > 1 ? " | " : "").append(value instanceof Boolean b ? (b ? "1" : "0") : value);
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    static String one(DataSource dataSource, String sql) throws SQLException {
        List<String> rows = rows(dataSource, sql);
        return rows.isEmpty() ? null : rows.get(0);
    }
}

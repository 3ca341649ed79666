package org.companyunification.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.companyunification.model.legacy.LegacyTable;
import org.companyunification.testing.LegacyData;
import org.companyunification.testing.Queries;

/**
 * Creates, edits and deletes a row of every legacy table that has unified rows (the six company tables, the
 * five project relationship tables and {@code personnel_entity_relationships}) through a {@link Channel}, and
 * checks after each phase that the unified tables show the documented outcome.
 *
 * <p>Before: project 1, person 7, "Acme Power" in all six company tables (one company, six roles, a client
 * profile; the vendor and owner rows with web sites) and the vendor "Beta Energy" with a web site, backfilled.
 */
final class LegacyToUnifiedScenario {

    /** How legacy changes reach the unified tables: each phase's changes are handed over together. */
    @FunctionalInterface
    interface Channel {
        void apply(List<LegacyChange> changes) throws Exception;
    }

    private static final long NEW = 600;
    private static final long BETA_AGAIN = 700;
    private static final long ON_PROJECT = 800;
    private static final long AT_COMPANY = 900;
    private static final long NAMING = 950;

    private final DataSource dataSource;

    LegacyToUnifiedScenario(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Inserts the legacy rows of the starting point and backfills them. */
    void given() {
        new LegacyData()
                .project(1, "Palisades SMR")
                .person(7, "Jane Doe")
                .vendor(10, "Acme Power", v -> v.website("https://acme.example"))
                .owner(10, "ACME POWER LLC", o -> o.website("https://acme-llc.example"))
                .operator(10, "Acme Power")
                .constructor(10, "Acme Power")
                .offtaker(10, "Acme Power")
                .client(10, "Acme Power", c -> c.relationshipStrength("Strong"))
                .vendor(20, "Beta Energy", v -> v.website("https://beta.example"))
                .insertInto(dataSource);
        Backfill.configure().dataSource(dataSource).load().run();
    }

    /** Runs the three phases through the channel, checking the outcome of each. */
    void createEditAndDeleteThrough(Channel channel) throws Exception {
        channel.apply(creates());
        thenCreated();
        channel.apply(edits());
        thenEdited();
        channel.apply(deletes());
        thenDeleted();
        channel.apply(rowsNamingAcmeAsOperator());
        thenNamed();
        channel.apply(List.of(LegacyChange.delete(LegacyTable.OPERATORS, 10)));
        thenNamedRowDeleted();
        leadChangesThrough(channel);
    }

    /**
     * Changes that filling alone cannot follow: each leaves the company as a first backfill of the rows as they
     * are now would build it (the lead row, first by table order then id, gives the name and its values; later
     * rows fill the rest), and nothing differs.
     */
    private void leadChangesThrough(Channel channel) throws Exception {
        channel.apply(List.of(LegacyChange.update(LegacyTable.TECHNOLOGY_VENDORS, 20, "website", null)));
        assertThat(company("beta energy")).as("the lead row emptied its web site").isEqualTo("Beta Energy | null");
        assertConsistent();

        channel.apply(List.of(LegacyChange.delete(LegacyTable.TECHNOLOGY_VENDORS, 10)));
        assertThat(company("acme power")).as("the lead row went: the owners row leads")
                .isEqualTo("ACME POWER LLC | https://acme-llc.example");
        assertConsistent();

        channel.apply(List.of(LegacyChange.insert(LegacyTable.TECHNOLOGY_VENDORS, 11, "vendor_name",
                "Acme Power Inc", "website", "https://acme-inc.example")));
        assertThat(company("acme power")).as("a new vendors row comes first: it leads")
                .isEqualTo("Acme Power Inc | https://acme-inc.example");
        assertThat(globalRoles("acme power")).contains("vendor");
        assertConsistent();

        channel.apply(List.of(LegacyChange.update(LegacyTable.TECHNOLOGY_VENDORS, 11, "website", null)));
        assertThat(company("acme power")).as("the lead has no web site: the owners row fills it")
                .isEqualTo("Acme Power Inc | https://acme-llc.example");
        assertConsistent();

        channel.apply(List.of(LegacyChange.update(LegacyTable.OWNERS_DEVELOPERS, 10, "website",
                "https://acme-llc.example/new")));
        assertThat(company("acme power")).as("the row that filled the web site changed it")
                .isEqualTo("Acme Power Inc | https://acme-llc.example/new");
        assertConsistent();
    }

    private String company(String nameKey) throws SQLException {
        return String.join("", rows("SELECT company_name, website FROM companies WHERE name_key = '" + nameKey + "'"));
    }

    private void assertConsistent() {
        assertThat(Consistency.configure().dataSource(dataSource).load().check().differences()).isEmpty();
    }

    List<LegacyChange> creates() {
        List<LegacyChange> changes = new ArrayList<>();
        for (LegacyTable table : LegacyTable.companyTables()) {
            changes.add(table == LegacyTable.CLIENTS
                    ? LegacyChange.insert(table, NEW, table.nameColumn(), newco(table), "relationship_strength", "strong ")
                    : LegacyChange.insert(table, NEW, table.nameColumn(), newco(table)));
            if (table != LegacyTable.TECHNOLOGY_VENDORS) {
                changes.add(LegacyChange.insert(table, BETA_AGAIN, table.nameColumn(), "BETA ENERGY, INC."));
            }
        }
        for (LegacyTable table : LegacyTable.projectRelationshipTables()) {
            changes.add(LegacyChange.insert(table, ON_PROJECT, "project_id", 1L, table.companyIdColumn(), 10L,
                    "is_primary", true, "notes", "first"));
        }
        changes.add(LegacyChange.insert(LegacyTable.PERSONNEL_ENTITY_RELATIONSHIPS, AT_COMPANY, "personnel_id", 7L,
                "entity_type", "operator", "entity_id", 10L, "role_title", "CEO", "is_primary", true));
        return changes;
    }

    void thenCreated() throws SQLException {
        for (LegacyTable table : LegacyTable.companyTables()) {
            assertThat(globalRoles(key(table))).as("the roles of the new %s row's company", table.tableName())
                    .containsExactly(table.role().code());
        }
        assertThat(globalRoles("beta energy")).as("a new row of an organisation that exists adds its role")
                .containsExactlyInAnyOrder(LegacyTable.companyTables().stream().map(t -> t.role().code())
                        .toArray(String[]::new));
        assertThat(count("SELECT COUNT(*) FROM companies WHERE name_key = 'beta energy'")).isEqualTo(1);
        assertThat(rows("SELECT p.relationship_strength FROM client_profiles p JOIN companies c"
                + " ON c.company_id = p.company_id WHERE c.name_key = '" + key(LegacyTable.CLIENTS) + "'"))
                .containsExactly("Strong");
        assertThat(projectAssignments()).containsExactlyInAnyOrder(
                LegacyTable.projectRelationshipTables().stream().map(t -> t.role().code() + " | 1 | yes | first")
                        .toArray(String[]::new));
        assertThat(affiliations()).containsExactly("acme power | CEO | yes");
    }

    List<LegacyChange> edits() {
        List<LegacyChange> changes = new ArrayList<>();
        for (LegacyTable table : LegacyTable.companyTables()) {
            changes.add(table == LegacyTable.CLIENTS
                    ? LegacyChange.update(table, NEW, "website", "https://edited.example",
                            "relationship_strength", "Weak")
                    : LegacyChange.update(table, NEW, "website", "https://edited.example"));
        }
        for (LegacyTable table : LegacyTable.projectRelationshipTables()) {
            changes.add(LegacyChange.update(table, ON_PROJECT, "is_primary", false, "notes", "edited"));
        }
        changes.add(LegacyChange.update(LegacyTable.PERSONNEL_ENTITY_RELATIONSHIPS, AT_COMPANY, "role_title",
                "CTO"));
        return changes;
    }

    void thenEdited() throws SQLException {
        for (LegacyTable table : LegacyTable.companyTables()) {
            assertThat(rows("SELECT website FROM companies WHERE name_key = '" + key(table) + "'"))
                    .as("the website of the company of the edited %s row", table.tableName())
                    .containsExactly("https://edited.example");
        }
        assertThat(rows("SELECT p.relationship_strength FROM client_profiles p JOIN companies c"
                + " ON c.company_id = p.company_id WHERE c.name_key = '" + key(LegacyTable.CLIENTS) + "'"))
                .containsExactly("Weak");
        assertThat(projectAssignments()).containsExactlyInAnyOrder(
                LegacyTable.projectRelationshipTables().stream().map(t -> t.role().code() + " | 1 | no | edited")
                        .toArray(String[]::new));
        assertThat(affiliations()).containsExactly("acme power | CTO | yes");
    }

    List<LegacyChange> deletes() {
        List<LegacyChange> changes = new ArrayList<>();
        changes.add(LegacyChange.delete(LegacyTable.PERSONNEL_ENTITY_RELATIONSHIPS, AT_COMPANY));
        for (LegacyTable table : LegacyTable.projectRelationshipTables()) {
            changes.add(LegacyChange.delete(table, ON_PROJECT));
        }
        for (LegacyTable table : LegacyTable.companyTables()) {
            changes.add(LegacyChange.delete(table, NEW));
            if (table != LegacyTable.TECHNOLOGY_VENDORS) {
                changes.add(LegacyChange.delete(table, BETA_AGAIN));
            }
        }
        changes.add(LegacyChange.delete(LegacyTable.CLIENTS, 10));
        return changes;
    }

    void thenDeleted() throws SQLException {
        for (LegacyTable table : LegacyTable.companyTables()) {
            assertThat(count("SELECT COUNT(*) FROM companies WHERE name_key = '" + key(table) + "'"))
                    .as("the company of the deleted %s row, which nothing refers to", table.tableName())
                    .isZero();
        }
        assertThat(globalRoles("beta energy")).as("the roles of the rows left behind").containsExactly("vendor");
        assertThat(globalRoles("acme power")).as("the client role went with the last client row")
                .containsExactlyInAnyOrder("vendor", "developer", "operator", "constructor", "offtaker");
        assertThat(count("SELECT COUNT(*) FROM client_profiles")).isZero();
        assertThat(projectAssignments()).isEmpty();
        assertThat(affiliations()).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM company_origins")).isEqualTo(6);
        assertThat(count("SELECT COUNT(*) FROM assignment_origins")).isZero();
        assertThat(count("SELECT COUNT(*) FROM affiliation_origins")).isZero();
    }

    /** A project and a personnel relationship naming Acme's operators row. */
    List<LegacyChange> rowsNamingAcmeAsOperator() {
        return List.of(
                LegacyChange.insert(LegacyTable.PROJECT_OPERATOR_RELATIONSHIPS, NAMING, "project_id", 1L,
                        "operator_id", 10L, "is_primary", false, "notes", "named"),
                LegacyChange.insert(LegacyTable.PERSONNEL_ENTITY_RELATIONSHIPS, NAMING, "personnel_id", 7L,
                        "entity_type", "operator", "entity_id", 10L, "role_title", "COO", "is_primary", false));
    }

    void thenNamed() throws SQLException {
        assertThat(projectAssignments()).containsExactly("operator | 1 | no | named");
        assertThat(affiliations()).containsExactly("acme power | COO | no");
    }

    /**
     * The operators row the two relationship rows name is gone, they are not: they name nothing now, as orphans
     * do, so they lose their assignment and affiliation (a backfill now would reject them), and nothing differs.
     */
    void thenNamedRowDeleted() throws SQLException {
        assertThat(globalRoles("acme power")).as("the operator role went with the operators row")
                .containsExactlyInAnyOrder("vendor", "developer", "constructor", "offtaker");
        assertThat(projectAssignments()).as("the assignment of the relationship row naming the deleted row")
                .isEmpty();
        assertThat(affiliations()).as("the affiliation of the relationship row naming the deleted row").isEmpty();
        assertThat(count("SELECT COUNT(*) FROM assignment_origins")).isZero();
        assertThat(count("SELECT COUNT(*) FROM affiliation_origins")).isZero();
        assertThat(count("SELECT COUNT(*) FROM " + LegacyTable.PROJECT_OPERATOR_RELATIONSHIPS.tableName()
                + " WHERE relationship_id = " + NAMING)).as("the legacy relationship row stays").isEqualTo(1);
        assertConsistent();
    }

    private static String newco(LegacyTable table) {
        return "Newco " + (LegacyTable.companyTables().indexOf(table) + 1);
    }

    private static String key(LegacyTable table) {
        return "newco " + (LegacyTable.companyTables().indexOf(table) + 1);
    }

    private List<String> globalRoles(String nameKey) throws SQLException {
        return rows("SELECT r.role_code FROM companies c JOIN company_role_assignments a ON a.company_id = c.company_id"
                + " JOIN company_roles r ON r.role_id = a.role_id WHERE a.context_type IS NULL AND c.name_key = '"
                + nameKey + "' ORDER BY r.role_code");
    }

    private List<String> projectAssignments() throws SQLException {
        return rows("SELECT r.role_code, a.context_id, CASE WHEN a.is_primary THEN 'yes' ELSE 'no' END, a.notes"
                + " FROM company_role_assignments a JOIN company_roles r ON r.role_id = a.role_id"
                + " JOIN companies c ON c.company_id = a.company_id"
                + " WHERE a.context_type = 'Project' AND c.name_key = 'acme power'");
    }

    private List<String> affiliations() throws SQLException {
        return rows("SELECT c.name_key, f.title, CASE WHEN f.is_primary THEN 'yes' ELSE 'no' END"
                + " FROM person_company_affiliations f JOIN companies c ON c.company_id = f.company_id"
                + " WHERE f.person_id = 7");
    }

    private List<String> rows(String sql) throws SQLException {
        return Queries.rows(dataSource, sql);
    }

    private long count(String sql) throws SQLException {
        return Queries.count(dataSource, sql);
    }
}

package org.companyunification.cli.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.companyunification.testing.generator.CompanyRows.Table;
import org.companyunification.testing.generator.ProjectRelationshipRows.Relationship;
import org.companyunification.model.schema.DatabaseVendor;

/**
 * The statements of a {@link BaselineCopy}. The {@code INSERT ... SELECT} statements are the same on H2,
 * PostgreSQL and MariaDB (standard joins, {@code CASE}, {@code ROW_NUMBER()}); what differs per database is how
 * a sequence is read, and that MariaDB and H2 commit on {@code ALTER SEQUENCE}, which is why the sequences are
 * moved on before the copy starts.
 */
final class BaselineSql {

    /** One statement: what it does, the unified table it writes ({@code null} for none) and the SQL. */
    record Statement(String name, String table, String sql) {}

    private BaselineSql() {}

    static String nextValue(DatabaseVendor vendor, String sequence) {
        return vendor == DatabaseVendor.POSTGRESQL ? "SELECT nextval('" + sequence + "')"
                : "SELECT NEXT VALUE FOR " + sequence;
    }

    static List<Statement> restartSequences(IdLayout ids) {
        return List.of(
                new Statement("move companies_seq past the copied ids", null,
                        "ALTER SEQUENCE companies_seq RESTART WITH " + ids.nextCompany()),
                new Statement("move company_role_assignments_seq past the copied ids", null,
                        "ALTER SEQUENCE company_role_assignments_seq RESTART WITH " + ids.nextAssignment()),
                new Statement("move person_company_affiliations_seq past the copied ids", null,
                        "ALTER SEQUENCE person_company_affiliations_seq RESTART WITH " + ids.nextAffiliation()));
    }

    static List<Statement> copy(IdLayout ids) {
        List<Statement> statements = new ArrayList<>();
        for (Table table : Table.values()) {
            statements.add(companies(table, ids));
        }
        for (Table table : Table.values()) {
            statements.add(globalAssignments(table, ids));
        }
        statements.add(clientProfiles(ids));
        for (Relationship relationship : Relationship.values()) {
            statements.add(projectAssignments(relationship, ids));
        }
        statements.add(affiliations(ids));
        return statements;
    }

    /** Every row of a company table becomes a company of its own; the name is trimmed, the key its lower case. */
    private static Statement companies(Table table, IdLayout ids) {
        String name = "TRIM(t." + table.nameColumn + ")";
        String sql = "INSERT INTO companies (company_id, company_name, name_key, company_type, website, country,"
                + " contact_email, contact_phone, reactor_type, sector, notes, created_at, updated_at)"
                + " SELECT " + ids.company(table) + " + t." + table.idColumn + ", " + name + ", LOWER(" + name + "),"
                + (table == Table.OWNERS ? " t.company_type," : " NULL,")
                + " t.website, t.country, t.contact_email, t.contact_phone,"
                + (table == Table.VENDORS ? " t.reactor_type," : " NULL,")
                + (table == Table.OFFTAKERS ? " t.sector," : " NULL,")
                + " t.notes, COALESCE(t.created_at, CURRENT_TIMESTAMP), t.updated_at FROM " + table.table + " t";
        return new Statement("companies from " + table.table, "companies", sql);
    }

    private static Statement globalAssignments(Table table, IdLayout ids) {
        String sql = "INSERT INTO company_role_assignments (assignment_id, company_id, role_id, context_type,"
                + " context_id, is_primary, notes, created_at)"
                + " SELECT " + ids.globalAssignment(table) + " + t." + table.idColumn + ", " + ids.company(table)
                + " + t." + table.idColumn + ", " + table.roleId + ", NULL, NULL, FALSE, NULL,"
                + " COALESCE(t.created_at, CURRENT_TIMESTAMP) FROM " + table.table + " t";
        return new Statement("global " + table.entityType + " roles from " + table.table, "company_role_assignments",
                sql);
    }

    /** The CRM columns; codes that map case- and space-insensitively are normalised, others left empty. */
    private static Statement clientProfiles(IdLayout ids) {
        String sql = "INSERT INTO client_profiles (company_id, relationship_strength, client_priority,"
                + " relationship_notes, last_contact_date, next_contact_date, created_at)"
                + " SELECT " + ids.company(Table.CLIENTS) + " + t.client_id,"
                + " " + normalised("t.relationship_strength", List.of("Strong", "Medium", "Weak", "New")) + ","
                + " " + normalised("t.client_priority", List.of("High", "Medium", "Low")) + ","
                + " t.relationship_notes, t.last_contact_date, t.next_contact_date, CURRENT_TIMESTAMP FROM clients t";
        return new Statement("client profiles from clients", "client_profiles", sql);
    }

    private static String normalised(String column, List<String> labels) {
        return "CASE LOWER(TRIM(" + column + "))" + labels.stream()
                .map(label -> " WHEN '" + label.toLowerCase(Locale.ROOT) + "' THEN '" + label + "'")
                .collect(Collectors.joining()) + " END";
    }

    /**
     * Relationships to an existing project and company row; of several rows for the same project and company
     * (which the unique key allows once) the first by id.
     */
    private static Statement projectAssignments(Relationship relationship, IdLayout ids) {
        Table party = relationship.party;
        String sql = "INSERT INTO company_role_assignments (assignment_id, company_id, role_id, context_type,"
                + " context_id, is_primary, notes, created_at)"
                + " SELECT " + ids.projectAssignment(relationship) + " + r.relationship_id, " + ids.company(party)
                + " + r.party_id, " + party.roleId + ", 'Project', r.project_id, r.is_primary, r.notes,"
                + " COALESCE(r.created_at, CURRENT_TIMESTAMP)"
                + " FROM (SELECT x.relationship_id, x.project_id, x." + relationship.partyColumn + " AS party_id,"
                + " x.is_primary, x.notes, x.created_at, ROW_NUMBER() OVER (PARTITION BY x.project_id, x."
                + relationship.partyColumn + " ORDER BY x.relationship_id) AS rn FROM " + relationship.table + " x) r"
                + " JOIN projects p ON p.project_id = r.project_id"
                + " JOIN " + party.table + " c ON c." + party.idColumn + " = r.party_id"
                + " WHERE r.rn = 1";
        return new Statement("project " + party.entityType + " roles from " + relationship.table,
                "company_role_assignments", sql);
    }

    /**
     * Personnel relationships whose entity type (trimmed, any case) names a company table, to an existing person
     * and company row, with dates in order. Of a person's current primary affiliations only the one that started
     * last (no start date counts as earliest; on a tie the lowest id) keeps its primary flag, the rule the
     * backfill applies.
     */
    private static Statement affiliations(IdLayout ids) {
        StringBuilder company = new StringBuilder("CASE r.et");
        StringBuilder joins = new StringBuilder();
        List<String> found = new ArrayList<>();
        for (Table table : Table.values()) {
            String alias = "c" + table.roleId;
            company.append(" WHEN '").append(table.entityType).append("' THEN ").append(ids.company(table))
                    .append(" + r.entity_id");
            joins.append(" LEFT JOIN ").append(table.table).append(' ').append(alias).append(" ON r.et = '")
                    .append(table.entityType).append("' AND ").append(alias).append('.').append(table.idColumn)
                    .append(" = r.entity_id");
            found.add(alias + "." + table.idColumn + " IS NOT NULL");
        }
        company.append(" END");
        String sql = "INSERT INTO person_company_affiliations (affiliation_id, person_id, company_id, title,"
                + " is_primary, start_date, end_date, notes, created_at)"
                + " SELECT " + ids.affiliation() + " + a.relationship_id, a.personnel_id, a.company_id, a.role_title,"
                + " CASE WHEN a.is_primary AND (a.end_date IS NOT NULL OR a.rn = 1) THEN TRUE ELSE FALSE END,"
                + " a.start_date, a.end_date, a.notes, COALESCE(a.created_at, CURRENT_TIMESTAMP)"
                + " FROM (SELECT r.relationship_id, r.personnel_id, " + company + " AS company_id, r.role_title,"
                + " r.is_primary, r.start_date, r.end_date, r.notes, r.created_at,"
                + " ROW_NUMBER() OVER (PARTITION BY r.personnel_id ORDER BY"
                + " CASE WHEN r.is_primary AND r.end_date IS NULL THEN 0 ELSE 1 END,"
                + " CASE WHEN r.start_date IS NULL THEN 1 ELSE 0 END, r.start_date DESC, r.relationship_id) AS rn"
                + " FROM (SELECT x.relationship_id, x.personnel_id, LOWER(TRIM(x.entity_type)) AS et, x.entity_id,"
                + " x.role_title, x.is_primary, x.start_date, x.end_date, x.notes, x.created_at"
                + " FROM personnel_entity_relationships x) r"
                + " JOIN personnel p ON p.personnel_id = r.personnel_id" + joins
                + " WHERE (" + String.join(" OR ", found) + ")"
                + " AND (r.start_date IS NULL OR r.end_date IS NULL OR r.end_date >= r.start_date)) a";
        return new Statement("affiliations from personnel_entity_relationships", "person_company_affiliations", sql);
    }
}

package org.companyunification.cli.bench;

import static org.companyunification.model.legacy.LegacyTable.PERSONNEL;
import static org.companyunification.model.legacy.LegacyTable.PROJECTS;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.companyunification.model.legacy.LegacyTable;
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

    /**
     * The columns of {@code companies} besides id, name and key that a company row copies from its legacy row,
     * from the legacy column of the same name or as {@code NULL} when its table has none.
     */
    private static final List<String> COPIED_COMPANY_COLUMNS = List.of("company_type", "website", "country",
            "contact_email", "contact_phone", "reactor_type", "sector", "notes");

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
        for (LegacyTable table : LegacyTable.companyTables()) {
            statements.add(companies(table, ids));
        }
        for (LegacyTable table : LegacyTable.companyTables()) {
            statements.add(globalAssignments(table, ids));
        }
        statements.add(clientProfiles(ids));
        for (LegacyTable table : LegacyTable.projectRelationshipTables()) {
            statements.add(projectAssignments(table, ids));
        }
        statements.add(affiliations(ids));
        return statements;
    }

    /**
     * Every row of a company table becomes a company of its own; the name is trimmed, the key its lower case.
     * The other columns of {@code companies} are copied from the legacy columns of the same name, where the table
     * has one.
     */
    private static Statement companies(LegacyTable table, IdLayout ids) {
        String name = "TRIM(t." + table.nameColumn() + ")";
        StringBuilder copied = new StringBuilder();
        for (String column : COPIED_COMPANY_COLUMNS) {
            copied.append(table.columnNames().contains(column) ? " t." + column + "," : " NULL,");
        }
        String sql = "INSERT INTO companies (company_id, company_name, name_key, "
                + String.join(", ", COPIED_COMPANY_COLUMNS) + ", created_at, updated_at)"
                + " SELECT " + ids.company(table) + " + t." + table.idColumn() + ", " + name + ", LOWER(" + name
                + ")," + copied + " COALESCE(t.created_at, CURRENT_TIMESTAMP), t.updated_at FROM "
                + table.tableName() + " t";
        return new Statement("companies from " + table.tableName(), "companies", sql);
    }

    private static Statement globalAssignments(LegacyTable table, IdLayout ids) {
        String sql = "INSERT INTO company_role_assignments (assignment_id, company_id, role_id, context_type,"
                + " context_id, is_primary, notes, created_at)"
                + " SELECT " + ids.globalAssignment(table) + " + t." + table.idColumn() + ", " + ids.company(table)
                + " + t." + table.idColumn() + ", " + table.role().roleId() + ", NULL, NULL, FALSE, NULL,"
                + " COALESCE(t.created_at, CURRENT_TIMESTAMP) FROM " + table.tableName() + " t";
        return new Statement("global " + entityType(table) + " roles from " + table.tableName(),
                "company_role_assignments", sql);
    }

    /** The CRM columns; codes that map case- and space-insensitively are normalised, others left empty. */
    private static Statement clientProfiles(IdLayout ids) {
        LegacyTable clients = LegacyTable.CLIENTS;
        String sql = "INSERT INTO client_profiles (company_id, relationship_strength, client_priority,"
                + " relationship_notes, last_contact_date, next_contact_date, created_at)"
                + " SELECT " + ids.company(clients) + " + t." + clients.idColumn() + ","
                + " " + normalised("t.relationship_strength", List.of("Strong", "Medium", "Weak", "New")) + ","
                + " " + normalised("t.client_priority", List.of("High", "Medium", "Low")) + ","
                + " t.relationship_notes, t.last_contact_date, t.next_contact_date, CURRENT_TIMESTAMP FROM "
                + clients.tableName() + " t";
        return new Statement("client profiles from " + clients.tableName(), "client_profiles", sql);
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
    private static Statement projectAssignments(LegacyTable table, IdLayout ids) {
        LegacyTable party = table.companyTable();
        String id = table.idColumn();
        String project = PROJECTS.idColumn();
        String partyId = table.companyIdColumn();
        String sql = "INSERT INTO company_role_assignments (assignment_id, company_id, role_id, context_type,"
                + " context_id, is_primary, notes, created_at)"
                + " SELECT " + ids.projectAssignment(table) + " + r." + id + ", " + ids.company(party)
                + " + r.party_id, " + party.role().roleId() + ", 'Project', r." + project + ", r.is_primary,"
                + " r.notes, COALESCE(r.created_at, CURRENT_TIMESTAMP)"
                + " FROM (SELECT x." + id + ", x." + project + ", x." + partyId + " AS party_id,"
                + " x.is_primary, x.notes, x.created_at, ROW_NUMBER() OVER (PARTITION BY x." + project + ", x."
                + partyId + " ORDER BY x." + id + ") AS rn FROM " + table.tableName() + " x) r"
                + " JOIN " + PROJECTS.tableName() + " p ON p." + project + " = r." + project
                + " JOIN " + party.tableName() + " c ON c." + party.idColumn() + " = r.party_id"
                + " WHERE r.rn = 1";
        return new Statement("project " + entityType(party) + " roles from " + table.tableName(),
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
        for (LegacyTable table : LegacyTable.companyTables()) {
            String alias = "c" + table.role().roleId();
            company.append(" WHEN '").append(entityType(table)).append("' THEN ").append(ids.company(table))
                    .append(" + r.entity_id");
            joins.append(" LEFT JOIN ").append(table.tableName()).append(' ').append(alias).append(" ON r.et = '")
                    .append(entityType(table)).append("' AND ").append(alias).append('.').append(table.idColumn())
                    .append(" = r.entity_id");
            found.add(alias + "." + table.idColumn() + " IS NOT NULL");
        }
        company.append(" END");
        LegacyTable links = LegacyTable.PERSONNEL_ENTITY_RELATIONSHIPS;
        String id = links.idColumn();
        String person = PERSONNEL.idColumn();
        String sql = "INSERT INTO person_company_affiliations (affiliation_id, person_id, company_id, title,"
                + " is_primary, start_date, end_date, notes, created_at)"
                + " SELECT " + ids.affiliation() + " + a." + id + ", a." + person + ", a.company_id, a.role_title,"
                + " CASE WHEN a.is_primary AND (a.end_date IS NOT NULL OR a.rn = 1) THEN TRUE ELSE FALSE END,"
                + " a.start_date, a.end_date, a.notes, COALESCE(a.created_at, CURRENT_TIMESTAMP)"
                + " FROM (SELECT r." + id + ", r." + person + ", " + company + " AS company_id, r.role_title,"
                + " r.is_primary, r.start_date, r.end_date, r.notes, r.created_at,"
                + " ROW_NUMBER() OVER (PARTITION BY r." + person + " ORDER BY"
                + " CASE WHEN r.is_primary AND r.end_date IS NULL THEN 0 ELSE 1 END,"
                + " CASE WHEN r.start_date IS NULL THEN 1 ELSE 0 END, r.start_date DESC, r." + id + ") AS rn"
                + " FROM (SELECT x." + id + ", x." + person + ", LOWER(TRIM(x.entity_type)) AS et, x.entity_id,"
                + " x.role_title, x.is_primary, x.start_date, x.end_date, x.notes, x.created_at"
                + " FROM " + links.tableName() + " x) r"
                + " JOIN " + PERSONNEL.tableName() + " p ON p." + person + " = r." + person + joins
                + " WHERE (" + String.join(" OR ", found) + ")"
                + " AND (r.start_date IS NULL OR r.end_date IS NULL OR r.end_date >= r.start_date)) a";
        return new Statement("affiliations from " + links.tableName(), "person_company_affiliations", sql);
    }

    private static String entityType(LegacyTable table) {
        return table.entityType().orElseThrow();
    }
}

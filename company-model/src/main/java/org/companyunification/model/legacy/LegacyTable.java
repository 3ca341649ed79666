package org.companyunification.model.legacy;

import static com.google.common.base.Preconditions.checkNotNull;

import java.sql.Types;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.companyunification.model.company.RoleCode;

/**
 * The catalogue of the legacy schema: every table the library reads or writes, with its columns, in the order of
 * the legacy DDL. It is the one place that names them; the backfill, the validation, the fixtures, the data
 * generator and the benchmark take table and column names from here.
 *
 * <p>Four kinds of table (see {@link Kind}): the shared {@code projects} and {@code personnel} tables, the six
 * company tables (each holds companies in one {@link #role() role}, declared in the order the backfill reads them,
 * which also decides which row leads a company formed from several rows), the five project relationship tables
 * (each {@link #companyTable() points at} one company table through its {@link #companyIdColumn() company id
 * column}), and {@code personnel_entity_relationships}, whose {@code entity_type} values are the {@link
 * #entityType() entity types} of the company tables and of {@code projects}. The legacy schema declares no
 * foreign keys, so relationship rows may point at ids that do not exist.
 *
 * <p>Adding a role table means one constant here (before the relationship tables), its entity and its migration.
 */
public enum LegacyTable {
    /** {@code projects}, shared with the unified schema. */
    PROJECTS(Kind.SHARED, "projects", "project_id", "project_name", null, "project", null,
            text("location"), text("country"), text("status"), text("technology"),
            column("capacity_mw", Types.DECIMAL), text("notes"), timestamp("created_at"), timestamp("updated_at")),
    /** {@code personnel}, shared with the unified schema. */
    PERSONNEL(Kind.SHARED, "personnel", "personnel_id", "full_name", null, null, null,
            text("email"), text("phone"), text("notes"), timestamp("created_at"), timestamp("updated_at")),
    /** {@code technology_vendors}: companies in the vendor role. */
    TECHNOLOGY_VENDORS(Kind.COMPANY, "technology_vendors", "vendor_id", "vendor_name", RoleCode.VENDOR, "vendor",
            null, text("website"), text("country"), text("contact_email"), text("contact_phone"),
            text("reactor_type"), text("notes"), timestamp("created_at"), timestamp("updated_at")),
    /** {@code owners_developers}: companies in the owner/developer role. */
    OWNERS_DEVELOPERS(Kind.COMPANY, "owners_developers", "owner_id", "company_name", RoleCode.DEVELOPER, "owner",
            null, text("company_type"), text("website"), text("country"), text("contact_email"),
            text("contact_phone"), text("notes"), timestamp("created_at"), timestamp("updated_at")),
    /** {@code operators}: companies in the operator role. */
    OPERATORS(Kind.COMPANY, "operators", "operator_id", "operator_name", RoleCode.OPERATOR, "operator", null,
            text("website"), text("country"), text("contact_email"), text("contact_phone"),
            text("notes"), timestamp("created_at"), timestamp("updated_at")),
    /** {@code constructors}: companies in the constructor role. */
    CONSTRUCTORS(Kind.COMPANY, "constructors", "constructor_id", "company_name", RoleCode.CONSTRUCTOR,
            "constructor", null, text("website"), text("country"), text("contact_email"), text("contact_phone"),
            text("notes"), timestamp("created_at"), timestamp("updated_at")),
    /** {@code offtakers}: organisations that buy the output. */
    OFFTAKERS(Kind.COMPANY, "offtakers", "offtaker_id", "organization_name", RoleCode.OFFTAKER, "offtaker", null,
            text("sector"), text("website"), text("country"), text("contact_email"), text("contact_phone"),
            text("notes"), timestamp("created_at"), timestamp("updated_at")),
    /** {@code clients}: companies in the client role, with their CRM columns (see {@link #crmColumns()}). */
    CLIENTS(Kind.COMPANY, "clients", "client_id", "client_name", RoleCode.CLIENT, "client", null,
            text("website"), text("country"), text("contact_email"), text("contact_phone"),
            crm(text("relationship_strength")), crm(text("client_priority")), crm(text("relationship_notes")),
            crm(date("last_contact_date")), crm(date("next_contact_date")),
            text("notes"), timestamp("created_at"), timestamp("updated_at")),
    /** {@code project_vendor_relationships}: a vendor on a project. */
    PROJECT_VENDOR_RELATIONSHIPS("project_vendor_relationships", TECHNOLOGY_VENDORS),
    /** {@code project_owner_relationships}: an owner/developer on a project. */
    PROJECT_OWNER_RELATIONSHIPS("project_owner_relationships", OWNERS_DEVELOPERS),
    /** {@code project_operator_relationships}: an operator on a project. */
    PROJECT_OPERATOR_RELATIONSHIPS("project_operator_relationships", OPERATORS),
    /** {@code project_constructor_relationships}: a constructor on a project. */
    PROJECT_CONSTRUCTOR_RELATIONSHIPS("project_constructor_relationships", CONSTRUCTORS),
    /** {@code project_offtaker_relationships}: an off-taker on a project. */
    PROJECT_OFFTAKER_RELATIONSHIPS("project_offtaker_relationships", OFFTAKERS),
    /** {@code personnel_entity_relationships}: a person at a company (or a project), named by entity type and id. */
    PERSONNEL_ENTITY_RELATIONSHIPS(Kind.PERSONNEL_RELATIONSHIP, "personnel_entity_relationships", "relationship_id",
            null, null, null, null,
            column("personnel_id", Types.BIGINT), text("entity_type"), column("entity_id", Types.BIGINT),
            text("role_title"), column("is_primary", Types.BOOLEAN), date("start_date"), date("end_date"),
            text("notes"), timestamp("created_at"));

    /** What a legacy table holds. */
    public enum Kind {
        /** {@code projects} or {@code personnel}: shared with the unified schema. */
        SHARED,
        /** One of the six role-specific company tables. */
        COMPANY,
        /** One of the five {@code project_*_relationships} tables: a company of one table on a project. */
        PROJECT_RELATIONSHIP,
        /** {@code personnel_entity_relationships}: a person at a company or project. */
        PERSONNEL_RELATIONSHIP
    }

    /**
     * A column and the {@link Types JDBC type} its values are bound with.
     *
     * @param name the column name
     * @param sqlType the {@link Types} constant
     * @param crm whether it is one of the CRM columns of {@code clients} that map to a client profile
     */
    public record Column(String name, int sqlType, boolean crm) {}

    private static final List<LegacyTable> COMPANY_TABLES = ofKind(Kind.COMPANY);
    private static final List<LegacyTable> PROJECT_RELATIONSHIP_TABLES = ofKind(Kind.PROJECT_RELATIONSHIP);

    private final Kind kind;
    private final String tableName;
    private final String idColumn;
    private final String nameColumn;
    private final RoleCode role;
    private final String entityType;
    private final LegacyTable companyTable;
    private final List<Column> columns;

    LegacyTable(Kind kind, String tableName, String idColumn, String nameColumn, RoleCode role, String entityType,
            LegacyTable companyTable, Column... otherColumns) {
        this.kind = kind;
        this.tableName = tableName;
        this.idColumn = idColumn;
        this.nameColumn = nameColumn;
        this.role = role;
        this.entityType = entityType;
        this.companyTable = companyTable;
        Column[] all = new Column[otherColumns.length + (nameColumn == null ? 1 : 2)];
        all[0] = column(idColumn, Types.BIGINT);
        if (nameColumn != null) {
            all[1] = text(nameColumn);
        }
        System.arraycopy(otherColumns, 0, all, all.length - otherColumns.length, otherColumns.length);
        this.columns = List.of(all);
    }

    /** A project relationship table: they all have the same shape, apart from the company id column. */
    LegacyTable(String tableName, LegacyTable companyTable) {
        this(Kind.PROJECT_RELATIONSHIP, tableName, "relationship_id", null, companyTable.role, null, companyTable,
                column("project_id", Types.BIGINT), column(companyTable.idColumn, Types.BIGINT),
                column("is_primary", Types.BOOLEAN), text("notes"), timestamp("created_at"));
    }

    /**
     * Returns what the table holds.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns the table name as it is in the database.
     *
     * @return the table name, for example {@code technology_vendors}
     */
    public String tableName() {
        return tableName;
    }

    /**
     * Returns the primary key column; every legacy table has a single {@code BIGINT} key.
     *
     * @return the id column, for example {@code vendor_id}
     */
    public String idColumn() {
        return idColumn;
    }

    /**
     * Returns the {@code NOT NULL} name column of a company table or of {@code projects} and {@code personnel}.
     *
     * @return the name column, for example {@code vendor_name}
     * @throws IllegalStateException for a relationship table, which has no name column
     */
    public String nameColumn() {
        checkState(nameColumn != null, "has no name column");
        return nameColumn;
    }

    /**
     * Returns the role the rows of a company table hold, or that a project relationship table assigns on a
     * project.
     *
     * @return the role
     * @throws IllegalStateException for a table of another kind
     */
    public RoleCode role() {
        checkState(role != null, "holds no role");
        return role;
    }

    /**
     * Returns the value of {@code personnel_entity_relationships.entity_type} that names a row of this table.
     *
     * @return the entity type ({@code vendor}, {@code owner}, ..., {@code project}), or empty for a table that
     *     personnel relationships do not name
     */
    public Optional<String> entityType() {
        return Optional.ofNullable(entityType);
    }

    /**
     * Returns the company table a project relationship table points at.
     *
     * @return the company table, for example {@link #TECHNOLOGY_VENDORS} for {@link #PROJECT_VENDOR_RELATIONSHIPS}
     * @throws IllegalStateException for a table that is not a project relationship table
     */
    public LegacyTable companyTable() {
        checkState(companyTable != null, "is not a project relationship table");
        return companyTable;
    }

    /**
     * Returns the column of a project relationship table that holds the id of a row of its {@link #companyTable()}.
     *
     * @return the column, for example {@code vendor_id}
     * @throws IllegalStateException for a table that is not a project relationship table
     */
    public String companyIdColumn() {
        return companyTable().idColumn;
    }

    /**
     * Returns the project relationship table that points at this company table.
     *
     * @return the relationship table, or empty for {@code clients} (clients have none) and tables of other kinds
     */
    public Optional<LegacyTable> projectRelationshipTable() {
        return PROJECT_RELATIONSHIP_TABLES.stream().filter(t -> t.companyTable == this).findFirst();
    }

    /**
     * Returns every column of the table, the id column first, in the order of the legacy DDL.
     *
     * @return the columns with their JDBC types
     */
    public List<Column> columns() {
        return columns;
    }

    /**
     * Returns the names of every column of the table, the id column first, in the order of the legacy DDL.
     *
     * @return the column names
     */
    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    /**
     * Returns the CRM columns that map to a client profile.
     *
     * @return the CRM columns of {@code clients}; empty for every other table
     */
    public List<Column> crmColumns() {
        return columns.stream().filter(Column::crm).toList();
    }

    /**
     * Returns the six company tables in the order the backfill reads them.
     *
     * @return the company tables
     */
    public static List<LegacyTable> companyTables() {
        return COMPANY_TABLES;
    }

    /**
     * Returns the five project relationship tables, in the order of their company tables.
     *
     * @return the project relationship tables
     */
    public static List<LegacyTable> projectRelationshipTables() {
        return PROJECT_RELATIONSHIP_TABLES;
    }

    /**
     * Finds a table by its database name.
     *
     * @param tableName the table name, for example {@code clients}
     * @return the table, or empty when the legacy schema has no such table
     */
    public static Optional<LegacyTable> byName(String tableName) {
        return Arrays.stream(values()).filter(t -> t.tableName.equals(tableName)).findFirst();
    }

    /**
     * Finds the table that a {@code personnel_entity_relationships.entity_type} value names.
     *
     * @param entityType the value, for example {@code vendor}; compared exactly
     * @return the company table or {@link #PROJECTS}, or empty for a value the legacy schema does not define
     */
    public static Optional<LegacyTable> byEntityType(String entityType) {
        return Arrays.stream(values()).filter(t -> t.entityType != null && t.entityType.equals(entityType))
                .findFirst();
    }

    /**
     * Returns the company table whose rows hold a role.
     *
     * @param role the role
     * @return the company table
     */
    public static LegacyTable companyTableOf(RoleCode role) {
        checkNotNull(role, "role must not be null");
        return COMPANY_TABLES.stream().filter(t -> t.role == role).findFirst()
                .orElseThrow(() -> new IllegalStateException("no legacy company table holds role " + role));
    }

    private void checkState(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalStateException("legacy table " + tableName + " " + problem);
        }
    }

    private static List<LegacyTable> ofKind(Kind kind) {
        return Arrays.stream(values()).filter(t -> t.kind == kind).toList();
    }

    private static Column text(String name) {
        return column(name, Types.VARCHAR);
    }

    private static Column date(String name) {
        return column(name, Types.DATE);
    }

    private static Column timestamp(String name) {
        return column(name, Types.TIMESTAMP);
    }

    private static Column crm(Column column) {
        return new Column(column.name(), column.sqlType(), true);
    }

    private static Column column(String name, int sqlType) {
        return new Column(name, sqlType, false);
    }
}

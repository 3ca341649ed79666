package org.companyunification.model.testing;

import java.sql.Types;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The fourteen tables of the legacy schema with their columns, in the order {@link LegacyData} inserts them:
 * the shared {@code projects} and {@code personnel} tables, the six company tables, the five project
 * relationship tables and {@code personnel_entity_relationships}. The legacy schema declares no foreign keys,
 * so the order only makes inserts read naturally.
 */
public enum LegacyTable {
    /** {@code projects}, shared with the unified schema. */
    PROJECTS("projects", "project_id", "project_name",
            text("location"), text("country"), text("status"), text("technology"),
            column("capacity_mw", Types.DECIMAL), text("notes"), timestamp("created_at"), timestamp("updated_at")),
    /** {@code personnel}, shared with the unified schema. */
    PERSONNEL("personnel", "personnel_id", "full_name",
            text("email"), text("phone"), text("notes"), timestamp("created_at"), timestamp("updated_at")),
    /** {@code technology_vendors}: companies in the vendor role. */
    TECHNOLOGY_VENDORS("technology_vendors", "vendor_id", "vendor_name",
            text("website"), text("country"), text("contact_email"), text("contact_phone"), text("reactor_type"),
            text("notes"), timestamp("created_at"), timestamp("updated_at")),
    /** {@code owners_developers}: companies in the owner/developer role. */
    OWNERS_DEVELOPERS("owners_developers", "owner_id", "company_name",
            text("company_type"), text("website"), text("country"), text("contact_email"), text("contact_phone"),
            text("notes"), timestamp("created_at"), timestamp("updated_at")),
    /** {@code operators}: companies in the operator role. */
    OPERATORS("operators", "operator_id", "operator_name",
            text("website"), text("country"), text("contact_email"), text("contact_phone"),
            text("notes"), timestamp("created_at"), timestamp("updated_at")),
    /** {@code constructors}: companies in the constructor role. */
    CONSTRUCTORS("constructors", "constructor_id", "company_name",
            text("website"), text("country"), text("contact_email"), text("contact_phone"),
            text("notes"), timestamp("created_at"), timestamp("updated_at")),
    /** {@code offtakers}: organisations that buy the output. */
    OFFTAKERS("offtakers", "offtaker_id", "organization_name",
            text("sector"), text("website"), text("country"), text("contact_email"), text("contact_phone"),
            text("notes"), timestamp("created_at"), timestamp("updated_at")),
    /** {@code clients}: companies in the client role, with their CRM columns. */
    CLIENTS("clients", "client_id", "client_name",
            text("website"), text("country"), text("contact_email"), text("contact_phone"),
            text("relationship_strength"), text("client_priority"), text("relationship_notes"),
            date("last_contact_date"), date("next_contact_date"),
            text("notes"), timestamp("created_at"), timestamp("updated_at")),
    /** {@code project_vendor_relationships}: a vendor on a project. */
    PROJECT_VENDOR_RELATIONSHIPS("project_vendor_relationships", "vendor_id"),
    /** {@code project_owner_relationships}: an owner/developer on a project. */
    PROJECT_OWNER_RELATIONSHIPS("project_owner_relationships", "owner_id"),
    /** {@code project_operator_relationships}: an operator on a project. */
    PROJECT_OPERATOR_RELATIONSHIPS("project_operator_relationships", "operator_id"),
    /** {@code project_constructor_relationships}: a constructor on a project. */
    PROJECT_CONSTRUCTOR_RELATIONSHIPS("project_constructor_relationships", "constructor_id"),
    /** {@code project_offtaker_relationships}: an off-taker on a project. */
    PROJECT_OFFTAKER_RELATIONSHIPS("project_offtaker_relationships", "offtaker_id"),
    /** {@code personnel_entity_relationships}: a person at a company (or a project). */
    PERSONNEL_ENTITY_RELATIONSHIPS("personnel_entity_relationships", "relationship_id", null,
            column("personnel_id", Types.BIGINT), text("entity_type"), column("entity_id", Types.BIGINT),
            text("role_title"), column("is_primary", Types.BOOLEAN), date("start_date"), date("end_date"),
            text("notes"), timestamp("created_at"));

    private final String tableName;
    private final String idColumn;
    private final List<Column> columns;

    LegacyTable(String tableName, String idColumn, String nameColumn, Column... otherColumns) {
        this.tableName = tableName;
        this.idColumn = idColumn;
        Column[] all = new Column[otherColumns.length + (nameColumn == null ? 1 : 2)];
        all[0] = column(idColumn, Types.BIGINT);
        if (nameColumn != null) {
            all[1] = text(nameColumn);
        }
        System.arraycopy(otherColumns, 0, all, all.length - otherColumns.length, otherColumns.length);
        this.columns = List.of(all);
    }

    /** A project relationship table: they all have the same shape, apart from the company id column. */
    LegacyTable(String tableName, String companyIdColumn) {
        this(tableName, "relationship_id", null,
                column("project_id", Types.BIGINT), column(companyIdColumn, Types.BIGINT),
                column("is_primary", Types.BOOLEAN), text("notes"), timestamp("created_at"));
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
     * Returns every column of the table, the id column first, in the order of the legacy DDL.
     *
     * @return the column names
     */
    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
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

    List<Column> columns() {
        return columns;
    }

    private static Column text(String name) {
        return new Column(name, Types.VARCHAR);
    }

    private static Column date(String name) {
        return new Column(name, Types.DATE);
    }

    private static Column timestamp(String name) {
        return new Column(name, Types.TIMESTAMP);
    }

    private static Column column(String name, int sqlType) {
        return new Column(name, sqlType);
    }

    /** A column and the {@link Types JDBC type} its values are bound with. */
    record Column(String name, int sqlType) {}
}

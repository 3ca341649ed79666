package org.companyunification.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The writes of one page, collected into JDBC batches and sent in an order the foreign keys accept: companies
 * before what refers to them, demotions of primary affiliations before the inserts that replace them. In a dry
 * run nothing is prepared and nothing is sent. On PostgreSQL the inserts are copied ({@link CopyBatch}).
 */
final class Writes implements AutoCloseable {

    /** The statements, in the order {@link #flush()} sends them. */
    enum Kind {
        COMPANY_INSERT("companies", "company_id", "company_name", "name_key", "company_type", "website", "country",
                "contact_email", "contact_phone", "reactor_type", "sector", "notes", "created_at", "updated_at",
                "created_by_run"),
        COMPANY_UPDATE(CompanyState.UPDATE),
        ASSIGNMENT_INSERT("company_role_assignments", "assignment_id", "company_id", "role_id", "context_type",
                "context_id", "is_primary", "notes", "created_at", "created_by_run"),
        ASSIGNMENT_UPDATE("UPDATE company_role_assignments SET is_primary = ?, notes = ? WHERE assignment_id = ?"),
        PROFILE_INSERT("client_profiles", "company_id", "relationship_strength", "client_priority",
                "relationship_notes", "last_contact_date", "next_contact_date", "created_at", "created_by_run"),
        PROFILE_UPDATE(ClientProfileValues.UPDATE),
        PRIMARY_DEMOTE("UPDATE person_company_affiliations SET is_primary = FALSE WHERE affiliation_id = ?"),
        AFFILIATION_UPDATE("UPDATE person_company_affiliations SET person_id = ?, company_id = ?, title = ?,"
                + " is_primary = ?, start_date = ?, end_date = ?, notes = ? WHERE affiliation_id = ?"),
        AFFILIATION_INSERT("person_company_affiliations", "affiliation_id", "person_id", "company_id", "title",
                "is_primary", "start_date", "end_date", "notes", "created_at", "created_by_run"),
        ORIGIN_INSERT("company_origins", "source_table", "source_id", "company_id", "source_name", "source_hash",
                "source_digest", "source_values", "run_id"),
        ORIGIN_UPDATE("UPDATE company_origins SET source_name = ?, source_hash = ?, source_digest = ?,"
                + " source_values = ? WHERE source_table = ? AND source_id = ?"),
        ORIGIN_VALUES_UPDATE("UPDATE company_origins SET source_values = ? WHERE source_table = ? AND source_id = ?"),
        ASSIGNMENT_ORIGIN_INSERT("assignment_origins", "source_table", "source_id", "assignment_id", "source_hash",
                "source_digest", "run_id"),
        ASSIGNMENT_ORIGIN_UPDATE("UPDATE assignment_origins SET assignment_id = ?, source_hash = ?,"
                + " source_digest = ? WHERE source_table = ? AND source_id = ?"),
        ASSIGNMENT_ORIGIN_HASH_UPDATE("UPDATE assignment_origins SET source_hash = ?, source_digest = ?"
                + " WHERE source_table = ? AND source_id = ?"),
        AFFILIATION_ORIGIN_INSERT("affiliation_origins", "source_table", "source_id", "affiliation_id",
                "source_hash", "source_digest", "run_id"),
        AFFILIATION_ORIGIN_UPDATE("UPDATE affiliation_origins SET source_hash = ?, source_digest = ?"
                + " WHERE source_table = '" + PersonnelRelationshipRow.TABLE.tableName() + "' AND source_id = ?");

        private final String sql;
        /** The table an insert writes, {@code null} for an update. */
        private final String table;
        private final List<String> columns;

        /** An update. */
        Kind(String sql) {
            this.sql = sql;
            this.table = null;
            this.columns = List.of();
        }

        /** An insert of the columns into the table. */
        Kind(String table, String... columns) {
            this.sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                    + String.join(", ", Collections.nCopies(columns.length, "?")) + ")";
            this.table = table;
            this.columns = List.of(columns);
        }
    }

    private final Connection connection;
    private final boolean dryRun;
    private final boolean copy;
    private final Map<Kind, RowBatch> statements = new EnumMap<>(Kind.class);

    /**
     * @param connection the connection the writes go to
     * @param dryRun whether nothing is to be written
     * @param copy whether inserts go to the database with {@link CopyBatch} (PostgreSQL) rather than as JDBC
     *     batches
     */
    Writes(Connection connection, boolean dryRun, boolean copy) {
        this.connection = connection;
        this.dryRun = dryRun;
        this.copy = copy;
    }

    void add(Kind kind, Object... parameters) throws SQLException {
        if (dryRun) {
            return;
        }
        RowBatch statement = statements.get(kind);
        if (statement == null) {
            statement = copy && kind.table != null
                    ? CopyBatch.open(connection, kind.table, kind.columns)
                    : new BatchStatement(connection, kind.sql);
            statements.put(kind, statement);
        }
        statement.add(parameters);
    }

    void flush() throws SQLException {
        for (RowBatch statement : statements.values()) {
            statement.execute();
        }
    }

    @Override
    public void close() throws SQLException {
        for (RowBatch statement : statements.values()) {
            statement.close();
        }
        statements.clear();
    }
}

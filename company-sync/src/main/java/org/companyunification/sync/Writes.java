package org.companyunification.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The writes of one page, collected into JDBC batches and sent in an order the foreign keys accept: companies
 * before what refers to them, demotions of primary affiliations before the inserts that replace them. In a dry
 * run nothing is prepared and nothing is sent.
 */
final class Writes implements AutoCloseable {

    /** The statements, in the order {@link #flush()} sends them. */
    enum Kind {
        COMPANY_INSERT(CompanyState.INSERT),
        COMPANY_UPDATE(CompanyState.UPDATE),
        ASSIGNMENT_INSERT("INSERT INTO company_role_assignments (assignment_id, company_id, role_id, context_type,"
                + " context_id, is_primary, notes, created_at, created_by_run) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        ASSIGNMENT_UPDATE("UPDATE company_role_assignments SET is_primary = ?, notes = ? WHERE assignment_id = ?"),
        PROFILE_INSERT(ClientProfileValues.INSERT),
        PROFILE_UPDATE(ClientProfileValues.UPDATE),
        PRIMARY_DEMOTE("UPDATE person_company_affiliations SET is_primary = FALSE WHERE affiliation_id = ?"),
        AFFILIATION_UPDATE("UPDATE person_company_affiliations SET person_id = ?, company_id = ?, title = ?,"
                + " is_primary = ?, start_date = ?, end_date = ?, notes = ? WHERE affiliation_id = ?"),
        AFFILIATION_INSERT("INSERT INTO person_company_affiliations (affiliation_id, person_id, company_id, title,"
                + " is_primary, start_date, end_date, notes, created_at, created_by_run)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        ORIGIN_INSERT("INSERT INTO company_origins (source_table, source_id, company_id, source_name, source_hash,"
                + " source_digest, source_values, run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        ORIGIN_UPDATE("UPDATE company_origins SET source_name = ?, source_hash = ?, source_digest = ?,"
                + " source_values = ? WHERE source_table = ? AND source_id = ?"),
        ASSIGNMENT_ORIGIN_INSERT("INSERT INTO assignment_origins (source_table, source_id, assignment_id,"
                + " source_hash, source_digest, run_id) VALUES (?, ?, ?, ?, ?, ?)"),
        ASSIGNMENT_ORIGIN_UPDATE("UPDATE assignment_origins SET assignment_id = ?, source_hash = ?,"
                + " source_digest = ? WHERE source_table = ? AND source_id = ?"),
        ASSIGNMENT_ORIGIN_HASH_UPDATE("UPDATE assignment_origins SET source_hash = ?, source_digest = ?"
                + " WHERE source_table = ? AND source_id = ?"),
        AFFILIATION_ORIGIN_INSERT("INSERT INTO affiliation_origins (source_table, source_id, affiliation_id,"
                + " source_hash, source_digest, run_id) VALUES ('" + PersonnelRelationshipRow.TABLE.tableName()
                + "', ?, ?, ?, ?, ?)"),
        AFFILIATION_ORIGIN_UPDATE("UPDATE affiliation_origins SET source_hash = ?, source_digest = ?"
                + " WHERE source_table = '" + PersonnelRelationshipRow.TABLE.tableName() + "' AND source_id = ?");

        private final String sql;

        Kind(String sql) {
            this.sql = sql;
        }
    }


    private final Connection connection;
    private final boolean dryRun;
    private final Map<Kind, BatchStatement> statements = new EnumMap<>(Kind.class);

    Writes(Connection connection, boolean dryRun) {
        this.connection = connection;
        this.dryRun = dryRun;
    }

    void add(Kind kind, Object... parameters) throws SQLException {
        if (dryRun) {
            return;
        }
        BatchStatement statement = statements.get(kind);
        if (statement == null) {
            statement = new BatchStatement(connection, kind.sql);
            statements.put(kind, statement);
        }
        statement.add(parameters);
    }

    void flush() throws SQLException {
        for (BatchStatement statement : statements.values()) {
            statement.execute();
        }
    }

    @Override
    public void close() throws SQLException {
        for (BatchStatement statement : statements.values()) {
            statement.close();
        }
        statements.clear();
    }
}

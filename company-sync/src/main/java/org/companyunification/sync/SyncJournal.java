package org.companyunification.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.companyunification.sync.internal.Sql;

/**
 * The journal of a sync run ({@code sync_journal}): every unified row the run deleted because its legacy row was
 * deleted, with its column values, written in the same transaction as the delete. Rolling the run back puts the
 * rows back, companies before what refers to them.
 */
final class SyncJournal {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The type a journaled column's text is read back as. */
    private enum Type { LONG, INT, TEXT, BOOL, DATE, TIMESTAMP }

    /** The unified tables a sync may delete from, in the order a restore inserts them. */
    enum Table {
        COMPANIES("companies", List.of("company_id"), col("company_id", Type.LONG), col("company_name", Type.TEXT),
                col("name_key", Type.TEXT), col("company_type", Type.TEXT), col("website", Type.TEXT),
                col("country", Type.TEXT), col("contact_email", Type.TEXT), col("contact_phone", Type.TEXT),
                col("reactor_type", Type.TEXT), col("sector", Type.TEXT), col("notes", Type.TEXT),
                col("created_at", Type.TIMESTAMP), col("updated_at", Type.TIMESTAMP),
                col("created_by_run", Type.LONG)),
        ASSIGNMENTS("company_role_assignments", List.of("assignment_id"), col("assignment_id", Type.LONG),
                col("company_id", Type.LONG), col("role_id", Type.INT), col("context_type", Type.TEXT),
                col("context_id", Type.LONG), col("is_primary", Type.BOOL), col("notes", Type.TEXT),
                col("created_at", Type.TIMESTAMP), col("created_by_run", Type.LONG)),
        PROFILES("client_profiles", List.of("company_id"), col("company_id", Type.LONG),
                col("relationship_strength", Type.TEXT), col("client_priority", Type.TEXT),
                col("relationship_notes", Type.TEXT), col("last_contact_date", Type.DATE),
                col("next_contact_date", Type.DATE), col("created_at", Type.TIMESTAMP),
                col("updated_at", Type.TIMESTAMP), col("created_by_run", Type.LONG)),
        AFFILIATIONS("person_company_affiliations", List.of("affiliation_id"), col("affiliation_id", Type.LONG),
                col("person_id", Type.LONG), col("company_id", Type.LONG), col("title", Type.TEXT),
                col("is_primary", Type.BOOL), col("start_date", Type.DATE), col("end_date", Type.DATE),
                col("notes", Type.TEXT), col("created_at", Type.TIMESTAMP), col("created_by_run", Type.LONG)),
        COMPANY_ORIGINS("company_origins", List.of("source_table", "source_id"), col("source_table", Type.TEXT),
                col("source_id", Type.LONG), col("company_id", Type.LONG), col("source_name", Type.TEXT),
                col("source_hash", Type.LONG), col("source_values", Type.TEXT), col("run_id", Type.LONG),
                col("source_digest", Type.TEXT)),
        ASSIGNMENT_ORIGINS("assignment_origins", List.of("source_table", "source_id"),
                col("source_table", Type.TEXT), col("source_id", Type.LONG), col("assignment_id", Type.LONG),
                col("source_hash", Type.LONG), col("run_id", Type.LONG), col("source_digest", Type.TEXT)),
        AFFILIATION_ORIGINS("affiliation_origins", List.of("source_table", "source_id"),
                col("source_table", Type.TEXT), col("source_id", Type.LONG), col("affiliation_id", Type.LONG),
                col("source_hash", Type.LONG), col("run_id", Type.LONG), col("source_digest", Type.TEXT));

        final String name;
        private final List<String> key;
        private final Map<String, Type> columns = new LinkedHashMap<>();

        Table(String name, List<String> key, Map.Entry<?, ?>... columns) {
            this.name = name;
            this.key = key;
            for (Map.Entry<?, ?> column : columns) {
                this.columns.put((String) column.getKey(), (Type) column.getValue());
            }
        }

        private String columnList() {
            return String.join(", ", columns.keySet());
        }
    }

    private static Map.Entry<String, Type> col(String name, Type type) {
        return Map.entry(name, type);
    }

    private final long runId;
    private long next;

    private SyncJournal(long runId, long next) {
        this.runId = runId;
        this.next = next;
    }

    /** Opens the journal of a run, continuing after its last entry (a resumed run has some). */
    static SyncJournal of(Connection connection, long runId) throws SQLException {
        return new SyncJournal(runId, Sql.count(connection,
                "SELECT COALESCE(MAX(entry_no), 0) FROM sync_journal WHERE run_id = ?", runId) + 1);
    }

    /**
     * Records the rows of a table that a condition selects, before they are deleted.
     *
     * @param where the condition, with {@code ?} for the parameters
     * @return how many rows were recorded
     */
    long record(Connection connection, Table table, String where, Collection<?> parameters) throws SQLException {
        List<String> entries = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + table.columnList() + " FROM " + table.name + " WHERE " + where)) {
            Sql.bind(statement, 1, parameters);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Map<String, String> values = new LinkedHashMap<>();
                    for (Map.Entry<String, Type> column : table.columns.entrySet()) {
                        Object value = rs.getObject(column.getKey(), javaType(column.getValue()));
                        values.put(column.getKey(), value == null ? null : value.toString());
                    }
                    entries.add(write(values));
                }
            }
        }
        try (BatchStatement insert = new BatchStatement(connection, "INSERT INTO sync_journal (run_id, entry_no,"
                + " table_name, row_values) VALUES (?, ?, ?, ?)")) {
            for (String entry : entries) {
                insert.add(runId, next++, table.name, entry);
            }
            insert.execute();
        }
        return entries.size();
    }

    /**
     * Puts back every row a run journaled that is not there again, table by table in restore order, and returns
     * per table how many rows were restored. A row whose key is taken again (a later write recreated it) is left
     * as it is now.
     */
    static Map<String, Long> restore(Connection connection, long runId) throws SQLException {
        Map<String, Long> restored = new LinkedHashMap<>();
        for (Table table : Table.values()) {
            List<Map<String, String>> rows = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("SELECT row_values FROM sync_journal"
                    + " WHERE run_id = ? AND table_name = ? ORDER BY entry_no")) {
                statement.setLong(1, runId);
                statement.setString(2, table.name);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        rows.add(read(rs.getString(1)));
                    }
                }
            }
            if (rows.isEmpty()) {
                continue;
            }
            Set<String> present = present(connection, table, rows);
            long count = 0;
            String placeholders = table.columns.keySet().stream().map(c -> "?").collect(Collectors.joining(", "));
            try (BatchStatement insert = new BatchStatement(connection, "INSERT INTO " + table.name + " ("
                    + table.columnList() + ") VALUES (" + placeholders + ")")) {
                for (Map<String, String> row : rows) {
                    if (present.add(keyOf(table, row))) {
                        List<Object> values = new ArrayList<>();
                        table.columns.forEach((column, type) -> values.add(parse(type, row.get(column))));
                        insert.add(values.toArray());
                        count++;
                    }
                }
                insert.execute();
            }
            restored.put(table.name, count);
        }
        return restored;
    }

    /** Returns the keys of the journaled rows that the table holds again. */
    private static Set<String> present(Connection connection, Table table, List<Map<String, String>> rows)
            throws SQLException {
        Set<String> present = new HashSet<>();
        String first = table.key.get(0);
        List<Object> values = rows.stream().map(row -> parse(table.columns.get(first), row.get(first))).distinct()
                .collect(Collectors.toList());
        for (int from = 0; from < values.size(); from += 1000) {
            List<Object> chunk = values.subList(from, Math.min(values.size(), from + 1000));
            try (PreparedStatement statement = connection.prepareStatement("SELECT " + String.join(", ", table.key)
                    + " FROM " + table.name + " WHERE " + first + " IN " + Sql.in(chunk.size()))) {
                Sql.bind(statement, 1, chunk);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        Map<String, String> key = new LinkedHashMap<>();
                        for (String column : table.key) {
                            key.put(column, rs.getString(column));
                        }
                        present.add(keyOf(table, key));
                    }
                }
            }
        }
        return present;
    }

    private static String keyOf(Table table, Map<String, String> row) {
        return table.key.stream().map(row::get).collect(Collectors.joining("\u001f"));
    }

    private static Class<?> javaType(Type type) {
        return switch (type) {
            case LONG -> Long.class;
            case INT -> Integer.class;
            case TEXT -> String.class;
            case BOOL -> Boolean.class;
            case DATE -> LocalDate.class;
            case TIMESTAMP -> LocalDateTime.class;
        };
    }

    private static Object parse(Type type, String text) {
        if (text == null) {
            return null;
        }
        return switch (type) {
            case LONG -> Long.parseLong(text);
            case INT -> Integer.parseInt(text);
            case TEXT -> text;
            case BOOL -> Boolean.parseBoolean(text);
            case DATE -> LocalDate.parse(text);
            case TIMESTAMP -> LocalDateTime.parse(text);
        };
    }

    private static String write(Map<String, String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> read(String json) {
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() {});
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}

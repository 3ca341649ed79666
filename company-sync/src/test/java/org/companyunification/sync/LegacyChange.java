package org.companyunification.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.companyunification.model.legacy.LegacyTable;

/** An insert, update or delete of one legacy row, as a test writes it: with SQL, or through the legacy entities. */
record LegacyChange(Kind kind, LegacyTable table, long id, Map<String, Object> values) {

    enum Kind { INSERT, UPDATE, DELETE }

    static LegacyChange insert(LegacyTable table, long id, Object... columnsAndValues) {
        return new LegacyChange(Kind.INSERT, table, id, map(columnsAndValues));
    }

    static LegacyChange update(LegacyTable table, long id, Object... columnsAndValues) {
        return new LegacyChange(Kind.UPDATE, table, id, map(columnsAndValues));
    }

    static LegacyChange delete(LegacyTable table, long id) {
        return new LegacyChange(Kind.DELETE, table, id, Map.of());
    }

    private static Map<String, Object> map(Object... columnsAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            values.put((String) columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return values;
    }

    /** Writes the change with plain SQL on the connection, without committing. */
    void writeWithSql(Connection connection) throws SQLException {
        String sql;
        List<Object> parameters = new ArrayList<>(values.values());
        switch (kind) {
            case INSERT -> {
                sql = "INSERT INTO " + table.tableName() + " (" + table.idColumn() + ", "
                        + String.join(", ", values.keySet()) + ") VALUES (?"
                        + ", ?".repeat(values.size()) + ")";
                parameters.add(0, id);
            }
            case UPDATE -> {
                sql = "UPDATE " + table.tableName() + " SET " + values.keySet().stream().map(c -> c + " = ?")
                        .collect(Collectors.joining(", ")) + " WHERE " + table.idColumn() + " = ?";
                parameters.add(id);
            }
            default -> sql = "DELETE FROM " + table.tableName() + " WHERE " + table.idColumn() + " = " + id;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            statement.executeUpdate();
        }
    }

    @Override
    public String toString() {
        return kind + " " + table.tableName() + " " + id + " " + values;
    }
}

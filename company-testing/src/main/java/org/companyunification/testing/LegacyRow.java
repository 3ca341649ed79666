package org.companyunification.testing;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.companyunification.model.legacy.LegacyTable;

/**
 * One row of a legacy table being described in a {@link LegacyData}; its subclasses have a setter for every
 * column of their table. Columns left unset are written as {@code NULL} ({@code is_primary} as {@code FALSE}).
 * Setters accept any value the column type holds, including the dirty ones production has (blank strings,
 * stray whitespace, unknown codes, dates in the wrong order), and {@code null} to write {@code NULL}.
 *
 * @param <T> the concrete row type, returned by the setters so calls chain
 */
public abstract class LegacyRow<T extends LegacyRow<T>> {

    private final LegacyTable table;
    private final long id;
    private final Map<String, Object> values = new LinkedHashMap<>();

    LegacyRow(LegacyTable table, long id) {
        this.table = table;
        this.id = id;
        set(table.idColumn(), id);
    }

    /**
     * Returns the table this row goes into.
     *
     * @return the table
     */
    public LegacyTable table() {
        return table;
    }

    /**
     * Returns the primary key of this row.
     *
     * @return the id
     */
    public long id() {
        return id;
    }

    /**
     * Returns the value of every column of the table as this row will write it, in the order of
     * {@link LegacyTable#columnNames()}: unset columns map to {@code null}, {@code is_primary} to {@code false}.
     * Values are {@link Long}, {@link String}, {@link Boolean}, {@link java.math.BigDecimal},
     * {@link java.time.LocalDate} or {@link java.time.LocalDateTime}.
     *
     * @return an unmodifiable view of the values
     */
    public Map<String, Object> values() {
        Map<String, Object> all = new LinkedHashMap<>();
        for (LegacyTable.Column column : table.columns()) {
            all.put(column.name(), value(column.name()));
        }
        return Collections.unmodifiableMap(all);
    }

    /**
     * Sets the {@code notes} column (default: {@code NULL}).
     *
     * @param notes free text, or {@code null}
     * @return this row
     */
    public T notes(String notes) {
        return set("notes", notes);
    }

    /**
     * Sets the {@code created_at} column (default: {@code NULL}).
     *
     * @param createdAt the creation time, or {@code null}
     * @return this row
     */
    public T createdAt(LocalDateTime createdAt) {
        return set("created_at", createdAt);
    }

    /** Sets a column by name, one of the {@link LegacyTable#columnNames()} of the row's table. */
    @SuppressWarnings("unchecked")
    final T set(String column, Object value) {
        checkArgument(table.columnNames().contains(column), "legacy table %s has no column %s", table.tableName(),
                column);
        values.put(column, value);
        return (T) this;
    }

    /** Returns the value of a column, {@code null} when unset. */
    final Object value(String column) {
        return values.get(column);
    }

    /** Copies the values of another row of the same table into this one. */
    final void copyFrom(LegacyRow<?> other) {
        values.putAll(other.values);
    }
}

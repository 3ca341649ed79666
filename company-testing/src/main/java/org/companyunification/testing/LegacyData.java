package org.companyunification.testing;

import org.companyunification.model.legacy.LegacyTable;
import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Legacy rows for a test, described in a few readable lines and inserted with JDBC batches into any database
 * that has the legacy schema (H2, PostgreSQL, MariaDB):
 *
 * <pre>{@code
 * new LegacyData()
 *     .project(1, "Palisades SMR", p -> p.country("USA").technology("SMR-300"))
 *     .person(7, "Jane Doe", p -> p.email("jane@holtec.com"))
 *     .vendor(10, "Holtec International", v -> v.country("USA").website("https://holtec.com"))
 *     .operator(20, "HOLTEC INTERNATIONAL, INC.")
 *     .client(30, "Holtec Intl", c -> c.relationshipStrength("strong ").clientPriority("HIGH"))
 *     .vendorOnProject(100, 1, 10, true)
 *     .personAt(200, 7, "vendor", 10, a -> a.title("CEO").primary(true).start(LocalDate.of(2020, 1, 1)))
 *     .insertInto(dataSource);
 * }</pre>
 *
 * <p>Every column of every legacy table can be set through the row passed to the optional lambda; unset
 * columns are {@code NULL} ({@code is_primary} is {@code FALSE}). Like production, the rows may be dirty: names
 * may be blank or oddly spaced, CRM codes unknown, end dates before start dates, and relationship rows may point
 * at ids that do not exist, since the legacy schema has no foreign keys. Only what the legacy schema itself
 * refuses is refused here, early: a {@code null} name (the columns are {@code NOT NULL}), a second row with
 * the same id in a table, and, on PostgreSQL, a NUL character in text (the message names the row and column).
 *
 * <p>Ready-made data sets are in {@link LegacyScenarios}; {@link #and(LegacyData)} combines them. A
 * {@code LegacyData} can be inserted into several databases; it is not thread-safe.
 */
public final class LegacyData {

    private static final int BATCH_SIZE = 500;

    private final Map<LegacyTable, Map<Long, LegacyRow<?>>> rows = new EnumMap<>(LegacyTable.class);

    /** Creates an empty set of legacy rows. */
    public LegacyData() {}

    /**
     * Adds a row to {@code projects} with only its name set.
     *
     * @param id the {@code project_id}
     * @param name the {@code project_name}, not {@code null}; blank is allowed
     * @return this data
     * @throws IllegalArgumentException when the name is {@code null} or the id is taken
     */
    public LegacyData project(long id, String name) {
        return project(id, name, row -> {});
    }

    /**
     * Adds a row to {@code projects}.
     *
     * @param id the {@code project_id}
     * @param name the {@code project_name}, not {@code null}; blank is allowed
     * @param details sets the other columns
     * @return this data
     * @throws IllegalArgumentException when the name is {@code null} or the id is taken
     */
    public LegacyData project(long id, String name, Consumer<LegacyProjectRow> details) {
        return add(new LegacyProjectRow(id, checkName(LegacyTable.PROJECTS, name)), details);
    }

    /**
     * Adds a row to {@code personnel} with only its name set.
     *
     * @param id the {@code personnel_id}
     * @param fullName the {@code full_name}, not {@code null}; blank is allowed
     * @return this data
     * @throws IllegalArgumentException when the name is {@code null} or the id is taken
     */
    public LegacyData person(long id, String fullName) {
        return person(id, fullName, row -> {});
    }

    /**
     * Adds a row to {@code personnel}.
     *
     * @param id the {@code personnel_id}
     * @param fullName the {@code full_name}, not {@code null}; blank is allowed
     * @param details sets the other columns
     * @return this data
     * @throws IllegalArgumentException when the name is {@code null} or the id is taken
     */
    public LegacyData person(long id, String fullName, Consumer<LegacyPersonRow> details) {
        return add(new LegacyPersonRow(id, checkName(LegacyTable.PERSONNEL, fullName)), details);
    }

    /**
     * Adds a row to {@code technology_vendors} with only its name set.
     *
     * @param id the {@code vendor_id}
     * @param name the {@code vendor_name}, not {@code null}; blank is allowed
     * @return this data
     * @throws IllegalArgumentException when the name is {@code null} or the id is taken
     */
    public LegacyData vendor(long id, String name) {
        return vendor(id, name, row -> {});
    }

    /**
     * Adds a row to {@code technology_vendors}.
     *
     * @param id the {@code vendor_id}
     * @param name the {@code vendor_name}, not {@code null}; blank is allowed
     * @param details sets the other columns
     * @return this data
     * @throws IllegalArgumentException when the name is {@code null} or the id is taken
     */
    public LegacyData vendor(long id, String name, Consumer<LegacyVendorRow> details) {
        return add(new LegacyVendorRow(id, checkName(LegacyTable.TECHNOLOGY_VENDORS, name)), details);
    }

    /**
     * Adds a row to {@code owners_developers} with only its name set.
     *
     * @param id the {@code owner_id}
     * @param name the {@code company_name}, not {@code null}; blank is allowed
     * @return this data
     * @throws IllegalArgumentException when the name is {@code null} or the id is taken
     */
    public LegacyData owner(long id, String name) {
        return owner(id, name, row -> {});
    }

    /**
     * Adds a row to {@code owners_developers}.
     *
     * @param id the {@code owner_id}
     * @param name the {@code company_name}, not {@code null}; blank is allowed
     * @param details sets the other columns
     * @return this data
     * @throws IllegalArgumentException when the name is {@code null} or the id is taken
     */
    public LegacyData owner(long id, String name, Consumer<LegacyOwnerRow> details) {
        return add(new LegacyOwnerRow(id, checkName(LegacyTable.OWNERS_DEVELOPERS, name)), details);
    }

    /**
     * Adds a row to {@code operators} with only its name set.
     *
     * @param id the {@code operator_id}
     * @param name the {@code operator_name}, not {@code null}; blank is allowed
     * @return this data
     * @throws IllegalArgumentException when the name is {@code null} or the id is taken
     */
    public LegacyData operator(long id, String name) {
        return operator(id, name, row -> {});
    }

    /**
     * Adds a row to {@code operators}.
     *
     * @param id the {@code operator_id}
     * @param name the {@code operator_name}, not {@code null}; blank is allowed
     * @param details sets the other columns
     * @return this data
     * @throws IllegalArgumentException when the name is {@code null} or the id is taken
     */
    public LegacyData operator(long id, String name, Consumer<LegacyOperatorRow> details) {
        return add(new LegacyOperatorRow(id, checkName(LegacyTable.OPERATORS, name)), details);
    }

    /**
     * Adds a row to {@code constructors} with only its name set.
     *
     * @param id the {@code constructor_id}
     * @param name the {@code company_name}, not {@code null}; blank is allowed
     * @return this data
     * @throws IllegalArgumentException when the name is {@code null} or the id is taken
     */
    public LegacyData constructor(long id, String name) {
        return constructor(id, name, row -> {});
    }

    /**
     * Adds a row to {@code constructors}.
     *
     * @param id the {@code constructor_id}
     * @param name the {@code company_name}, not {@code null}; blank is allowed
     * @param details sets the other columns
     * @return this data
     * @throws IllegalArgumentException when the name is {@code null} or the id is taken
     */
    public LegacyData constructor(long id, String name, Consumer<LegacyConstructorRow> details) {
        return add(new LegacyConstructorRow(id, checkName(LegacyTable.CONSTRUCTORS, name)), details);
    }

    /**
     * Adds a row to {@code offtakers} with only its name set.
     *
     * @param id the {@code offtaker_id}
     * @param name the {@code organization_name}, not {@code null}; blank is allowed
     * @return this data
     * @throws IllegalArgumentException when the name is {@code null} or the id is taken
     */
    public LegacyData offtaker(long id, String name) {
        return offtaker(id, name, row -> {});
    }

    /**
     * Adds a row to {@code offtakers}.
     *
     * @param id the {@code offtaker_id}
     * @param name the {@code organization_name}, not {@code null}; blank is allowed
     * @param details sets the other columns
     * @return this data
     * @throws IllegalArgumentException when the name is {@code null} or the id is taken
     */
    public LegacyData offtaker(long id, String name, Consumer<LegacyOfftakerRow> details) {
        return add(new LegacyOfftakerRow(id, checkName(LegacyTable.OFFTAKERS, name)), details);
    }

    /**
     * Adds a row to {@code clients} with only its name set.
     *
     * @param id the {@code client_id}
     * @param name the {@code client_name}, not {@code null}; blank is allowed
     * @return this data
     * @throws IllegalArgumentException when the name is {@code null} or the id is taken
     */
    public LegacyData client(long id, String name) {
        return client(id, name, row -> {});
    }

    /**
     * Adds a row to {@code clients}.
     *
     * @param id the {@code client_id}
     * @param name the {@code client_name}, not {@code null}; blank is allowed
     * @param details sets the other columns, the CRM ones included
     * @return this data
     * @throws IllegalArgumentException when the name is {@code null} or the id is taken
     */
    public LegacyData client(long id, String name, Consumer<LegacyClientRow> details) {
        return add(new LegacyClientRow(id, checkName(LegacyTable.CLIENTS, name)), details);
    }

    /**
     * Adds a row to {@code project_vendor_relationships}.
     *
     * @param relationshipId the {@code relationship_id}
     * @param projectId the {@code project_id}; need not exist
     * @param vendorId the {@code vendor_id}; need not exist
     * @param primary the {@code is_primary} flag
     * @return this data
     * @throws IllegalArgumentException when the relationship id is taken
     */
    public LegacyData vendorOnProject(long relationshipId, long projectId, long vendorId, boolean primary) {
        return vendorOnProject(relationshipId, projectId, vendorId, primary, row -> {});
    }

    /**
     * Adds a row to {@code project_vendor_relationships}.
     *
     * @param relationshipId the {@code relationship_id}
     * @param projectId the {@code project_id}; need not exist
     * @param vendorId the {@code vendor_id}; need not exist
     * @param primary the {@code is_primary} flag
     * @param details sets the other columns
     * @return this data
     * @throws IllegalArgumentException when the relationship id is taken
     */
    public LegacyData vendorOnProject(long relationshipId, long projectId, long vendorId, boolean primary,
            Consumer<LegacyProjectLinkRow> details) {
        return onProject(LegacyTable.PROJECT_VENDOR_RELATIONSHIPS, relationshipId, projectId, vendorId, primary,
                details);
    }

    /**
     * Adds a row to {@code project_owner_relationships}.
     *
     * @param relationshipId the {@code relationship_id}
     * @param projectId the {@code project_id}; need not exist
     * @param ownerId the {@code owner_id}; need not exist
     * @param primary the {@code is_primary} flag
     * @return this data
     * @throws IllegalArgumentException when the relationship id is taken
     */
    public LegacyData ownerOnProject(long relationshipId, long projectId, long ownerId, boolean primary) {
        return ownerOnProject(relationshipId, projectId, ownerId, primary, row -> {});
    }

    /**
     * Adds a row to {@code project_owner_relationships}.
     *
     * @param relationshipId the {@code relationship_id}
     * @param projectId the {@code project_id}; need not exist
     * @param ownerId the {@code owner_id}; need not exist
     * @param primary the {@code is_primary} flag
     * @param details sets the other columns
     * @return this data
     * @throws IllegalArgumentException when the relationship id is taken
     */
    public LegacyData ownerOnProject(long relationshipId, long projectId, long ownerId, boolean primary,
            Consumer<LegacyProjectLinkRow> details) {
        return onProject(LegacyTable.PROJECT_OWNER_RELATIONSHIPS, relationshipId, projectId, ownerId, primary,
                details);
    }

    /**
     * Adds a row to {@code project_operator_relationships}.
     *
     * @param relationshipId the {@code relationship_id}
     * @param projectId the {@code project_id}; need not exist
     * @param operatorId the {@code operator_id}; need not exist
     * @param primary the {@code is_primary} flag
     * @return this data
     * @throws IllegalArgumentException when the relationship id is taken
     */
    public LegacyData operatorOnProject(long relationshipId, long projectId, long operatorId, boolean primary) {
        return operatorOnProject(relationshipId, projectId, operatorId, primary, row -> {});
    }

    /**
     * Adds a row to {@code project_operator_relationships}.
     *
     * @param relationshipId the {@code relationship_id}
     * @param projectId the {@code project_id}; need not exist
     * @param operatorId the {@code operator_id}; need not exist
     * @param primary the {@code is_primary} flag
     * @param details sets the other columns
     * @return this data
     * @throws IllegalArgumentException when the relationship id is taken
     */
    public LegacyData operatorOnProject(long relationshipId, long projectId, long operatorId, boolean primary,
            Consumer<LegacyProjectLinkRow> details) {
        return onProject(LegacyTable.PROJECT_OPERATOR_RELATIONSHIPS, relationshipId, projectId, operatorId,
                primary, details);
    }

    /**
     * Adds a row to {@code project_constructor_relationships}.
     *
     * @param relationshipId the {@code relationship_id}
     * @param projectId the {@code project_id}; need not exist
     * @param constructorId the {@code constructor_id}; need not exist
     * @param primary the {@code is_primary} flag
     * @return this data
     * @throws IllegalArgumentException when the relationship id is taken
     */
    public LegacyData constructorOnProject(long relationshipId, long projectId, long constructorId,
            boolean primary) {
        return constructorOnProject(relationshipId, projectId, constructorId, primary, row -> {});
    }

    /**
     * Adds a row to {@code project_constructor_relationships}.
     *
     * @param relationshipId the {@code relationship_id}
     * @param projectId the {@code project_id}; need not exist
     * @param constructorId the {@code constructor_id}; need not exist
     * @param primary the {@code is_primary} flag
     * @param details sets the other columns
     * @return this data
     * @throws IllegalArgumentException when the relationship id is taken
     */
    public LegacyData constructorOnProject(long relationshipId, long projectId, long constructorId,
            boolean primary, Consumer<LegacyProjectLinkRow> details) {
        return onProject(LegacyTable.PROJECT_CONSTRUCTOR_RELATIONSHIPS, relationshipId, projectId, constructorId,
                primary, details);
    }

    /**
     * Adds a row to {@code project_offtaker_relationships}.
     *
     * @param relationshipId the {@code relationship_id}
     * @param projectId the {@code project_id}; need not exist
     * @param offtakerId the {@code offtaker_id}; need not exist
     * @param primary the {@code is_primary} flag
     * @return this data
     * @throws IllegalArgumentException when the relationship id is taken
     */
    public LegacyData offtakerOnProject(long relationshipId, long projectId, long offtakerId, boolean primary) {
        return offtakerOnProject(relationshipId, projectId, offtakerId, primary, row -> {});
    }

    /**
     * Adds a row to {@code project_offtaker_relationships}.
     *
     * @param relationshipId the {@code relationship_id}
     * @param projectId the {@code project_id}; need not exist
     * @param offtakerId the {@code offtaker_id}; need not exist
     * @param primary the {@code is_primary} flag
     * @param details sets the other columns
     * @return this data
     * @throws IllegalArgumentException when the relationship id is taken
     */
    public LegacyData offtakerOnProject(long relationshipId, long projectId, long offtakerId, boolean primary,
            Consumer<LegacyProjectLinkRow> details) {
        return onProject(LegacyTable.PROJECT_OFFTAKER_RELATIONSHIPS, relationshipId, projectId, offtakerId,
                primary, details);
    }

    /**
     * Adds a row to {@code personnel_entity_relationships}, not primary, without title or dates.
     *
     * @param relationshipId the {@code relationship_id}
     * @param personnelId the {@code personnel_id}; need not exist
     * @param entityType the {@code entity_type}, usually one of {@code vendor}, {@code owner},
     *     {@code operator}, {@code constructor}, {@code offtaker}, {@code client}, {@code project}; any text
     *     goes, as in production
     * @param entityId the {@code entity_id}; need not exist
     * @return this data
     * @throws IllegalArgumentException when the entity type is {@code null} or the relationship id is taken
     */
    public LegacyData personAt(long relationshipId, long personnelId, String entityType, long entityId) {
        return personAt(relationshipId, personnelId, entityType, entityId, row -> {});
    }

    /**
     * Adds a row to {@code personnel_entity_relationships}.
     *
     * @param relationshipId the {@code relationship_id}
     * @param personnelId the {@code personnel_id}; need not exist
     * @param entityType the {@code entity_type}, usually one of {@code vendor}, {@code owner},
     *     {@code operator}, {@code constructor}, {@code offtaker}, {@code client}, {@code project}; any text
     *     goes, as in production
     * @param entityId the {@code entity_id}; need not exist
     * @param details sets the title, the primary flag, the dates and the other columns
     * @return this data
     * @throws IllegalArgumentException when the entity type is {@code null} or the relationship id is taken
     */
    public LegacyData personAt(long relationshipId, long personnelId, String entityType, long entityId,
            Consumer<LegacyPersonLinkRow> details) {
        checkArgument(entityType != null, "%s.entity_type is NOT NULL in the legacy schema (relationship %s)",
                LegacyTable.PERSONNEL_ENTITY_RELATIONSHIPS.tableName(), relationshipId);
        return add(new LegacyPersonLinkRow(relationshipId, personnelId, entityType, entityId), details);
    }

    /**
     * Adds copies of all rows of another data set, for example to combine {@link LegacyScenarios}. Later changes
     * to either set do not affect the other.
     *
     * @param other the rows to add
     * @return this data
     * @throws IllegalArgumentException when both sets have a row with the same id in the same table
     */
    public LegacyData and(LegacyData other) {
        requireNonNull(other, "other");
        checkArgument(other != this, "cannot add a data set to itself: every id would be taken twice");
        other.rows.forEach((table, tableRows) -> tableRows.values().forEach(row -> {
            checkNewId(table, row.id());
            LegacyRow<?> copy = copyOf(row);
            this.rows.computeIfAbsent(table, t -> new LinkedHashMap<>()).put(row.id(), copy);
        }));
        return this;
    }

    /**
     * Returns the number of rows described for one table.
     *
     * @param table the table
     * @return the number of rows, 0 when none
     */
    public int rowCount(LegacyTable table) {
        requireNonNull(table, "table");
        return rows.getOrDefault(table, Map.of()).size();
    }

    /**
     * Returns the number of rows described, over all tables.
     *
     * @return the number of rows
     */
    public int rowCount() {
        return rows.values().stream().mapToInt(Map::size).sum();
    }

    /**
     * Returns the ids of the rows described for one table, in the order they were added.
     *
     * @param table the table
     * @return the ids, empty when none
     */
    public List<Long> ids(LegacyTable table) {
        requireNonNull(table, "table");
        return List.copyOf(rows.getOrDefault(table, Map.of()).keySet());
    }

    /**
     * Returns the rows described for one table, in the order they were added, for tests that compare what a
     * migration wrote with what the legacy rows held.
     *
     * @param table the table
     * @return the rows, empty when none; changing a row through its setters changes this data set
     */
    public List<LegacyRow<?>> rows(LegacyTable table) {
        requireNonNull(table, "table");
        return List.copyOf(rows.getOrDefault(table, Map.of()).values());
    }

    /**
     * Inserts the rows in one transaction, committed at the end and rolled back when any insert fails. Each
     * table is written with batched prepared statements.
     *
     * @param dataSource a database with the legacy schema
     * @return the number of rows inserted
     * @throws IllegalStateException when an insert fails (the legacy tables are missing, an id is already in
     *     the database, ...); the message names the table and the ids
     */
    public int insertInto(DataSource dataSource) {
        requireNonNull(dataSource, "dataSource");
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                int inserted = insertInto(connection);
                connection.commit();
                return inserted;
            } catch (RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot insert the legacy rows: " + e.getMessage(), e);
        }
    }

    /**
     * Inserts the rows through a connection the caller owns, within the caller's transaction: nothing is
     * committed or rolled back here.
     *
     * @param connection an open connection to a database with the legacy schema
     * @return the number of rows inserted
     * @throws IllegalStateException when an insert fails; the message names the table and the ids
     */
    public int insertInto(Connection connection) {
        requireNonNull(connection, "connection");
        int inserted = 0;
        for (Map.Entry<LegacyTable, Map<Long, LegacyRow<?>>> entry : rows.entrySet()) {
            inserted += insert(connection, entry.getKey(), entry.getValue().values());
        }
        return inserted;
    }

    /**
     * Describes the data set by its row counts, for example
     * {@code LegacyData[projects=1, technology_vendors=2]}.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return rows.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey().tableName() + "=" + e.getValue().size())
                .collect(Collectors.joining(", ", "LegacyData[", "]"));
    }

    private static int insert(Connection connection, LegacyTable table, Collection<LegacyRow<?>> tableRows) {
        List<LegacyTable.Column> columns = table.columns();
        String sql = "INSERT INTO " + table.tableName() + " ("
                + columns.stream().map(LegacyTable.Column::name).collect(Collectors.joining(", "))
                + ") VALUES (" + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
        List<LegacyRow<?>> batch = new ArrayList<>(BATCH_SIZE);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            boolean postgresql = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
                    .contains("postgres");
            for (LegacyRow<?> row : tableRows) {
                if (postgresql) {
                    refuseNul(table, row);
                }
                for (int i = 0; i < columns.size(); i++) {
                    bind(statement, i + 1, columns.get(i), row.value(columns.get(i).name()));
                }
                statement.addBatch();
                batch.add(row);
                if (batch.size() == BATCH_SIZE) {
                    executeBatch(statement, table, batch);
                }
            }
            executeBatch(statement, table, batch);
            return tableRows.size();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the insert into legacy table " + table.tableName()
                    + ": " + e.getMessage() + ". Does the database have the legacy schema?", e);
        }
    }

    /** PostgreSQL cannot store NUL in text: say which row and column hold one, rather than fail a batch. */
    private static void refuseNul(LegacyTable table, LegacyRow<?> row) {
        for (LegacyTable.Column column : table.columns()) {
            if (row.value(column.name()) instanceof String text && text.indexOf('\0') >= 0) {
                throw new IllegalStateException("Cannot insert into legacy table " + table.tableName() + " the row with "
                        + table.idColumn() + " " + row.id() + ": its " + column.name() + " holds a NUL character"
                        + " (U+0000), which PostgreSQL does not store in text; leave the value out on PostgreSQL"
                        + " (HostileValues.legacyData(vendor) does) or remove the NUL.");
            }
        }
    }

    private static void executeBatch(PreparedStatement statement, LegacyTable table, List<LegacyRow<?>> batch) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            statement.executeBatch();
            batch.clear();
        } catch (SQLException e) {
            SQLException cause = e.getNextException() != null ? e.getNextException() : e;
            throw new IllegalStateException("Cannot insert into legacy table " + table.tableName() + " the rows with "
                    + table.idColumn() + " " + batch.stream().map(r -> String.valueOf(r.id()))
                            .collect(Collectors.joining(", ")) + ": " + cause.getMessage(), e);
        }
    }

    /** Binds with the column's own type, so that each driver sends what the column holds. */
    private static void bind(PreparedStatement statement, int index, LegacyTable.Column column, Object value)
            throws SQLException {
        if (value == null) {
            statement.setNull(index, column.sqlType());
            return;
        }
        switch (column.sqlType()) {
            case Types.BIGINT -> statement.setLong(index, (Long) value);
            case Types.BOOLEAN -> statement.setBoolean(index, (Boolean) value);
            case Types.DECIMAL -> statement.setBigDecimal(index, (BigDecimal) value);
            // LocalDate and LocalDateTime: JDBC 4.2 drivers of all three databases accept them through setObject.
            case Types.DATE, Types.TIMESTAMP -> statement.setObject(index, value);
            default -> statement.setString(index, (String) value);
        }
    }

    private <R extends LegacyRow<R>> LegacyData add(R row, Consumer<R> details) {
        requireNonNull(details, "details");
        checkNewId(row.table(), row.id());
        details.accept(row);
        rows.computeIfAbsent(row.table(), t -> new LinkedHashMap<>()).put(row.id(), row);
        return this;
    }

    private LegacyData onProject(LegacyTable table, long relationshipId, long projectId, long companyId,
            boolean primary, Consumer<LegacyProjectLinkRow> details) {
        return add(new LegacyProjectLinkRow(table, relationshipId, projectId, companyId, primary), details);
    }

    private void checkNewId(LegacyTable table, long id) {
        checkArgument(!rows.getOrDefault(table, Map.of()).containsKey(id),
                "%s already has a row with %s %s: ids are primary keys in the legacy schema",
                table.tableName(), table.idColumn(), id);
    }

    private static String checkName(LegacyTable table, String name) {
        checkArgument(name != null, "%s.%s is NOT NULL in the legacy schema: pass \"\" or \"   \" for a blank name",
                table.tableName(), table.nameColumn());
        return name;
    }

    private static LegacyRow<?> copyOf(LegacyRow<?> row) {
        LegacyRow<?> copy = switch (row.table()) {
            case PROJECTS -> new LegacyProjectRow(row.id(), null);
            case PERSONNEL -> new LegacyPersonRow(row.id(), null);
            case TECHNOLOGY_VENDORS -> new LegacyVendorRow(row.id(), null);
            case OWNERS_DEVELOPERS -> new LegacyOwnerRow(row.id(), null);
            case OPERATORS -> new LegacyOperatorRow(row.id(), null);
            case CONSTRUCTORS -> new LegacyConstructorRow(row.id(), null);
            case OFFTAKERS -> new LegacyOfftakerRow(row.id(), null);
            case CLIENTS -> new LegacyClientRow(row.id(), null);
            case PROJECT_VENDOR_RELATIONSHIPS, PROJECT_OWNER_RELATIONSHIPS, PROJECT_OPERATOR_RELATIONSHIPS,
                    PROJECT_CONSTRUCTOR_RELATIONSHIPS, PROJECT_OFFTAKER_RELATIONSHIPS ->
                    new LegacyProjectLinkRow(row.table(), row.id(), 0, 0, false);
            case PERSONNEL_ENTITY_RELATIONSHIPS -> new LegacyPersonLinkRow(row.id(), 0, null, 0);
        };
        copy.copyFrom(row);
        return copy;
    }
}

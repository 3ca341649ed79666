package org.companyunification.cli.demo;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.companyunification.cli.internal.Connections;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.companyunification.model.legacy.LegacyTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo legacy data set shipped in the command-line jar ({@value #RESOURCE}): a small, invented portfolio of
 * energy projects in the fourteen legacy tables, written as plain {@code INSERT} statements that run unchanged on
 * H2, PostgreSQL and MariaDB. It shows, on a scale a person can read, everything the migration has to deal with:
 *
 * <ul>
 *   <li><b>53 legacy company rows</b>: 13 technology vendors, 24 owners/developers, 4 operators, 5 constructors,
 *       6 off-takers and 1 client. They are <b>39 organisations</b>: the default matching rule joins 14 rows
 *       into companies that other rows created.
 *   <li><b>One organisation in three tables</b>: vendor 1 {@code Aurelia Fission Systems}, operator 1
 *       {@code AURELIA FISSION SYSTEMS, INC.} and the only client, {@code " Aurelia Fission Systems LLC "}. Eight
 *       more organisations hold two roles (Kestrel Modular Power holds three: vendor, owner/developer,
 *       operator).
 *   <li><b>Name variants that join</b>: case ({@code BRIGHTWATER NUCLEAR}, {@code corvane energy systems}),
 *       punctuation and legal suffixes ({@code Inc.}, {@code LLC}, {@code Ltd.}, {@code Corp.}, {@code GmbH}),
 *       stray spaces ({@code "Kestrel  Modular   Power LLC"}), {@code &} against {@code and}
 *       ({@code Solvane Thermal & Power} and {@code Solvane Thermal and Power Ltd.}), hyphen against space
 *       ({@code Helion-Gate Reactors GmbH} and {@code Helion Gate Reactors}), and the same organisation twice in
 *       one table ({@code Fenwick Valley Power}, {@code Westfallow Energy & Water}, {@code Calder Data Centres}).
 *   <li><b>Near-duplicates that stay apart</b>: {@code Nordwind Energy} and {@code Nordwind Energies},
 *       {@code Polaris Fusion Works} and {@code Polaris Fusion Work}, {@code Pellham Bay Energy} and
 *       {@code Pelham Bay Energy}.
 *   <li><b>12 projects</b> with <b>43 project relationships</b> in all five relationship tables, some primary,
 *       some with notes; two rows of one organisation on the same project (Fenwick Valley, Calder) become one
 *       assignment.
 *   <li><b>15 people</b> with <b>19 personnel relationships</b>: titles, primary flags, start and end dates, a
 *       person whose primary role ended before the next began, a person with two current primary roles
 *       (Henrik Vos), a link to a project, and a dirty but recognisable entity type ({@code Owner}).
 *   <li><b>Dirty values</b>: the client's relationship strength {@code Very Strong} (not a known value) and
 *       priority {@code HIGH}; an end date before its start date (personnel relationship 12).
 *   <li><b>Orphans</b>: vendor relationship 10 points at project 99 and vendor relationship 11 at vendor 99,
 *       neither of which exists; personnel relationship 13 has the unknown entity type {@code utility}.
 * </ul>
 *
 * <p>Load it into a database that has the legacy schema and empty legacy tables:
 *
 * <pre>{@code
 * CompanySchema.configure().dataSource(dataSource).load().migrateLegacy();
 * DemoDataSet.load(dataSource);
 * }</pre>
 */
public final class DemoDataSet {

    /** The classpath location of the script. */
    public static final String RESOURCE = "/demo/legacy-demo.sql";

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataSet.class);

    private static final Map<String, Integer> ROWS = rows();

    private DemoDataSet() {}

    /**
     * Returns how many rows the data set puts in each legacy table, in the order the script fills them.
     *
     * @return table name to row count, for all fourteen legacy tables
     */
    public static Map<String, Integer> rowsPerTable() {
        return ROWS;
    }

    /**
     * Returns the script as shipped.
     *
     * @return the SQL text
     * @throws UncheckedIOException when the resource cannot be read
     * @throws IllegalStateException when the resource is missing from the classpath
     */
    public static String script() {
        try (InputStream in = DemoDataSet.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The demo data set " + RESOURCE + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo data set " + RESOURCE, e);
        }
    }

    /**
     * Returns the statements of the script, comments removed, without terminating semicolons.
     *
     * @return the statements in order
     */
    public static List<String> statements() {
        return SqlScript.split(script());
    }

    /**
     * Inserts the data set, one statement at a time in a single transaction: either every row is inserted or,
     * when a statement fails, none.
     *
     * @param dataSource a database with the legacy schema whose legacy tables hold none of the data set's ids
     * @return the number of rows inserted (142)
     * @throws NullPointerException when the data source is {@code null}
     * @throws CompanyUnificationException with {@link ErrorCode#DATABASE_UNAVAILABLE} when no connection can be
     *     opened, or {@link ErrorCode#DATABASE_ERROR} when a statement fails (for example a missing legacy table
     *     or a row that is already there), naming the statement
     */
    public static long load(DataSource dataSource) {
        requireNonNull(dataSource, "dataSource");
        List<String> statements = statements();
        try (Connection connection = Connections.open(dataSource, "to load the demo data set")) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            long rows = 0;
            int index = 0;
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements) {
                    index++;
                    rows += statement.executeUpdate(sql);
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw new CompanyUnificationException(ErrorCode.DATABASE_ERROR, "Loading the demo data set failed at"
                        + " statement " + index + " of " + statements.size() + " (" + summary(statements.get(index - 1))
                        + "): " + e.getMessage() + ". Nothing was inserted. The demo needs the legacy schema"
                        + " (CompanySchema...migrateLegacy()) and legacy tables without these rows.", e);
            } finally {
                connection.setAutoCommit(autoCommit);
            }
            LOG.info("Loaded the demo data set: {} rows in {} statements", rows, statements.size());
            return rows;
        } catch (SQLException e) {
            throw new CompanyUnificationException(ErrorCode.DATABASE_ERROR,
                    "Loading the demo data set failed: " + e.getMessage(), e);
        }
    }

    private static String summary(String sql) {
        String line = sql.lines().findFirst().orElse(sql);
        return line.length() > 80 ? line.substring(0, 80) + "..." : line;
    }

    private static Map<String, Integer> rows() {
        Map<LegacyTable, Integer> rows = new EnumMap<>(LegacyTable.class);
        rows.put(LegacyTable.PROJECTS, 12);
        rows.put(LegacyTable.PERSONNEL, 15);
        rows.put(LegacyTable.TECHNOLOGY_VENDORS, 13);
        rows.put(LegacyTable.OWNERS_DEVELOPERS, 24);
        rows.put(LegacyTable.OPERATORS, 4);
        rows.put(LegacyTable.CONSTRUCTORS, 5);
        rows.put(LegacyTable.OFFTAKERS, 6);
        rows.put(LegacyTable.CLIENTS, 1);
        rows.put(LegacyTable.PROJECT_VENDOR_RELATIONSHIPS, 13);
        rows.put(LegacyTable.PROJECT_OWNER_RELATIONSHIPS, 14);
        rows.put(LegacyTable.PROJECT_OPERATOR_RELATIONSHIPS, 5);
        rows.put(LegacyTable.PROJECT_CONSTRUCTOR_RELATIONSHIPS, 5);
        rows.put(LegacyTable.PROJECT_OFFTAKER_RELATIONSHIPS, 6);
        rows.put(LegacyTable.PERSONNEL_ENTITY_RELATIONSHIPS, 19);
        // The script fills the tables in the order of the catalogue, which is the order of the EnumMap.
        Map<String, Integer> byName = new LinkedHashMap<>();
        rows.forEach((table, count) -> byName.put(table.tableName(), count));
        return Collections.unmodifiableMap(byName);
    }
}

package org.companyunification.cli.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.companyunification.analytics.Analytics;
import org.companyunification.analytics.network.ExportResult;
import org.companyunification.analytics.network.NetworkFilter;
import org.companyunification.analytics.network.NetworkFormat;

/**
 * Times each count of {@link Analytics} against the same {@code GROUP BY} written by hand in plain JDBC (timed both
 * ways in turns after a warm-up, {@link SideBySide}), and streams the network of the benchmark data
 * to a Cytoscape.js JSON file, timing it and measuring the peak heap it kept.
 */
final class AnalyticsBenchmark {

    /**
     * The counts written by hand, as an app would write them against the documented schema; like the library's,
     * they leave out the tombstones of merged companies ({@code merged_into_company_id IS NULL}).
     */
    private static final String GLOBAL_ROLES = "SELECT cra.role_id, COUNT(*) FROM company_role_assignments cra"
            + " JOIN companies c ON c.company_id = cra.company_id WHERE cra.context_type IS NULL"
            + " AND c.merged_into_company_id IS NULL GROUP BY cra.role_id";

    private static final String PROJECT_ROLES = "SELECT cra.role_id, COUNT(*), SUM(CASE WHEN cra.is_primary THEN 1"
            + " ELSE 0 END), COUNT(DISTINCT cra.company_id), COUNT(DISTINCT cra.context_id)"
            + " FROM company_role_assignments cra JOIN companies c ON c.company_id = cra.company_id"
            + " WHERE cra.context_type = 'Project' AND c.merged_into_company_id IS NULL GROUP BY cra.role_id";

    private static final String COMBINATIONS = "SELECT m.roles, COUNT(*) FROM (SELECT cra.company_id,"
            + " SUM(CASE cra.role_id WHEN 1 THEN 1 WHEN 2 THEN 2 WHEN 3 THEN 4 WHEN 4 THEN 8 WHEN 5 THEN 16"
            + " WHEN 6 THEN 32 ELSE 0 END) AS roles FROM company_role_assignments cra JOIN companies c"
            + " ON c.company_id = cra.company_id WHERE cra.context_type IS NULL AND c.merged_into_company_id IS NULL"
            + " GROUP BY cra.company_id) m"
            + " GROUP BY m.roles";

    private static final String COUNTRIES = "SELECT country, COUNT(*) FROM companies"
            + " WHERE merged_into_company_id IS NULL GROUP BY country";

    private static final String TYPES = "SELECT company_type, COUNT(*) FROM companies"
            + " WHERE merged_into_company_id IS NULL GROUP BY company_type";

    private static final String PROJECTS = "SELECT COUNT(*) FROM projects";

    private static final String PROJECTS_WITH_ROLE = "SELECT cra.role_id, COUNT(DISTINCT cra.context_id)"
            + " FROM company_role_assignments cra JOIN companies c ON c.company_id = cra.company_id"
            + " WHERE cra.context_type = 'Project' AND c.merged_into_company_id IS NULL GROUP BY cra.role_id";

    private static final String PIPELINE = "SELECT cp.client_priority, cp.relationship_strength, COUNT(*)"
            + " FROM client_profiles cp JOIN companies c ON c.company_id = cp.company_id"
            + " WHERE c.merged_into_company_id IS NULL GROUP BY cp.client_priority, cp.relationship_strength";

    private static final String TOP = "SELECT t.role_id, t.ranking, t.company_id, t.company_name, t.projects FROM"
            + " (SELECT x.role_id, x.company_id, c.company_name, x.projects, ROW_NUMBER() OVER (PARTITION BY"
            + " x.role_id ORDER BY x.projects DESC, x.company_id) AS ranking FROM (SELECT role_id, company_id,"
            + " COUNT(*) AS projects FROM company_role_assignments WHERE context_type = 'Project'"
            + " GROUP BY role_id, company_id) x JOIN companies c ON c.company_id = x.company_id"
            + " WHERE c.merged_into_company_id IS NULL) t"
            + " WHERE t.ranking <= 5 ORDER BY t.role_id, t.ranking";

    private final DataSource dataSource;
    private final QueryTiming timing;
    private final Analytics analytics;

    AnalyticsBenchmark(DataSource dataSource, QueryTiming timing) {
        this.dataSource = dataSource;
        this.timing = timing;
        this.analytics = Analytics.configure().dataSource(dataSource).load();
    }


    List<QueryMeasurement> counts() {
        List<QueryMeasurement> measurements = new ArrayList<>();
        measurements.add(measure("countGlobalRoles", "count: global roles", analytics::companiesByGlobalRole,
                () -> rows(GLOBAL_ROLES)));
        measurements.add(measure("countProjectRoles", "count: project roles", analytics::projectAssignmentsByRole,
                () -> rows(PROJECT_ROLES)));
        measurements.add(measure("countRoleCombinations", "count: role combinations", analytics::roleCombinations,
                () -> rows(COMBINATIONS)));
        measurements.add(measure("countCountries", "count: countries", analytics::companiesByCountry,
                () -> rows(COUNTRIES)));
        measurements.add(measure("countTypes", "count: company types", analytics::companiesByType,
                () -> rows(TYPES)));
        measurements.add(measure("countRoleCoverage", "count: projects by role", analytics::projectRoleCoverage,
                () -> rows(PROJECTS, PROJECTS_WITH_ROLE)));
        measurements.add(measure("countClientPipeline", "count: client pipeline", analytics::clientPipeline,
                () -> rows(PIPELINE)));
        measurements.add(measure("countTopCompanies", "count: top 5 by projects",
                () -> analytics.topCompaniesByProjects(5), () -> rows(TOP)));
        return measurements;
    }

    NetworkExportMeasurement networkExport() {
        Path file;
        try {
            file = Files.createTempFile("company-bench-network-", ".json");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a file for the network export", e);
        }
        try {
            HeapPeak heap = HeapPeak.start();
            long started = System.nanoTime();
            ExportResult result = analytics.export(NetworkFilter.all(), NetworkFormat.JSON, file);
            double seconds = (System.nanoTime() - started) / 1e9;
            long peak = heap.bytes();
            return new NetworkExportMeasurement(result.nodes(), result.edges(), Files.size(file), seconds, peak,
                    Runtime.getRuntime().maxMemory());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the size of the network export " + file, e);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // A temporary file left behind is harmless; the figures are what matters here.
            }
        }
    }

    private QueryMeasurement measure(String key, String label, SideBySide.Call library,
            SideBySide.Call handWritten) {
        return new SideBySide(timing).measure(key, label, "count", library, handWritten);
    }

    /** Runs the statements on one connection and keeps every row's columns, as an app's own code would. */
    private List<Object[]> rows(String... statements) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            for (String sql : statements) {
                try (PreparedStatement statement = connection.prepareStatement(sql);
                        ResultSet rs = statement.executeQuery()) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        Object[] row = new Object[columns];
                        for (int i = 0; i < columns; i++) {
                            row[i] = rs.getObject(i + 1);
                        }
                        rows.add(row);
                    }
                }
            }
        }
        return rows;
    }
}

package org.companyunification.cli.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.companyunification.model.company.RoleCode;
import org.companyunification.model.schema.DatabaseVendor;
import org.companyunification.query.CompanyQuery;
import org.companyunification.query.PageRequest;
import org.companyunification.query.filter.CompanyFilter;
import org.companyunification.query.filter.CompanySort;

/**
 * Times the documented queries, the name search and the company detail through one {@link CompanyQuery} and
 * as {@link HandWrittenQueries}, on the backfilled data: the project with the most assignments, the company
 * with the most global roles and a part of its name key are picked first; then each query is timed both ways
 * in turns ({@link SideBySide}).
 */
final class QueryBenchmark {

    private final DataSource dataSource;
    private final DatabaseVendor vendor;
    private final QueryTiming timing;

    QueryBenchmark(DataSource dataSource, DatabaseVendor vendor, QueryTiming timing) {
        this.dataSource = dataSource;
        this.vendor = vendor;
        this.timing = timing;
    }


    List<QueryMeasurement> run() {
        long projectId = pick("SELECT context_id FROM company_role_assignments WHERE context_type = 'Project'"
                + " GROUP BY context_id ORDER BY COUNT(*) DESC, context_id LIMIT 1", "a project assignment");
        long companyId = pick("SELECT company_id FROM company_role_assignments WHERE context_type IS NULL"
                + " GROUP BY company_id ORDER BY COUNT(*) DESC, company_id LIMIT 1", "a global role");
        String nameKey = text("SELECT name_key FROM companies WHERE company_id = ?", companyId);
        String search = nameKey.substring(0, Math.min(3, nameKey.length()));
        String pattern = "%" + search.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        HandWrittenQueries jdbc = new HandWrittenQueries(dataSource, vendor);
        List<QueryMeasurement> measurements = new ArrayList<>();
        try (CompanyQuery query = CompanyQuery.configure().dataSource(dataSource).load()) {
            measurements.add(measure("vendorsWithGlobalRole", "vendors (global role)",
                    () -> query.companiesWithGlobalRole(RoleCode.VENDOR), jdbc::vendors));
            measurements.add(measure("companiesOfProject", "companies of a project",
                    () -> query.companiesOfProject(projectId), () -> jdbc.companiesOfProject(projectId)));
            measurements.add(measure("companiesWithGlobalRoles", "global roles of all",
                    query::companiesWithGlobalRoles, jdbc::companiesWithGlobalRoles));
            measurements.add(measure("nameSearch", "name search",
                    () -> query.companies(CompanyFilter.all().withNameContaining(search), CompanySort.NAME,
                            PageRequest.first(50)), () -> jdbc.nameSearch(pattern)));
            measurements.add(measure("companyDetail", "company detail", () -> query.companyDetail(companyId),
                    () -> jdbc.detail(companyId)));
        }
        return measurements;
    }

    private QueryMeasurement measure(String key, String label, SideBySide.Call library,
            SideBySide.Call handWritten) {
        return new SideBySide(timing).measure(key, label, "query", library, handWritten);
    }

    private long pick(String sql, String what) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rs = statement.executeQuery()) {
            if (!rs.next()) {
                throw new CompanyUnificationException(ErrorCode.INVALID_ARGUMENT, "Cannot time the queries: the"
                        + " backfilled data holds no " + what + "; run the benchmark at a larger --scale");
            }
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new CompanyUnificationException(ErrorCode.DATABASE_ERROR, "Picking " + what
                    + " to query failed: " + e.getMessage(), e);
        }
    }

    private String text(String sql, long id) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, id);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return Optional.ofNullable(rs.getString(1)).orElse("");
            }
        } catch (SQLException e) {
            throw new CompanyUnificationException(ErrorCode.DATABASE_ERROR, "Reading the name of company " + id
                    + " failed: " + e.getMessage(), e);
        }
    }
}

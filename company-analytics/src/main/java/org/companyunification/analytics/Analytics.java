package org.companyunification.analytics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.persistence.EntityManager;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.companyunification.analytics.figures.ClientPipeline;
import org.companyunification.analytics.figures.Dashboard;
import org.companyunification.analytics.figures.ProjectRoleCount;
import org.companyunification.analytics.figures.ProjectRoleCoverage;
import org.companyunification.analytics.figures.RoleCombination;
import org.companyunification.analytics.figures.RoleCount;
import org.companyunification.analytics.figures.TopCompany;
import org.companyunification.analytics.figures.ValueCount;
import org.companyunification.analytics.internal.CountQueries;
import org.companyunification.analytics.internal.NetworkExports;
import org.companyunification.analytics.internal.Reads;
import org.companyunification.analytics.network.ExportResult;
import org.companyunification.analytics.network.Network;
import org.companyunification.analytics.network.NetworkFilter;
import org.companyunification.analytics.network.NetworkFormat;

/**
 * The figures of the unified data and the company/project network, for dashboards, apps and the CLI.
 *
 * <p>Every count is one aggregate statement that groups and counts in the database: no company row is loaded
 * into Java to be counted, so a figure costs the same few rows whatever the size of the data. The network is
 * read in four statements; its JSON and HTML exports stream from the database to the writer row by row, so a
 * network of 100,000 companies and more is written in flat memory.
 *
 * <p>An app that has a {@code DataSource}:
 * <pre>{@code
 * Analytics analytics = Analytics.configure().dataSource(dataSource).load();
 * Dashboard dashboard = analytics.dashboard();
 * analytics.export(NetworkFilter.all(), NetworkFormat.HTML, Path.of("network.html"));
 * }</pre>
 * An app that has its own {@link EntityManager} (or Hibernate {@code Session}) reads on its connection, in its
 * transaction if it has one: {@code Analytics.using(entityManager)}.
 *
 * <p>Analytics made with {@link #configure()} are safe to share between threads; those made with {@link
 * #using(EntityManager)} are as thread-safe as the entity manager, which is to say not.
 */
public final class Analytics {

    /** How many companies a role {@link #dashboard()} ranks by projects. */
    public static final int DEFAULT_TOP = 5;

    private static final String PAGE_TITLE = "Companies and projects";

    private final Reads reads;

    Analytics(Reads reads) {
        this.reads = reads;
    }

    /**
     * Starts the configuration of analytics that read through a data source.
     *
     * @return the configuration
     */
    public static AnalyticsConfiguration configure() {
        return new AnalyticsConfiguration();
    }

    /**
     * Reads through the connection of the app's entity manager (or Hibernate {@code Session}), in its current
     * transaction if one is open. On PostgreSQL the network exports stream only inside a transaction; outside
     * one the driver loads each statement's result whole.
     *
     * @param entityManager the app's entity manager, open
     * @return the analytics
     * @throws NullPointerException when the entity manager is {@code null}
     */
    public static Analytics using(EntityManager entityManager) {
        checkNotNull(entityManager, "entity manager must not be null");
        return new Analytics(Reads.borrowing(entityManager));
    }

    /**
     * Counts the companies holding each global role (not tied to a project). One statement.
     *
     * @return every role in catalogue order, with zero for a role no company holds
     * @throws org.companyunification.model.CompanyUnificationException with {@code DATABASE_ERROR} when the
     *     statement fails
     */
    public List<RoleCount> companiesByGlobalRole() {
        return reads.read("counting the companies by global role", CountQueries::companiesByGlobalRole);
    }

    /**
     * Counts the project-scoped assignments of each role, with how many are primary and how many companies and
     * projects they join. One statement.
     *
     * @return every role in catalogue order, with zeros for a role held on no project
     * @throws org.companyunification.model.CompanyUnificationException with {@code DATABASE_ERROR} when the
     *     statement fails
     */
    public List<ProjectRoleCount> projectAssignmentsByRole() {
        return reads.read("counting the project assignments by role", CountQueries::projectAssignmentsByRole);
    }

    /**
     * Counts the companies by the exact set of global roles they hold: how often each combination occurs. The
     * combinations of two roles or more are the multi-role companies. One statement.
     *
     * @return the combinations held by at least one company, most companies first
     * @throws org.companyunification.model.CompanyUnificationException with {@code DATABASE_ERROR} when the
     *     statement fails
     */
    public List<RoleCombination> roleCombinations() {
        return reads.read("counting the combinations of global roles", CountQueries::roleCombinations);
    }

    /**
     * Counts the companies holding two global roles or more. One statement.
     *
     * @return the multi-role companies
     * @throws org.companyunification.model.CompanyUnificationException with {@code DATABASE_ERROR} when the
     *     statement fails
     */
    public long multiRoleCompanies() {
        return roleCombinations().stream().filter(RoleCombination::multiRole)
                .mapToLong(RoleCombination::companies).sum();
    }

    /**
     * Counts the companies by country, as stored (values that differ in case or spaces are counted apart). One
     * statement.
     *
     * @return the countries, most companies first then by name; a {@code null} value counts the companies
     *     without one
     * @throws org.companyunification.model.CompanyUnificationException with {@code DATABASE_ERROR} when the
     *     statement fails
     */
    public List<ValueCount> companiesByCountry() {
        return reads.read("counting the companies by country", CountQueries::companiesByCountry);
    }

    /**
     * Counts the companies by company type, as stored. One statement.
     *
     * @return the types, most companies first then by name; a {@code null} value counts the companies without
     *     one
     * @throws org.companyunification.model.CompanyUnificationException with {@code DATABASE_ERROR} when the
     *     statement fails
     */
    public List<ValueCount> companiesByType() {
        return reads.read("counting the companies by type", CountQueries::companiesByType);
    }

    /**
     * Counts, for each role, the projects on which a company holds it and those on which none does (the
     * projects with no operator yet, for example). Two statements.
     *
     * @return every role in catalogue order
     * @throws org.companyunification.model.CompanyUnificationException with {@code DATABASE_ERROR} when a
     *     statement fails
     */
    public List<ProjectRoleCoverage> projectRoleCoverage() {
        return reads.read("counting the projects with and without each role", CountQueries::projectRoleCoverage);
    }

    /**
     * Counts the client profiles by priority and relationship strength. One statement.
     *
     * @return the pipeline
     * @throws org.companyunification.model.CompanyUnificationException with {@code DATABASE_ERROR} when the
     *     statement fails
     */
    public ClientPipeline clientPipeline() {
        return reads.read("counting the client pipeline", CountQueries::clientPipeline);
    }

    /**
     * Ranks, for each role, the companies holding it on the most projects; companies on as many projects are
     * ranked by id. One statement, ranked in the database.
     *
     * @param perRole how many companies a role, 1 or more
     * @return the companies, by role in catalogue order then rank; fewer for a role held by fewer companies
     * @throws IllegalArgumentException when {@code perRole} is not positive
     * @throws org.companyunification.model.CompanyUnificationException with {@code DATABASE_ERROR} when the
     *     statement fails
     */
    public List<TopCompany> topCompaniesByProjects(int perRole) {
        checkArgument(perRole > 0, "companies a role must be positive: %s", perRole);
        return reads.read("ranking the companies by projects", c -> CountQueries.topCompanies(c, perRole));
    }

    /**
     * Reads every figure of the dashboard on one connection (twelve statements), with the {@value #DEFAULT_TOP}
     * companies on the most projects for each role.
     *
     * @return the dashboard
     * @throws org.companyunification.model.CompanyUnificationException with {@code DATABASE_ERROR} when a
     *     statement fails
     */
    public Dashboard dashboard() {
        return dashboard(DEFAULT_TOP);
    }

    /**
     * Reads every figure of the dashboard on one connection.
     *
     * @param topPerRole how many companies a role to rank by projects, 1 or more
     * @return the dashboard
     * @throws IllegalArgumentException when {@code topPerRole} is not positive
     * @throws org.companyunification.model.CompanyUnificationException with {@code DATABASE_ERROR} when a
     *     statement fails
     */
    public Dashboard dashboard(int topPerRole) {
        checkArgument(topPerRole > 0, "companies a role must be positive: %s", topPerRole);
        return reads.read("reading the dashboard", c -> new Dashboard(
                CountQueries.total(c, CountQueries.COMPANIES), CountQueries.total(c, CountQueries.PROJECTS),
                CountQueries.total(c, CountQueries.LINKS), CountQueries.companiesByGlobalRole(c),
                CountQueries.projectAssignmentsByRole(c), CountQueries.roleCombinations(c),
                CountQueries.companiesByCountry(c), CountQueries.companiesByType(c),
                CountQueries.projectRoleCoverage(c), CountQueries.clientPipeline(c),
                CountQueries.topCompanies(c, topPerRole)));
    }

    /**
     * Reads the network into memory: a node per company and per project kept by the filter, an edge per
     * project-scoped assignment and per company link between kept nodes. Four statements. For the figures, see
     * {@link Network#figures(int)}.
     *
     * @param filter which part, {@link NetworkFilter#all()} for the whole network
     * @return the network
     * @throws NullPointerException when the filter is {@code null}
     * @throws org.companyunification.model.CompanyUnificationException with {@code DATABASE_ERROR} when a
     *     statement fails
     */
    public Network network(NetworkFilter filter) {
        checkNotNull(filter, "filter must not be null: use NetworkFilter.all()");
        return NetworkExports.network(reads, filter);
    }

    /**
     * Writes the network in a format (see {@link NetworkFormat}). JSON and HTML stream from the database: memory
     * stays flat whatever the size of the network. GraphML and DOT build the network in memory first and write
     * it with JGraphT's exporters. The HTML page also charts the {@linkplain #dashboard() dashboard} of the whole
     * data. The writer is flushed, not closed.
     *
     * @param filter which part, {@link NetworkFilter#all()} for the whole network
     * @param format the format
     * @param out where to write
     * @return the nodes and edges written
     * @throws NullPointerException when an argument is {@code null}
     * @throws UncheckedIOException when writing fails
     * @throws org.companyunification.model.CompanyUnificationException with {@code DATABASE_ERROR} when a
     *     statement fails
     */
    public ExportResult export(NetworkFilter filter, NetworkFormat format, Writer out) {
        checkNotNull(filter, "filter must not be null: use NetworkFilter.all()");
        checkNotNull(format, "format must not be null");
        checkNotNull(out, "writer must not be null");
        return NetworkExports.export(reads, filter, format, out, PAGE_TITLE, this::dashboard);
    }

    /**
     * Writes the network to a file in UTF-8, replacing the file (see {@link #export(NetworkFilter,
     * NetworkFormat, Writer)}).
     *
     * @param filter which part, {@link NetworkFilter#all()} for the whole network
     * @param format the format
     * @param file the file, created or replaced
     * @return the nodes and edges written
     * @throws NullPointerException when an argument is {@code null}
     * @throws UncheckedIOException when the file cannot be written
     * @throws org.companyunification.model.CompanyUnificationException with {@code DATABASE_ERROR} when a
     *     statement fails
     */
    public ExportResult export(NetworkFilter filter, NetworkFormat format, Path file) {
        checkNotNull(file, "file must not be null");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            return export(filter, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the network to " + file + ": " + e.getMessage(), e);
        }
    }
}

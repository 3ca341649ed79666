package org.companyunification.cli.command;

import java.util.List;
import java.util.Locale;
import org.companyunification.analytics.figures.ClientPipeline;
import org.companyunification.analytics.figures.Dashboard;
import org.companyunification.analytics.figures.ProjectRoleCount;
import org.companyunification.analytics.figures.ProjectRoleCoverage;
import org.companyunification.analytics.figures.RoleCombination;
import org.companyunification.analytics.figures.RoleCount;
import org.companyunification.analytics.figures.TopCompany;
import org.companyunification.analytics.figures.ValueCount;
import org.companyunification.cli.internal.ReportPrinter;
import org.companyunification.cli.internal.TextTable;
import org.companyunification.model.company.ClientPriority;
import org.companyunification.model.company.RelationshipStrength;

/**
 * The dashboard as {@code report} prints it, as JSON with {@code --json} and as text sections; the demo prints
 * the same text.
 *
 * @param database the kind of database
 * @param url its JDBC URL
 * @param environment the named environment, or {@code null}
 * @param multiRoleCompanies the companies holding two global roles or more
 * @param dashboard the figures
 */
record DashboardReport(String database, String url, String environment, long multiRoleCompanies,
        Dashboard dashboard) {

    /** The countries and company types printed as text; JSON lists them all. */
    static final int TEXT_ROWS = 10;

    static DashboardReport of(String database, String url, String environment, Dashboard dashboard) {
        return new DashboardReport(database, url, environment, dashboard.multiRoleCompanies(), dashboard);
    }

    /** Prints the figures as text sections, after a heading the caller prints. */
    void print(ReportPrinter printer) {
        Dashboard d = dashboard;
        printer.item(String.format(Locale.ROOT, "%,d companies (%,d with several global roles), %,d projects,"
                + " %,d company links.", d.companies(), multiRoleCompanies, d.projects(), d.links()));

        printer.section("Companies by global role, and project assignments by role:");
        TextTable roles = new TextTable().left("role").right("companies").right("assignments").right("primary")
                .right("on projects").right("projects with").right("projects without");
        for (int i = 0; i < d.companiesByGlobalRole().size(); i++) {
            RoleCount global = d.companiesByGlobalRole().get(i);
            ProjectRoleCount scoped = d.projectAssignmentsByRole().get(i);
            ProjectRoleCoverage coverage = d.projectRoleCoverage().get(i);
            roles.row(global.role().code(), global.companies(), scoped.assignments(), scoped.primary(),
                    scoped.companies(), coverage.withRole(), coverage.withoutRole());
        }
        printer.table(roles);
        printer.item("companies: holding the role globally; assignments, primary and on projects (companies):"
                + " project-scoped; projects with/without: projects with or without a company in the role.");

        printer.section("Combinations of global roles:");
        if (d.roleCombinations().isEmpty()) {
            printer.item("No company holds a global role.");
        } else {
            TextTable combinations = new TextTable().left("roles").right("companies");
            d.roleCombinations().forEach(c -> combinations.row(c.describe(), c.companies()));
            printer.table(combinations);
        }

        values(printer, "Companies by country:", "country", d.companiesByCountry());
        values(printer, "Companies by type:", "type", d.companiesByType());
        pipeline(printer, d.clientPipeline());

        printer.section("Companies on the most projects, by role:");
        if (d.topCompanies().isEmpty()) {
            printer.item("No company holds a role on a project.");
        } else {
            TextTable top = new TextTable().left("role").right("rank").right("id").left("company").right("projects");
            for (TopCompany t : d.topCompanies()) {
                top.row(t.role().code(), t.rank(), t.companyId(), t.companyName(), t.projects());
            }
            printer.table(top);
        }
    }

    private static void values(ReportPrinter printer, String heading, String column, List<ValueCount> counts) {
        printer.section(heading);
        if (counts.isEmpty()) {
            printer.item("No company.");
            return;
        }
        TextTable table = new TextTable().left(column).right("companies");
        counts.stream().limit(TEXT_ROWS).forEach(v -> table.row(v.value() == null ? "(none)" : v.value(),
                v.companies()));
        printer.table(table);
        if (counts.size() > TEXT_ROWS) {
            printer.item("and " + (counts.size() - TEXT_ROWS) + " more (all of them with --json).");
        }
    }

    private static void pipeline(ReportPrinter printer, ClientPipeline pipeline) {
        printer.section("Client pipeline (client profiles by priority and relationship strength):");
        if (pipeline.cells().isEmpty()) {
            printer.item("No client profile.");
            return;
        }
        TextTable table = new TextTable().left("priority");
        for (RelationshipStrength strength : RelationshipStrength.values()) {
            table.right(strength.label());
        }
        table.right("(none)");
        java.util.List<ClientPriority> priorities = new java.util.ArrayList<>(List.of(ClientPriority.values()));
        priorities.add(null);
        for (ClientPriority priority : priorities) {
            Object[] row = new Object[RelationshipStrength.values().length + 2];
            row[0] = priority == null ? "(none)" : priority.label();
            int column = 1;
            for (RelationshipStrength strength : RelationshipStrength.values()) {
                row[column++] = pipeline.count(priority, strength);
            }
            row[column] = pipeline.count(priority, null);
            table.row(row);
        }
        printer.table(table);
    }
}

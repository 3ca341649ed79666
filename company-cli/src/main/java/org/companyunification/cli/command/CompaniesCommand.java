package org.companyunification.cli.command;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.companyunification.cli.internal.Access;
import org.companyunification.cli.internal.Database;
import org.companyunification.cli.internal.ExitCode;
import org.companyunification.cli.internal.OptionRanges;
import org.companyunification.cli.internal.ReportPrinter;
import org.companyunification.cli.internal.Session;
import org.companyunification.cli.internal.TextTable;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.company.NameKey;
import org.companyunification.model.company.RoleCode;
import org.companyunification.query.CompanyQuery;
import org.companyunification.query.PageRequest;
import org.companyunification.query.filter.CompanyFilter;
import org.companyunification.query.filter.CompanySort;
import org.companyunification.query.filter.RoleMatch;
import org.companyunification.query.view.CompanyListItem;
import org.companyunification.query.view.Page;
import org.companyunification.query.view.ProjectCompany;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code company-cli companies}: one page of the companies list with its filters, or the companies of one
 * project with their roles there.
 */
@Command(name = "companies",
        description = {
            "Lists companies, a page at a time, with the total count: filter by role (any or all of them), name",
            "(case, accents and punctuation ignored), country, company type and client profile; sort by name or id.",
            "With --project, lists the companies of one project with their roles there instead."
        })
public final class CompaniesCommand extends DatabaseCommand {

    /** The largest {@code --size}: a page a person reads on a terminal, or a script asks for again. */
    public static final int MAX_PAGE_SIZE = 1_000;

    /** The {@code --size} when none is given. */
    public static final int DEFAULT_PAGE_SIZE = 50;

    @Option(names = "--role", paramLabel = "ROLE", description = "Only companies holding this global role: vendor,"
            + " developer, operator, constructor, offtaker or client. Repeat for several (any of them, unless"
            + " --all-roles). With --project, only the rows of these roles.")
    private List<String> roles = new ArrayList<>();

    @Option(names = "--all-roles", description = "Require every --role given instead of any of them.")
    private boolean allRoles;

    @Option(names = "--name", paramLabel = "TEXT", description = "Only companies whose name contains the text,"
            + " ignoring case, accents and punctuation; at least one letter or digit, at most 255 characters.")
    private String name;

    @Option(names = "--country", paramLabel = "C", description = "Only companies of this country, as stored.")
    private String country;

    @Option(names = "--type", paramLabel = "T", description = "Only companies of this company type, as stored.")
    private String type;

    @Option(names = "--client", description = "Only companies with a client profile.")
    private boolean client;

    @Option(names = "--project", paramLabel = "ID", description = "List the companies of this project with their"
            + " roles there (one row per role), instead of the companies list.")
    private Long project;

    @Option(names = "--sort", paramLabel = "name|id", description = "The order: name (the normalised name, then"
            + " id) or id (default: name).")
    private String sort = "name";

    @Option(names = "--page", paramLabel = "N", description = "The page to print, from 1 (default: 1).")
    private int page = 1;

    @Option(names = "--size", paramLabel = "N", description = "Companies a page, from 1 to " + MAX_PAGE_SIZE
            + " (default: " + DEFAULT_PAGE_SIZE + ").")
    private int size = DEFAULT_PAGE_SIZE;

    @Option(names = "--json", description = "Print the page (or the project's companies) as JSON.")
    private boolean json;

    /**
     * Creates the command.
     *
     * @param session the run
     */
    public CompaniesCommand(Session session) {
        super(session);
    }

    /**
     * Lists the companies.
     *
     * @return {@value ExitCode#OK}
     */
    @Override
    public Integer call() {
        Set<RoleCode> roleCodes = roleCodes();
        CompanySort order = sortOrder();
        OptionRanges.require(spec, page >= 1, "--page must be a page number from 1, not %s", page);
        OptionRanges.require(spec, size >= 1 && size <= MAX_PAGE_SIZE,
                "--size must be a number of companies from 1 to %,d, not %s", MAX_PAGE_SIZE, size);
        OptionRanges.require(spec, (long) (page - 1) * size <= Integer.MAX_VALUE,
                "--page %s of %s companies is beyond any list; ask for an earlier page", page, size);
        OptionRanges.require(spec, name == null || name.length() <= CompanyFilter.MAX_NAME_SEARCH_LENGTH,
                "--name must be at most %s characters, not %s", CompanyFilter.MAX_NAME_SEARCH_LENGTH,
                name == null ? 0 : name.length());
        OptionRanges.require(spec, name == null || hasNameKey(name), "--name must hold a letter or a digit: names are"
                + " matched by their letters and digits alone (case, accents and punctuation ignored), so a text of"
                + " punctuation or spaces alone would match no company");
        OptionRanges.require(spec, project == null || (name == null && country == null && type == null && !client
                        && !allRoles), "--project lists the companies of one project and takes only --role and"
                        + " --json; drop --name, --country, --type, --client and --all-roles");
        try (Database database = open(Access.READ, "list companies");
                CompanyQuery query = CompanyQuery.configure().dataSource(database.dataSource()).load()) {
            if (project != null) {
                listProject(database, query, roleCodes);
            } else {
                listPage(database, query, roleCodes, order);
            }
        }
        return ExitCode.OK;
    }

    private static boolean hasNameKey(String text) {
        try {
            NameKey.of(text);
            return true;
        } catch (CompanyUnificationException e) {
            return false;
        }
    }

    private void listPage(Database database, CompanyQuery query, Set<RoleCode> roleCodes, CompanySort order) {
        CompanyFilter filter = CompanyFilter.all();
        if (!roleCodes.isEmpty()) {
            filter = filter.withRoles(allRoles ? RoleMatch.ALL : RoleMatch.ANY, roleCodes.toArray(RoleCode[]::new));
        }
        if (name != null) {
            filter = filter.withNameContaining(name);
        }
        if (country != null) {
            filter = filter.withCountry(country);
        }
        if (type != null) {
            filter = filter.withCompanyType(type);
        }
        if (client) {
            filter = filter.onlyClients();
        }
        Page<CompanyListItem> result = query.companies(filter, order, new PageRequest((page - 1) * size, size));
        ListReport report = new ListReport(database.vendor().displayName(), database.target().displayUrl(),
                database.target().environment().orElse(null), page, size,
                result.totalCount(), (result.totalCount() + size - 1) / size,
                result.items().stream().map(Row::of).toList());
        printer.print(json, report, this::print);
    }

    private void print(ListReport report) {
        String where = ReportPrinter.where(report.database(), report.url(), report.environment());
        printer.line("Companies of " + where + describeFilter() + ": " + report.totalCount() + " (page "
                + report.page() + " of " + Math.max(1, report.pages()) + ", " + report.size() + " a page)");
        if (report.companies().isEmpty()) {
            printer.item(report.totalCount() == 0 ? "No company matches." : "No company on this page.");
            return;
        }
        TextTable table = new TextTable().right("id").left("name").left("type").left("country").left("roles")
                .left("client");
        report.companies().forEach(c -> table.row(c.id(), c.name(), c.companyType(), c.country(),
                String.join(",", c.roles()), c.client() ? "yes" : ""));
        printer.table(table);
        if (report.page() < report.pages()) {
            printer.item("Next page: --page " + (report.page() + 1));
        }
    }

    private String describeFilter() {
        List<String> parts = new ArrayList<>();
        if (!roles.isEmpty()) {
            parts.add("role " + String.join(allRoles ? " and " : " or ", roleCodes().stream().map(RoleCode::code)
                    .toList()));
        }
        if (name != null) {
            parts.add("name containing \"" + name + "\"");
        }
        if (country != null) {
            parts.add("country " + country);
        }
        if (type != null) {
            parts.add("type " + type);
        }
        if (client) {
            parts.add("clients");
        }
        return parts.isEmpty() ? "" : " with " + String.join(", ", parts);
    }

    private void listProject(Database database, CompanyQuery query, Set<RoleCode> roleCodes) {
        List<ProjectCompany> rows = query.companiesOfProject(project).stream()
                .filter(row -> roleCodes.isEmpty() || roleCodes.contains(row.role())).toList();
        ProjectReport report = new ProjectReport(database.vendor().displayName(), database.target().displayUrl(),
                database.target().environment().orElse(null), project, rows.stream().map(ProjectRow::of).toList());
        printer.print(json, report, r -> {
            printer.line("Companies of project " + r.projectId() + " in "
                    + ReportPrinter.where(r.database(), r.url(), r.environment()) + ": " + r.companies().size()
                    + " roles");
            if (r.companies().isEmpty()) {
                printer.item("No company holds a role on this project.");
                return;
            }
            TextTable table = new TextTable().right("id").left("name").left("role").left("primary").left("notes");
            r.companies().forEach(c -> table.row(c.id(), c.name(), c.roleLabel(), c.primary() ? "yes" : "no",
                    c.notes()));
            printer.table(table);
        });
    }

    private Set<RoleCode> roleCodes() {
        Set<RoleCode> codes = EnumSet.noneOf(RoleCode.class);
        for (String role : roles) {
            codes.add(OptionRanges.roleCode(spec, role));
        }
        OptionRanges.require(spec, !allRoles || !codes.isEmpty(), "--all-roles needs at least one --role");
        return codes;
    }

    private CompanySort sortOrder() {
        String value = sort.trim().toLowerCase(Locale.ROOT);
        OptionRanges.require(spec, value.equals("name") || value.equals("id"), "--sort must be name or id, not '%s'",
                sort);
        return value.equals("id") ? CompanySort.ID : CompanySort.NAME;
    }

    /**
     * A page of the companies list, as {@code --json} prints it.
     *
     * @param database the kind of database
     * @param url its JDBC URL
     * @param environment the named environment, or {@code null}
     * @param page the page number, from 1
     * @param size the companies a page
     * @param totalCount how many companies match the filters
     * @param pages how many pages they fill
     * @param companies the companies of the page
     */
    record ListReport(String database, String url, String environment, int page, int size, long totalCount,
            long pages, List<Row> companies) {}

    /**
     * A company of the list.
     *
     * @param id its id
     * @param name its name
     * @param companyType its type, or {@code null}
     * @param country its country, or {@code null}
     * @param roles the codes of its global roles
     * @param client whether it has a client profile
     */
    record Row(long id, String name, String companyType, String country, List<String> roles, boolean client) {

        static Row of(CompanyListItem item) {
            var company = item.company();
            return new Row(company.id(), company.name(), company.companyType().orElse(null),
                    company.country().orElse(null), item.globalRoles().stream().map(RoleCode::code).toList(),
                    item.client());
        }
    }

    /**
     * The companies of a project, as {@code --json} prints them.
     *
     * @param database the kind of database
     * @param url its JDBC URL
     * @param environment the named environment, or {@code null}
     * @param projectId the project
     * @param companies one row per role a company holds on the project
     */
    record ProjectReport(String database, String url, String environment, long projectId,
            List<ProjectRow> companies) {}

    /**
     * A company's role on the project.
     *
     * @param id the company id
     * @param name its name
     * @param role the role code
     * @param roleLabel the role label
     * @param primary whether it is the project's primary holder of the role
     * @param notes the assignment's notes, or {@code null}
     */
    record ProjectRow(long id, String name, String role, String roleLabel, boolean primary, String notes) {

        static ProjectRow of(ProjectCompany row) {
            return new ProjectRow(row.company().id(), row.company().name(), row.role().code(), row.roleLabel(),
                    row.primary(), row.notes().orElse(null));
        }
    }
}

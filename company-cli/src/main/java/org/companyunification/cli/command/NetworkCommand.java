package org.companyunification.cli.command;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.companyunification.analytics.Analytics;
import org.companyunification.analytics.network.ExportResult;
import org.companyunification.analytics.network.NetworkFigures;
import org.companyunification.analytics.network.NetworkFilter;
import org.companyunification.analytics.network.NetworkFormat;
import org.companyunification.analytics.network.NodeDegree;
import org.companyunification.cli.internal.Access;
import org.companyunification.cli.internal.Database;
import org.companyunification.cli.internal.ExitCode;
import org.companyunification.cli.internal.OptionRanges;
import org.companyunification.cli.internal.OutputFiles;
import org.companyunification.cli.internal.ReportPrinter;
import org.companyunification.cli.internal.Session;
import org.companyunification.cli.internal.TextTable;
import org.companyunification.model.company.RoleCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code company-cli network}: the company/project network written to a file, optionally with its figures. */
@Command(name = "network",
        description = {
            "Writes the company/project network to a file: a node per company and per project, an edge per",
            "project role and per company link. Formats: json (Cytoscape.js elements), graphml, dot, and html (one",
            "self-contained page that draws the network and charts the dashboard, working offline)."
        })
public final class NetworkCommand extends DatabaseCommand {

    @Option(names = "--format", paramLabel = "json|graphml|dot|html", description = "The file format"
            + " (default: html).")
    private String format = "html";

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The file to write, replaced"
            + " when it exists.")
    private Path out;

    @Option(names = "--role", paramLabel = "ROLE", description = "Only the project roles of this role and the"
            + " companies holding it: vendor, developer, operator, constructor, offtaker or client. Repeat for"
            + " several.")
    private List<String> roles = new ArrayList<>();

    @Option(names = "--country", paramLabel = "C", description = "Only the companies of this country (case and"
            + " surrounding spaces ignored). Repeat for several.")
    private List<String> countries = new ArrayList<>();

    @Option(names = "--status", paramLabel = "S", description = "Only the projects with this status (case and"
            + " surrounding spaces ignored). Repeat for several.")
    private List<String> statuses = new ArrayList<>();

    @Option(names = "--figures", description = "Also print the network's figures: components, the most"
            + " connected companies and the companies joining otherwise separate groups (reads the network into"
            + " memory).")
    private boolean figures;

    /**
     * Creates the command.
     *
     * @param session the run
     */
    public NetworkCommand(Session session) {
        super(session);
    }

    /**
     * Writes the network.
     *
     * @return {@value ExitCode#OK}
     */
    @Override
    public Integer call() {
        NetworkFormat networkFormat = format();
        NetworkFilter filter = NetworkFilter.all().withRoles(roleCodes().toArray(RoleCode[]::new))
                .withCountries(countries.toArray(String[]::new)).withProjectStatuses(statuses.toArray(String[]::new));
        Path file = session.environment().workingDirectory().resolve(out).toAbsolutePath();
        OutputFiles.checkWritable(file, "--out");
        try (Database database = open(Access.READ, "export the network")) {
            Analytics analytics = Analytics.configure().dataSource(database.dataSource()).load();
            ExportResult result = analytics.export(filter, networkFormat, file);
            printer.line("Network of " + ReportPrinter.where(database) + describe(filter) + ": "
                    + String.format(Locale.ROOT, "%,d nodes and %,d edges", result.nodes(), result.edges())
                    + " written as " + networkFormat.code() + " to " + file);
            if (figures) {
                print(analytics.network(filter).figures(10));
            }
        }
        return ExitCode.OK;
    }

    private void print(NetworkFigures f) {
        printer.section("Network figures:");
        printer.item(String.format(Locale.ROOT, "%,d companies, %,d projects, %,d project roles, %,d company links",
                f.companies(), f.projects(), f.assignments(), f.links()));
        printer.item(String.format(Locale.ROOT, "%,d connected groups (the largest %,d nodes), %,d nodes without"
                + " an edge; degree up to %,d, %.2f on average", f.components(), f.largestComponent(),
                f.isolatedNodes(), f.maxDegree(), f.averageDegree()));
        degrees("Most connected companies:", f.mostConnectedCompanies());
        degrees("Companies joining otherwise separate groups (" + f.connectorCount() + "):", f.connectors());
    }

    private void degrees(String heading, List<NodeDegree> degrees) {
        printer.section(heading);
        if (degrees.isEmpty()) {
            printer.item("None.");
            return;
        }
        TextTable table = new TextTable().right("id").left("company").right("edges");
        degrees.forEach(d -> table.row(d.node().key(), d.node().label(), d.degree()));
        printer.table(table);
    }

    private String describe(NetworkFilter filter) {
        List<String> parts = new ArrayList<>();
        if (!filter.roles().isEmpty()) {
            parts.add("role " + filter.roles().stream().map(RoleCode::code).collect(Collectors.joining(" or ")));
        }
        if (!filter.countries().isEmpty()) {
            parts.add("country " + String.join(" or ", filter.countries()));
        }
        if (!filter.projectStatuses().isEmpty()) {
            parts.add("project status " + String.join(" or ", filter.projectStatuses()));
        }
        return parts.isEmpty() ? "" : " with " + String.join(", ", parts);
    }

    private NetworkFormat format() {
        String value = format.trim().toLowerCase(Locale.ROOT);
        for (NetworkFormat candidate : NetworkFormat.values()) {
            if (candidate.code().equals(value)) {
                return candidate;
            }
        }
        OptionRanges.require(spec, false, "--format must be json, graphml, dot or html, not '%s'", format);
        throw new IllegalStateException("unreachable");
    }

    private List<RoleCode> roleCodes() {
        List<RoleCode> codes = new ArrayList<>();
        for (String role : roles) {
            codes.add(OptionRanges.roleCode(spec, role));
        }
        return codes;
    }
}

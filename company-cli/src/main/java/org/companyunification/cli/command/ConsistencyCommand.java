package org.companyunification.cli.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.companyunification.cli.internal.Access;
import org.companyunification.cli.internal.Database;
import org.companyunification.cli.internal.ExitCode;
import org.companyunification.cli.internal.Json;
import org.companyunification.cli.internal.OptionRanges;
import org.companyunification.cli.internal.ReportPrinter;
import org.companyunification.cli.internal.Session;
import org.companyunification.cli.internal.TerminalText;
import org.companyunification.cli.internal.TextTable;
import org.companyunification.sync.Consistency;
import org.companyunification.sync.consistency.ConsistencyReport;
import org.companyunification.sync.consistency.Difference;
import org.companyunification.sync.consistency.FieldDifference;
import org.companyunification.sync.consistency.TableConsistency;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code company-cli consistency}: compares the legacy and the unified tables row by row with {@link Consistency},
 * prints the {@link ConsistencyReport}, and exits {@value ExitCode#OK} when they agree and
 * {@value ExitCode#VALIDATION_FAILED} when they do not.
 */
@Command(name = "consistency",
        description = {
            "Compares every legacy row with the unified rows it maps to, field by field, and every unified row"
                    + " that came from a legacy row with that row.",
            "Lists each difference with the legacy and the unified table and id and the fields that differ, with"
                    + " both values. Exits 0 when there is none, 1 when there is one. Only reads."
        })
public final class ConsistencyCommand extends DatabaseCommand {

    /** How many differences the text output lists. */
    static final int LISTED_IN_TEXT = 50;

    /** The longest value the text output shows in full. */
    private static final int VALUE_CAP = 200;

    private int limit = 1000;

    @Option(names = "--json", description = "Print the report as JSON.")
    private boolean json;

    /**
     * Creates the command.
     *
     * @param session the run
     */
    public ConsistencyCommand(Session session) {
        super(session);
    }

    @Option(names = "--limit", paramLabel = "N",
            description = "List at most N differences, from 0 to 100,000 (default: 1000); the counts include all.")
    void setLimit(int limit) {
        OptionRanges.require(spec, limit >= 0 && limit <= Consistency.Configuration.MAX_DIFFERENCE_LIMIT,
                "--limit must be a number of differences from 0 to %,d, not %s",
                Consistency.Configuration.MAX_DIFFERENCE_LIMIT, limit);
        this.limit = limit;
    }

    /**
     * Checks.
     *
     * @return {@value ExitCode#OK} when legacy and unified agree, {@value ExitCode#VALIDATION_FAILED} when not
     */
    @Override
    public Integer call() {
        ConsistencyReport report;
        String description;
        try (Database database = open(Access.READ, "check the consistency of the legacy and unified tables")) {
            report = Consistency.configure().dataSource(database.dataSource()).differenceLimit(limit).load().check();
            description = ReportPrinter.where(database);
        }
        if (json) {
            printJson(report);
        } else {
            print(description, report);
        }
        return report.consistent() ? ExitCode.OK : ExitCode.VALIDATION_FAILED;
    }

    private void printJson(ConsistencyReport report) {
        try {
            Json.print(session, new ObjectMapper().readTree(report.toJson()));
        } catch (IOException e) {
            throw new IllegalStateException("the consistency report's JSON cannot be read back", e);
        }
    }

    private void print(String description, ConsistencyReport report) {
        printer.line("Consistency of " + description + ", " + report.checkedAt().truncatedTo(ChronoUnit.SECONDS)
                + ":");
        printer.section("Legacy tables:");
        TextTable tables = new TextTable().left("table").right("rows").right("not mapped").right("differences");
        for (TableConsistency table : report.tables()) {
            tables.row(table.table(), table.legacyRows(), table.notMapped(), table.differences());
        }
        printer.table(tables);
        List<Difference> listed = report.differences();
        printer.section("Differences: " + (report.differenceCount() == 0 ? "none" : report.differenceCount()));
        listed.stream().limit(LISTED_IN_TEXT).forEach(this::print);
        long unlisted = report.differenceCount() - Math.min(listed.size(), LISTED_IN_TEXT);
        if (unlisted > 0) {
            printer.item("... and " + unlisted + " more" + (listed.size() > LISTED_IN_TEXT ? " (see --json)"
                    : " (raise --limit to list them)"));
        }
        if (!report.unfinishedRuns().isEmpty()) {
            printer.section("Unfinished runs (the differences above may be rows they have not migrated yet):");
            report.unfinishedRuns().forEach(printer::item);
        }
        printer.section("Verdict: " + (report.consistent() ? "CONSISTENT" : "DIFFERENT"));
    }

    private void print(Difference difference) {
        printer.item(difference.legacyTable() + " #" + difference.legacyId() + " -> " + difference.unifiedTable()
                + (difference.unifiedId() == null ? "" : " #" + difference.unifiedId()) + ": "
                + difference.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        printer.item("    " + difference.description());
        for (FieldDifference field : difference.fields()) {
            printer.item("    " + field.field() + ": legacy " + value(field.legacyValue()) + ", unified "
                    + value(field.unifiedValue()));
        }
    }

    private static String value(String value) {
        return value == null ? "(empty)" : "'" + TerminalText.cap(value, VALUE_CAP) + "'";
    }
}

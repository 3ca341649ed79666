package org.companyunification.cli.command;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.companyunification.cli.internal.ExitCode;
import org.companyunification.cli.console.ProgressDisplay;
import org.companyunification.cli.internal.Access;
import org.companyunification.cli.internal.BackfillProgress;
import org.companyunification.cli.internal.Database;
import org.companyunification.cli.internal.ReportPrinter;
import org.companyunification.cli.internal.RunOptions;
import org.companyunification.cli.internal.Session;
import org.companyunification.cli.internal.TextTable;
import org.companyunification.sync.Backfill;
import org.companyunification.sync.BackfillResult;
import org.companyunification.sync.DryRunResult;
import org.companyunification.sync.RowCounts;
import org.companyunification.sync.RowIssue;
import org.companyunification.sync.RunResult;
import org.companyunification.sync.Step;
import org.companyunification.sync.TableResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code company-cli backfill}: copies the legacy tables into the unified schema with {@link Backfill}, or with
 * {@code --dry-run} shows what it would do, and prints per table what happened, the run id and the rows that were
 * rejected or migrated with a warning.
 */
@Command(name = "backfill",
        description = {
            "Copies the legacy tables into the unified schema (or, with --dry-run, shows what it would do).",
            "Prints per step and table the rows read, created, updated, unchanged, merged, rejected, skipped and"
                    + " warned about, the run id, and the rejected rows and warnings with their reasons.",
            "Safe to run again: unchanged rows are skipped, changed rows updated, new rows added; a run that was"
                    + " stopped is resumed. Rejected rows are reported, not an error.",
            "One backfill or rollback writes to a database at a time: while another one runs, this one is refused"
                    + " (exit code 2, naming it) unless --wait is given."
        })
public final class BackfillCommand extends DatabaseCommand {

    /** How many rejected rows, and how many warnings, the text output lists. */
    static final int LISTED_IN_TEXT = 20;

    @Option(names = "--only", paramLabel = "STEP", split = ",", converter = StepConverter.class,
            description = "Run only these steps: companies, personnel, projects (repeat the option or separate"
                    + " with commas; default: all three, in that order).")
    private List<Step> only;

    @Option(names = "--dry-run",
            description = "Only compute and print what a run would do; writes nothing, not even a run record.")
    private boolean dryRun;

    @Mixin
    private RunOptions options;

    /**
     * Creates the command.
     *
     * @param session the run
     */
    public BackfillCommand(Session session) {
        super(session);
    }

    /**
     * Runs the backfill, or the dry run.
     *
     * @return {@value ExitCode#OK}; rejected rows are reported, not a failure
     */
    @Override
    public Integer call() {
        Set<Step> steps = only == null || only.isEmpty() ? EnumSet.allOf(Step.class) : EnumSet.copyOf(only);
        ProgressDisplay display = options.progress(session);
        try (Database database = open(dryRun ? Access.READ : Access.WRITE, "run the backfill");
                BackfillProgress progress = new BackfillProgress(display)) {
            Backfill backfill = options.applyTo(Backfill.configure().dataSource(database.dataSource())
                    .listener(progress)).load();
            BackfillResult result = dryRun ? backfill.dryRun(steps) : backfill.run(steps);
            progress.close();
            Report report = Report.of(database, steps, result);
            printer.print(options.json(), report, r -> print(r, result));
        }
        return ExitCode.OK;
    }

    private void print(Report report, BackfillResult result) {
        printer.line((report.dryRun() ? "Dry run of the backfill" : "Backfill") + " of "
                + ReportPrinter.where(report.database(), report.url(), report.environment()) + ", steps "
                + String.join(", ", report.steps()) + ":");
        printer.table(countsTable(report.tables(), report.total()));
        Row total = report.total();
        printer.line("");
        if (report.dryRun()) {
            printer.line("Dry run: nothing was written.");
        } else {
            printer.line(runIdLine(report.runId()));
        }
        printer.line(String.format(Locale.ROOT, "Took %.1f s.", report.durationMillis() / 1000.0));
        String where = report.dryRun() ? "see --json" : "see --json or the backfill_issues table";
        printIssues(printer, "Rejected rows", result.rejected(), total.rejected(), where);
        printIssues(printer, "Warnings", result.warnings(), total.warnings(), where);
    }

    /**
     * The table of counts per legacy table and in total that the backfill and the sync print.
     *
     * @param rows the legacy tables' counts, in the order processed
     * @param total their sums
     * @return the table
     */
    static TextTable countsTable(List<Row> rows, Row total) {
        TextTable table = new TextTable().left("step").left("table").right("read").right("created")
                .right("updated").right("unchanged").right("merged").right("rejected").right("skipped")
                .right("warnings");
        for (Row row : rows) {
            table.row(row.step(), row.table(), row.read(), row.created(), row.updated(), row.unchanged(),
                    row.merged(), row.rejected(), row.skipped(), row.warnings());
        }
        table.row("", "total", total.read(), total.created(), total.updated(), total.unchanged(), total.merged(),
                total.rejected(), total.skipped(), total.warnings());
        return table;
    }

    /**
     * The line that gives a run's id and how to list and undo it.
     *
     * @param runId the run
     * @return the line
     */
    static String runIdLine(long runId) {
        return "Run id: " + runId + " (list runs with 'runs', undo this one with 'rollback --run " + runId + "')";
    }

    /**
     * Prints the first {@value #LISTED_IN_TEXT} issues of a kind under a heading, and how many more there are.
     *
     * @param printer where to print
     * @param heading what the issues are
     * @param listed the issues the result lists
     * @param count how many there are in all
     * @param where where to find the rest
     */
    static void printIssues(ReportPrinter printer, String heading, List<RowIssue> listed, long count,
            String where) {
        if (count == 0) {
            return;
        }
        printer.section(heading + " (" + count + "):");
        listed.stream().limit(LISTED_IN_TEXT).forEach(issue -> printer.item(issue.toString()));
        long shown = Math.min(listed.size(), LISTED_IN_TEXT);
        if (count > shown) {
            printer.item("... and " + (count - shown) + " more (" + where + ")");
        }
    }

    /** Reads {@code companies}, {@code personnel} or {@code projects}, in any case. */
    static final class StepConverter implements ITypeConverter<Step> {
        @Override
        public Step convert(String value) {
            try {
                return Step.of(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not a step: expected companies, personnel"
                        + " or projects");
            }
        }
    }

    /**
     * The result of the command, as {@code --json} prints it.
     *
     * @param database the kind of database
     * @param url its JDBC URL
     * @param environment the named environment, or {@code null}
     * @param runId the run's id, or {@code null} for a dry run
     * @param dryRun whether nothing was written
     * @param steps the steps asked for, in order
     * @param startedAt when the run started (ISO-8601; the first start of a resumed run)
     * @param durationMillis how long this invocation took
     * @param tables per legacy table, in the order processed
     * @param total the sums over all tables
     * @param issueCount how many issues the run raised in all
     * @param rejected the rejected rows the result lists
     * @param warnings the warnings the result lists
     */
    record Report(String database, String url, String environment, Long runId, boolean dryRun, List<String> steps,
            String startedAt, long durationMillis, List<Row> tables, Row total, long issueCount,
            List<Issue> rejected, List<Issue> warnings) {

        static Report of(Database database, Set<Step> steps, BackfillResult result) {
            return new Report(database.vendor().displayName(), database.target().displayUrl(),
                    database.target().environment().orElse(null),
                    result instanceof RunResult run ? run.runId() : null, result instanceof DryRunResult,
                    steps.stream().map(step -> step.name().toLowerCase(Locale.ROOT)).toList(),
                    result.startedAt() == null ? null : result.startedAt().toString(),
                    result.duration() == null ? 0 : result.duration().toMillis(),
                    result.tables().stream().map(Row::of).toList(), Row.total(result.total()), result.issueCount(),
                    result.rejected().stream().map(Issue::of).toList(),
                    result.warnings().stream().map(Issue::of).toList());
        }
    }

    /**
     * The counts of one legacy table, or the total.
     *
     * @param step the step, or {@code null} for the total
     * @param table the legacy table, or {@code total}
     * @param read rows read
     * @param created rows that created a unified row
     * @param updated rows whose unified rows were updated
     * @param unchanged rows skipped as unchanged since an earlier run
     * @param merged rows joined to an existing unified row
     * @param rejected rows that could not be migrated
     * @param skipped rows outside the migration's scope
     * @param warnings warnings on migrated rows
     */
    record Row(String step, String table, long read, long created, long updated, long unchanged, long merged,
            long rejected, long skipped, long warnings) {

        static Row of(TableResult result) {
            return new Row(result.step() == null ? null : result.step().name().toLowerCase(Locale.ROOT),
                    result.table(), result.read(), result.created(), result.updated(), result.unchanged(),
                    result.merged(), result.rejected(), result.skipped(), result.warnings());
        }

        static Row total(RowCounts total) {
            return new Row(null, "total", total.read(), total.created(), total.updated(), total.unchanged(),
                    total.merged(), total.rejected(), total.skipped(), total.warnings());
        }
    }

    /**
     * A rejected row or a warning.
     *
     * @param table the legacy table
     * @param id the legacy row's id
     * @param field the column concerned, or {@code null} for the whole row
     * @param reason what was wrong and what was done
     */
    record Issue(String table, long id, String field, String reason) {

        static Issue of(RowIssue issue) {
            return new Issue(issue.table(), issue.id(), issue.field(), issue.reason());
        }
    }
}

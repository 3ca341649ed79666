package org.companyunification.cli.command;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.companyunification.cli.internal.Access;
import org.companyunification.cli.internal.Database;
import org.companyunification.cli.internal.ExitCode;
import org.companyunification.cli.internal.OptionRanges;
import org.companyunification.cli.internal.ReportPrinter;
import org.companyunification.cli.internal.Session;
import org.companyunification.cli.internal.TextTable;
import org.companyunification.cli.internal.WaitOption;
import org.companyunification.sync.merge.CompanyMerge;
import org.companyunification.sync.merge.MergeOptions;
import org.companyunification.sync.merge.MergeResult;
import org.companyunification.sync.merge.MergeSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code company-cli merge ID --into SURVIVOR}: merges a duplicate company into the company that stays, and prints
 * what changed; {@code merge --list} lists the merges.
 */
@Command(name = "merge",
        description = {
            "Merges a duplicate company into the company that stays (the survivor) and prints what changed.",
            "Every row of the duplicate moves to the survivor: roles, client profile, affiliations, links and the"
                    + " records of its legacy rows, so later backfills of those rows land on the survivor.",
            "Rows both hold are combined: one role (primary if either was), one client profile and one link, the"
                    + " survivor's values winning (--prefer merged for the duplicate's), empty ones filled, notes"
                    + " joined; a link between the two is removed.",
            "The duplicate stays as a tombstone pointing at the survivor; 'company ID' of its id shows the survivor.",
            "Every change is journaled: 'unmerge MERGE_ID' restores the exact state before. 'merge --list' lists the"
                    + " merges with their ids.",
            "Merging a company into itself, into or out of a merged company, or in a cycle is refused (exit code 2)."
        })
public final class MergeCommand extends DatabaseCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "ID",
            description = "The id of the duplicate company to merge (see 'companies').")
    private Long mergedId;

    private Long survivorId;

    @Option(names = "--prefer", paramLabel = "survivor|merged",
            description = "Whose values win where both companies have one: survivor or merged (default: survivor)."
                    + " Empty values are filled from the other company either way.")
    private String prefer = "survivor";

    @Option(names = "--by", paramLabel = "NAME", description = "Who merges, recorded with the merge.")
    private String by;

    @Option(names = "--list", description = "List the merges instead, oldest first, undone ones included.")
    private boolean list;

    @Option(names = "--json", description = "Print the result as JSON.")
    private boolean json;

    @Mixin
    private WaitOption wait;

    /**
     * Creates the command.
     *
     * @param session the run
     */
    public MergeCommand(Session session) {
        super(session);
    }

    @Option(names = "--into", paramLabel = "SURVIVOR",
            description = "The id of the company that stays and receives everything.")
    void setSurvivorId(long survivorId) {
        OptionRanges.require(spec, survivorId >= 1, "--into must be the positive id of a company, not %s",
                survivorId);
        this.survivorId = survivorId;
    }

    /**
     * Merges, or lists the merges.
     *
     * @return {@value ExitCode#OK}
     */
    @Override
    public Integer call() {
        if (list) {
            OptionRanges.require(spec, mergedId == null && survivorId == null,
                    "--list takes no company id and no --into");
            return listMerges();
        }
        OptionRanges.require(spec, mergedId != null && survivorId != null,
                "name the duplicate and the company that stays: merge ID --into SURVIVOR (or merge --list)");
        OptionRanges.require(spec, mergedId >= 1, "ID must be the positive id of a company, not %s", mergedId);
        String preference = prefer.toLowerCase(Locale.ROOT);
        OptionRanges.require(spec, preference.equals("survivor") || preference.equals("merged"),
                "--prefer must be survivor or merged, not %s", prefer);
        MergeOptions options = MergeOptions.defaults().by(by).preferring(preference.equals("merged")
                ? MergeOptions.Preference.MERGED : MergeOptions.Preference.SURVIVOR);
        try (Database database = open(Access.WRITE, "merge company " + mergedId + " into company " + survivorId)) {
            MergeResult result = CompanyMerge.configure().dataSource(database.dataSource()).lockWait(wait.duration()).load()
                    .merge(survivorId, mergedId, options);
            Map<String, Long> changed = new TreeMap<>(result.rowsChanged());
            Map<String, Long> removed = new TreeMap<>(result.rowsRemoved());
            Report report = new Report(database.vendor().displayName(), database.target().displayUrl(),
                    database.target().environment().orElse(null), result.mergeId(), result.survivorId(),
                    result.mergedId(), options.preference().name().toLowerCase(Locale.ROOT), changed, removed);
            printer.print(json, report, this::print);
        }
        return ExitCode.OK;
    }

    private int listMerges() {
        try (Database database = open(Access.READ, "list the merges")) {
            List<MergeSummary> merges = CompanyMerge.configure().dataSource(database.dataSource()).load().merges();
            Listing listing = new Listing(database.vendor().displayName(), database.target().displayUrl(),
                    database.target().environment().orElse(null), merges.stream().map(ListedMerge::of).toList());
            printer.print(json, listing, l -> {
                printer.line("Merges of " + ReportPrinter.where(l.database(), l.url(), l.environment()) + ":");
                if (l.merges().isEmpty()) {
                    printer.line("  none");
                    return;
                }
                TextTable table = new TextTable().right("merge").left("merged company").left("into survivor")
                        .left("merged at (UTC)").left("by").left("undone at (UTC)");
                for (ListedMerge m : l.merges()) {
                    table.row(m.mergeId(), m.mergedId() + " " + m.mergedName(), m.survivorId() + " "
                            + m.survivorName(), m.mergedAt(), m.mergedBy() == null ? "" : m.mergedBy(),
                            m.undoneAt() == null ? "" : m.undoneAt());
                }
                printer.table(table);
            });
        }
        return ExitCode.OK;
    }

    private void print(Report report) {
        printer.line("Merged company " + report.mergedId() + " into company " + report.survivorId() + " (merge "
                + report.mergeId() + ") in " + ReportPrinter.where(report.database(), report.url(),
                        report.environment()) + ":");
        TextTable table = new TextTable().left("unified table").right("rows changed").right("rows combined away");
        for (String name : new TreeSet<>(report.rowsChanged().keySet())) {
            table.row(name, report.rowsChanged().get(name), report.rowsRemoved().getOrDefault(name, 0L));
        }
        printer.table(table);
        printer.line("Company " + report.mergedId() + " is now a tombstone pointing at company "
                + report.survivorId() + ". Undo with: unmerge " + report.mergeId());
    }

    /**
     * The result of a merge, as {@code --json} prints it.
     *
     * @param database the kind of database
     * @param url its JDBC URL
     * @param environment the named environment, or {@code null}
     * @param mergeId the merge, for {@code unmerge}
     * @param survivorId the company that stayed
     * @param mergedId the company merged into it
     * @param prefer whose values won: survivor or merged
     * @param rowsChanged per unified table, the rows changed, re-pointed or removed
     * @param rowsRemoved per unified table, the rows removed because they were combined into the survivor's
     */
    record Report(String database, String url, String environment, long mergeId, long survivorId, long mergedId,
            String prefer, Map<String, Long> rowsChanged, Map<String, Long> rowsRemoved) {}

    /**
     * The merges, as {@code merge --list --json} prints them.
     *
     * @param database the kind of database
     * @param url its JDBC URL
     * @param environment the named environment, or {@code null}
     * @param merges the merges, oldest first
     */
    record Listing(String database, String url, String environment, List<ListedMerge> merges) {}

    /**
     * One merge of the listing.
     *
     * @param mergeId the merge
     * @param mergedId the company merged
     * @param mergedName its name
     * @param survivorId the company it was merged into
     * @param survivorName its name
     * @param mergedAt when (UTC), ISO-8601 to the second
     * @param mergedBy who merged, or {@code null}
     * @param options the options recorded
     * @param undoneAt when it was undone (UTC), ISO-8601 to the second, or {@code null} while it stands
     */
    record ListedMerge(long mergeId, long mergedId, String mergedName, long survivorId, String survivorName,
            String mergedAt, String mergedBy, String options, String undoneAt) {

        static ListedMerge of(MergeSummary merge) {
            return new ListedMerge(merge.mergeId(), merge.mergedId(), merge.mergedName(), merge.survivorId(),
                    merge.survivorName(), time(merge.mergedAt()), merge.mergedBy().orElse(null), merge.options(),
                    merge.undoneAt().map(ListedMerge::time).orElse(null));
        }

        private static String time(LocalDateTime time) {
            return time.truncatedTo(ChronoUnit.SECONDS).toString();
        }
    }
}

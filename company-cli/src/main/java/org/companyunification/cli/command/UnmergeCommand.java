package org.companyunification.cli.command;

import java.util.Map;
import java.util.TreeMap;
import org.companyunification.cli.internal.Access;
import org.companyunification.cli.internal.Database;
import org.companyunification.cli.internal.ExitCode;
import org.companyunification.cli.internal.OptionRanges;
import org.companyunification.cli.internal.ReportPrinter;
import org.companyunification.cli.internal.Session;
import org.companyunification.cli.internal.TextTable;
import org.companyunification.cli.internal.WaitOption;
import org.companyunification.sync.merge.CompanyMerge;
import org.companyunification.sync.merge.UnmergeResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code company-cli unmerge MERGE_ID}: undoes one merge exactly and prints what was restored. */
@Command(name = "unmerge",
        description = {
            "Undoes one merge and prints what was restored: every unified row the merge changed, re-pointed or"
                    + " removed is as it was before, timestamps included, and the merged company is a company of"
                    + " its own again. Find the merge id with 'merge --list'.",
            "Refused (exit code 2, nothing changed) while a later merge of either company stands (the message names"
                    + " it: undo it first), or when a row the merge left has changed since."
        })
public final class UnmergeCommand extends DatabaseCommand {

    private long mergeId;

    @Option(names = "--by", paramLabel = "NAME", description = "Who undoes the merge, recorded with it.")
    private String by;

    @Option(names = "--json", description = "Print the result as JSON.")
    private boolean json;

    @Mixin
    private WaitOption wait;

    /**
     * Creates the command.
     *
     * @param session the run
     */
    public UnmergeCommand(Session session) {
        super(session);
    }

    @Parameters(index = "0", paramLabel = "MERGE_ID", description = "The id of the merge to undo (see 'merge --list').")
    void setMergeId(long mergeId) {
        OptionRanges.require(spec, mergeId >= 1, "MERGE_ID must be the positive id of a merge (see 'merge --list'),"
                + " not %s", mergeId);
        this.mergeId = mergeId;
    }

    /**
     * Undoes the merge.
     *
     * @return {@value ExitCode#OK}
     */
    @Override
    public Integer call() {
        try (Database database = open(Access.WRITE, "undo merge " + mergeId)) {
            UnmergeResult result = CompanyMerge.configure().dataSource(database.dataSource()).lockWait(wait.duration()).load()
                    .unmerge(mergeId, by);
            Report report = new Report(database.vendor().displayName(), database.target().displayUrl(),
                    database.target().environment().orElse(null), result.mergeId(), result.survivorId(),
                    result.mergedId(), new TreeMap<>(result.rowsRestored()));
            printer.print(json, report, r -> {
                printer.line("Undid merge " + r.mergeId() + " in " + ReportPrinter.where(r.database(), r.url(),
                        r.environment()) + ": company " + r.mergedId() + " is separate from company "
                        + r.survivorId() + " again.");
                TextTable table = new TextTable().left("unified table").right("rows restored");
                r.rowsRestored().forEach(table::row);
                printer.table(table);
            });
        }
        return ExitCode.OK;
    }

    /**
     * The result of the command, as {@code --json} prints it.
     *
     * @param database the kind of database
     * @param url its JDBC URL
     * @param environment the named environment, or {@code null}
     * @param mergeId the merge undone
     * @param survivorId the company that had stayed
     * @param mergedId the company that had been merged
     * @param rowsRestored per unified table, the rows restored
     */
    record Report(String database, String url, String environment, long mergeId, long survivorId, long mergedId,
            Map<String, Long> rowsRestored) {}
}

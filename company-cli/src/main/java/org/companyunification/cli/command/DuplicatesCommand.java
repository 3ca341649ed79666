package org.companyunification.cli.command;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.companyunification.cli.internal.Access;
import org.companyunification.cli.internal.Database;
import org.companyunification.cli.internal.ExitCode;
import org.companyunification.cli.internal.OptionRanges;
import org.companyunification.cli.internal.ReportPrinter;
import org.companyunification.cli.internal.Session;
import org.companyunification.cli.internal.TextTable;
import org.companyunification.sync.duplicates.CandidateBand;
import org.companyunification.sync.duplicates.DuplicateCandidate;
import org.companyunification.sync.duplicates.DuplicateFinder;
import org.companyunification.sync.duplicates.DuplicateSearchResult;
import org.companyunification.sync.duplicates.MatchReason;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code company-cli duplicates}: lists the pairs of companies that are probably the same organisation, with
 * their scores, bands and reasons.
 */
@Command(name = "duplicates",
        description = {
            "Lists pairs of companies that are probably the same organisation although their names differ: an",
            "acronym and its full name, a short and a longer form, close spellings, the same web site or e-mail",
            "domain. Each pair has a score from 0 to 1, a band (strong, or review: a person should decide) and its",
            "reasons. Only reads."
        })
public final class DuplicatesCommand extends DatabaseCommand {

    /** The largest {@code --limit}. */
    public static final int MAX_LIMIT = 100_000;

    /** How many candidates the text lists when no {@code --limit} is given. */
    public static final int DEFAULT_LIMIT = 50;

    @Option(names = "--strong", paramLabel = "SCORE", description = "The score from which a pair is a strong"
            + " candidate, more than 0 and at most 1 (default: " + DuplicateFinder.DEFAULT_STRONG_THRESHOLD + ").")
    private double strong = DuplicateFinder.DEFAULT_STRONG_THRESHOLD;

    @Option(names = "--review", paramLabel = "SCORE", description = "The score from which a pair is a candidate"
            + " at all, more than 0 and at most the strong score (default: "
            + DuplicateFinder.DEFAULT_REVIEW_THRESHOLD + ").")
    private double review = DuplicateFinder.DEFAULT_REVIEW_THRESHOLD;

    @Option(names = "--limit", paramLabel = "N", description = "How many candidates the text lists, highest score"
            + " first, from 1 to " + MAX_LIMIT + " (default: " + DEFAULT_LIMIT + "); --json lists all.")
    private int limit = DEFAULT_LIMIT;

    @Option(names = "--json", description = "Print every candidate, with its reasons, as JSON.")
    private boolean json;

    /**
     * Creates the command.
     *
     * @param session the run
     */
    public DuplicatesCommand(Session session) {
        super(session);
    }

    /**
     * Finds and lists the candidates.
     *
     * @return {@value ExitCode#OK}
     */
    @Override
    public Integer call() {
        OptionRanges.require(spec, strong > 0 && strong <= 1, "--strong must be a score more than 0 and at most 1,"
                + " not %s", strong);
        OptionRanges.require(spec, review > 0 && review <= strong, "--review must be a score more than 0 and at"
                + " most --strong (%s), not %s", strong, review);
        OptionRanges.require(spec, limit >= 1 && limit <= MAX_LIMIT, "--limit must be a number of candidates from"
                + " 1 to %,d, not %s", MAX_LIMIT, limit);
        try (Database database = open(Access.READ, "find duplicate candidates")) {
            DuplicateSearchResult result = DuplicateFinder.configure().dataSource(database.dataSource())
                    .strongThreshold(strong).reviewThreshold(review).load().find();
            Report report = Report.of(database, result);
            printer.print(json, report, r -> print(printer, r, limit, true));
        }
        return ExitCode.OK;
    }

    /**
     * Prints the candidates as text, as the command and the demo do.
     *
     * @param printer the printer
     * @param report the candidates
     * @param limit how many to list
     * @param heading whether to start with a heading naming the database
     */
    static void print(ReportPrinter printer, Report report, int limit, boolean heading) {
        String summary = String.format(Locale.ROOT, "%d (%d strong, %d to review) among %,d companies, %,d pairs"
                + " compared in %.1f s; strong from %s, review from %s", report.candidates().size(), report.strong(),
                report.review(), report.companies(), report.comparisons(), report.seconds(),
                report.strongThreshold(), report.reviewThreshold());
        if (heading) {
            printer.line("Duplicate candidates in " + ReportPrinter.where(report.database(), report.url(),
                    report.environment()) + ": " + summary);
        } else {
            printer.section("Duplicate candidates: " + summary);
        }
        if (report.candidates().isEmpty()) {
            printer.item("No pair of companies looks like one organisation.");
            return;
        }
        TextTable table = new TextTable().right("score").left("band").right("id").left("name").right("id")
                .left("name").left("reasons");
        report.candidates().stream().limit(limit).forEach(c -> table.row(String.format(Locale.ROOT, "%.3f",
                c.score()), c.band().name().toLowerCase(Locale.ROOT), c.companyId(), c.companyName(),
                c.otherCompanyId(), c.otherCompanyName(), reasons(c.reasons())));
        printer.table(table);
        if (report.candidates().size() > limit) {
            printer.item((report.candidates().size() - limit) + " more: raise --limit, or --json lists all.");
        }
    }

    private static String reasons(List<MatchReason> reasons) {
        return reasons.stream().map(MatchReason::detail).collect(Collectors.joining("; "));
    }

    /**
     * The candidates, as {@code --json} prints them.
     *
     * @param database the kind of database
     * @param url its JDBC URL
     * @param environment the named environment, or {@code null}
     * @param companies how many companies were compared
     * @param comparisons how many pairs were scored
     * @param oversizedBlocks how many blocking keys were too common to compare
     * @param strongThreshold the score from which a pair is strong
     * @param reviewThreshold the score from which a pair is a candidate
     * @param seconds how long the search took
     * @param strong how many candidates are strong
     * @param review how many are to review
     * @param candidates every candidate, highest score first
     */
    record Report(String database, String url, String environment, int companies, long comparisons,
            int oversizedBlocks, double strongThreshold, double reviewThreshold, double seconds, int strong,
            int review, List<DuplicateCandidate> candidates) {

        static Report of(Database database, DuplicateSearchResult result) {
            return new Report(database.vendor().displayName(), database.target().displayUrl(),
                    database.target().environment().orElse(null), result.companies(), result.comparisons(),
                    result.oversizedBlocks(), result.strongThreshold(), result.reviewThreshold(),
                    result.duration().toNanos() / 1e9, result.candidates(CandidateBand.STRONG).size(),
                    result.candidates(CandidateBand.REVIEW).size(), result.candidates());
        }
    }
}

package org.companyunification.cli.command;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.companyunification.cli.internal.Access;
import org.companyunification.cli.internal.Database;
import org.companyunification.cli.internal.ExitCode;
import org.companyunification.cli.internal.OptionRanges;
import org.companyunification.cli.internal.ReportPrinter;
import org.companyunification.cli.internal.Session;
import org.companyunification.cli.internal.TerminalText;
import org.companyunification.cli.internal.TextTable;
import org.companyunification.cli.internal.WaitOption;
import org.companyunification.sync.duplicates.CandidateBand;
import org.companyunification.sync.duplicates.DuplicateCandidate;
import org.companyunification.sync.duplicates.DuplicateFinder;
import org.companyunification.sync.duplicates.DuplicateSearchResult;
import org.companyunification.sync.duplicates.MatchReason;
import org.companyunification.sync.merge.MergeResult;
import org.companyunification.sync.review.DuplicateReview;
import org.companyunification.sync.review.ReviewDecision;
import org.companyunification.sync.review.ReviewFile;
import org.companyunification.sync.review.ReviewItem;
import org.companyunification.sync.review.ReviewResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code company-cli duplicates}: lists the pairs of companies that are probably the same organisation, with
 * their scores, bands and reasons; writes them to a review file ({@code --export}), applies an edited one ({@code
 * --apply}), or asks about them one by one ({@code --interactive}).
 */
@Command(name = "duplicates",
        description = {
            "Lists pairs of companies that are probably the same organisation although their names differ: an",
            "acronym and its full name, a short and a longer form, close spellings, the same web site or e-mail",
            "domain. Each pair has a score from 0 to 1, a band (strong, or review: a person should decide) and its",
            "reasons. Only reads, unless --apply or --interactive is given.",
            "Review: --export FILE writes the candidates to a JSON file, every pair \"decision\": \"UNDECIDED\";",
            "set a pair to \"ACCEPT\" with \"survivorId\" (the id of the company that stays) or to \"REJECT\",",
            "then --apply FILE merges the accepted pairs and remembers the rejected ones, in one transaction. A",
            "rejected pair is never proposed again. --interactive asks about each candidate on standard input",
            "(a: accept keeping the first, b: accept keeping the second, r: reject, s: skip, q: quit) and applies the",
            "answers the same way. A file whose pair has been merged since is refused, naming it; nothing is applied."
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

    @Option(names = "--export", paramLabel = "FILE", description = "Write every candidate to this review file"
            + " (JSON, replaced if it exists), each pair undecided, for a person to edit and --apply.")
    private Path export;

    @Option(names = "--apply", paramLabel = "FILE", description = "Apply an edited review file in one"
            + " transaction: merge the accepted pairs, remember the rejected ones.")
    private Path apply;

    @Option(names = "--interactive", description = "Ask about each candidate on standard input (a, b, r, s or q),"
            + " then apply the answers in one transaction.")
    private boolean interactive;

    @Option(names = "--by", paramLabel = "NAME", description = "Who decides, recorded with the merges and the"
            + " rejected pairs of --apply and --interactive.")
    private String by;

    @Mixin
    private WaitOption wait;

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
        int modes = (export != null ? 1 : 0) + (apply != null ? 1 : 0) + (interactive ? 1 : 0);
        OptionRanges.require(spec, modes <= 1, "choose one of --export, --apply and --interactive");
        OptionRanges.require(spec, !json || export == null && !interactive, "--json lists the candidates or"
                + " reports --apply; it does not go with --export or --interactive");
        if (apply != null) {
            return applyFile();
        }
        if (interactive) {
            return interactive();
        }
        try (Database database = open(Access.READ, "find duplicate candidates")) {
            DuplicateSearchResult result = DuplicateFinder.configure().dataSource(database.dataSource())
                    .strongThreshold(strong).reviewThreshold(review).load().find();
            if (export != null) {
                Path file = session.environment().workingDirectory().resolve(export);
                ReviewFile written = DuplicateReview.configure().dataSource(database.dataSource()).load()
                        .export(result.candidates(), file);
                printer.line("Wrote " + written.pairs().size() + " duplicate candidates to review to " + file
                        + ". Set each pair's \"decision\" to \"ACCEPT\" with a \"survivorId\", or to \"REJECT\","
                        + " then: duplicates --apply " + export);
                return ExitCode.OK;
            }
            Report report = Report.of(database, result);
            printer.print(json, report, r -> print(printer, r, limit, true));
        }
        return ExitCode.OK;
    }

    private int applyFile() {
        ReviewFile review = ReviewFile.read(session.environment().workingDirectory().resolve(apply));
        try (Database database = open(Access.WRITE, "apply the duplicate review " + apply)) {
            ReviewResult result = DuplicateReview.configure().dataSource(database.dataSource()).lockWait(wait.duration())
                    .load().apply(review, by);
            Applied applied = Applied.of(database, result);
            printer.print(json, applied, this::printApplied);
        }
        return ExitCode.OK;
    }

    private int interactive() {
        try (Database database = open(Access.WRITE, "review duplicate candidates")) {
            DuplicateSearchResult result = DuplicateFinder.configure().dataSource(database.dataSource())
                    .strongThreshold(strong).reviewThreshold(review).load().find();
            List<DuplicateCandidate> candidates = result.candidates();
            if (candidates.isEmpty()) {
                printer.line("No pair of companies looks like one organisation: nothing to review.");
                return ExitCode.OK;
            }
            List<ReviewItem> decided = ask(candidates);
            if (decided.stream().allMatch(item -> item.decision() == ReviewDecision.UNDECIDED)) {
                printer.line("No pair decided: nothing applied.");
                return ExitCode.OK;
            }
            ReviewResult applied = DuplicateReview.configure().dataSource(database.dataSource()).lockWait(wait.duration())
                    .load().apply(new ReviewFile(decided), by);
            printApplied(Applied.of(database, applied));
        }
        return ExitCode.OK;
    }

    /** Asks about each candidate in turn; the pairs not reached before a quit or the end of input stay undecided. */
    private List<ReviewItem> ask(List<DuplicateCandidate> candidates) {
        BufferedReader in = new BufferedReader(new InputStreamReader(session.environment().in(),
                Charset.defaultCharset()));
        List<ReviewItem> items = new ArrayList<>();
        boolean quit = false;
        for (int i = 0; i < candidates.size(); i++) {
            DuplicateCandidate c = candidates.get(i);
            ReviewItem item = ReviewItem.of(c);
            if (!quit) {
                session.out().println(TerminalText.safe(String.format(Locale.ROOT, "Pair %d of %d, score %.3f (%s):"
                        + " %s", i + 1, candidates.size(), c.score(), c.band().name().toLowerCase(Locale.ROOT),
                        reasons(c.reasons()))));
                session.out().println(TerminalText.safe("  a) " + c.companyId() + " " + c.companyName()));
                session.out().println(TerminalText.safe("  b) " + c.otherCompanyId() + " " + c.otherCompanyName()));
                Optional<Character> answer = answer(in);
                switch (answer.orElse('q')) {
                    case 'a' -> item = item.accept(c.companyId());
                    case 'b' -> item = item.accept(c.otherCompanyId());
                    case 'r' -> item = item.reject();
                    case 's' -> { }
                    default -> quit = true;
                }
            }
            items.add(item);
        }
        return items;
    }

    /** Reads answers until one is a, b, r, s or q; empty at the end of input. */
    private Optional<Character> answer(BufferedReader in) {
        while (true) {
            session.out().print("Same organisation? a = accept keeping a, b = accept keeping b, r = reject,"
                    + " s = skip, q = quit: ");
            session.out().flush();
            String line;
            try {
                line = in.readLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (line == null) {
                session.out().println();
                return Optional.empty();
            }
            String answer = line.strip().toLowerCase(Locale.ROOT);
            if (answer.length() == 1 && "abrsq".indexOf(answer.charAt(0)) >= 0) {
                return Optional.of(answer.charAt(0));
            }
            session.out().println("Answer a, b, r, s or q, not '" + TerminalText.safe(line) + "'.");
        }
    }

    private void printApplied(Applied applied) {
        printer.line("Applied the review to " + ReportPrinter.where(applied.database(), applied.url(),
                applied.environment()) + ": " + applied.merges().size() + " pairs merged, " + applied.rejected()
                + " rejected (not proposed again), " + applied.undecided() + " undecided.");
        for (AppliedMerge merge : applied.merges()) {
            printer.item("Merged company " + merge.mergedId() + " into company " + merge.survivorId() + " (merge "
                    + merge.mergeId() + "; undo with: unmerge " + merge.mergeId() + ")");
        }
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
     * What {@code --apply} did, as {@code --json} prints it.
     *
     * @param database the kind of database
     * @param url its JDBC URL
     * @param environment the named environment, or {@code null}
     * @param merges the merges of the accepted pairs
     * @param rejected how many pairs were recorded as rejected
     * @param undecided how many were left undecided
     */
    record Applied(String database, String url, String environment, List<AppliedMerge> merges, int rejected,
            int undecided) {

        static Applied of(Database database, ReviewResult result) {
            return new Applied(database.vendor().displayName(), database.target().displayUrl(),
                    database.target().environment().orElse(null), result.merges().stream().map(AppliedMerge::of)
                    .toList(), result.rejected(), result.undecided());
        }
    }

    /**
     * One merge of an applied review.
     *
     * @param mergeId the merge, for {@code unmerge}
     * @param survivorId the company that stayed
     * @param mergedId the company merged into it
     */
    record AppliedMerge(long mergeId, long survivorId, long mergedId) {

        static AppliedMerge of(MergeResult result) {
            return new AppliedMerge(result.mergeId(), result.survivorId(), result.mergedId());
        }
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

package org.companyunification.sync.review;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.companyunification.model.schema.DatabaseVendor;
import org.companyunification.sync.WriterConfiguration;
import org.companyunification.sync.duplicates.DuplicateCandidate;
import org.companyunification.sync.internal.WriterLock;
import org.companyunification.sync.merge.CompanyMerge;
import org.companyunification.sync.merge.MergeOptions;
import org.companyunification.sync.merge.MergeRequest;
import org.companyunification.sync.merge.MergeResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a person's decisions about duplicate candidates: accepted pairs are merged, rejected pairs are
 * remembered so that {@link org.companyunification.sync.duplicates.DuplicateFinder} never proposes them again,
 * undecided pairs are left alone.
 *
 * <pre>{@code
 * DuplicateReview review = DuplicateReview.configure().dataSource(dataSource).load();
 * review.export(finder.find().candidates(), Path.of("review.json"));
 * // a person edits review.json: "decision": "ACCEPT" with a "survivorId", or "REJECT"
 * ReviewResult result = review.apply(ReviewFile.read(Path.of("review.json")), "alice");
 * }</pre>
 *
 * <p>All decisions are applied in one transaction, under the one-writer lock: the merges through {@link
 * CompanyMerge#merge(List, CompanyMerge.TransactionWork)}, the rejections recorded in the same transaction
 * ({@code rejected_duplicate_pairs}, with who and when). Every decided pair is checked first: when one of its
 * companies no longer exists or has been merged since the file was written, nothing is applied and the error
 * names the pair. Each merge can be undone on its own with {@link CompanyMerge#unmerge(long)}.
 */
public final class DuplicateReview {

    private static final Logger LOG = LoggerFactory.getLogger(DuplicateReview.class);

    /** How many ids one check statement names. */
    private static final int ID_CHUNK = 500;

    private final DataSource dataSource;
    private final DatabaseVendor vendor;
    private final Duration lockWait;

    private DuplicateReview(DataSource dataSource, DatabaseVendor vendor, Duration lockWait) {
        this.dataSource = dataSource;
        this.vendor = vendor;
        this.lockWait = lockWait;
    }

    /**
     * Starts a configuration.
     *
     * @return a new configuration with the defaults
     */
    public static Configuration configure() {
        return new Configuration();
    }

    /**
     * Writes candidates to a review file, every pair undecided, in the order given.
     *
     * @param candidates the candidates, for example {@code DuplicateSearchResult.candidates()}
     * @param file where to write; an existing file is replaced
     * @return what was written
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} when the file cannot be
     *     written
     */
    public ReviewFile export(List<DuplicateCandidate> candidates, Path file) {
        ReviewFile review = new ReviewFile(candidates.stream().map(ReviewItem::of).toList());
        review.write(file);
        LOG.info("Wrote {} duplicate candidates to review to {}", review.pairs().size(), file);
        return review;
    }

    /**
     * Applies the decisions of a review in one transaction.
     *
     * @param review the pairs and decisions
     * @param decidedBy who decided, recorded with the merges and rejections; at most 255 characters, {@code null}
     *     or blank for nobody
     * @return what was merged and recorded
     * @throws CompanyUnificationException with {@link ErrorCode#RULE_VIOLATION} naming the pair when a decided
     *     pair's company no longer exists or has been merged, or a company is to be merged twice; as {@link
     *     CompanyMerge#merge(List, CompanyMerge.TransactionWork)} when a merge is refused or the database fails.
     *     Nothing is applied then.
     * @throws IllegalArgumentException when a pair is listed twice
     */
    public ReviewResult apply(ReviewFile review, String decidedBy) {
        requireNonNull(review, "review");
        MergeOptions options = new MergeOptions(MergeOptions.Preference.SURVIVOR, Optional.ofNullable(decidedBy));
        String by = options.mergedBy().orElse(null);
        List<ReviewItem> accepted = new ArrayList<>();
        List<ReviewItem> rejected = new ArrayList<>();
        Set<List<Long>> seen = new HashSet<>();
        for (ReviewItem item : review.pairs()) {
            checkArgument(seen.add(List.of(item.companyId(), item.otherCompanyId())), "the pair %s is listed twice",
                    item.describe());
            switch (item.decision()) {
                case ACCEPT -> accepted.add(item);
                case REJECT -> rejected.add(item);
                case UNDECIDED -> { }
                default -> throw new IllegalStateException("unknown decision " + item.decision());
            }
        }
        int undecided = review.pairs().size() - accepted.size() - rejected.size();
        if (accepted.isEmpty() && rejected.isEmpty()) {
            LOG.info("The review decides no pair: nothing to apply");
            return new ReviewResult(List.of(), 0, undecided);
        }
        checkPairsStillExist(accepted, rejected);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        List<MergeResult> merges;
        if (accepted.isEmpty()) {
            recordRejectionsAlone(rejected, by, now);
            merges = List.of();
        } else {
            List<MergeRequest> requests = accepted.stream()
                    .map(item -> new MergeRequest(item.survivorId(), item.mergedId(), options)).toList();
            merges = CompanyMerge.configure().dataSource(dataSource).lockWait(lockWait).load()
                    .merge(requests, connection -> recordRejections(connection, rejected, by, now));
        }
        LOG.info("Applied a review: {} pairs merged, {} rejected, {} undecided", merges.size(), rejected.size(),
                undecided);
        return new ReviewResult(merges, rejected.size(), undecided);
    }

    private void checkPairsStillExist(List<ReviewItem> accepted, List<ReviewItem> rejected) {
        List<ReviewItem> decided = new ArrayList<>(accepted);
        decided.addAll(rejected);
        Set<Long> ids = new HashSet<>();
        decided.forEach(item -> {
            ids.add(item.companyId());
            ids.add(item.otherCompanyId());
        });
        Map<Long, Long> mergedInto = companies(new ArrayList<>(ids));
        for (ReviewItem item : decided) {
            for (long id : new long[] {item.companyId(), item.otherCompanyId()}) {
                if (!mergedInto.containsKey(id)) {
                    throw gone(item, "company " + id + " no longer exists");
                }
                Long survivor = mergedInto.get(id);
                if (survivor != null) {
                    throw gone(item, "company " + id + " has been merged into company " + survivor);
                }
            }
        }
        Map<Long, ReviewItem> mergedBy = new HashMap<>();
        for (ReviewItem item : accepted) {
            ReviewItem earlier = mergedBy.put(item.mergedId(), item);
            if (earlier != null) {
                throw new CompanyUnificationException(ErrorCode.RULE_VIOLATION, "Company " + item.mergedId()
                        + " is to be merged by two accepted pairs of the review, " + earlier.describe() + " and "
                        + item.describe() + ": keep it as the survivor of one of them, or reject one. Nothing"
                        + " was applied.");
            }
        }
    }

    private static CompanyUnificationException gone(ReviewItem item, String why) {
        return new CompanyUnificationException(ErrorCode.RULE_VIOLATION, "The review's pair " + item.describe()
                + " no longer exists: " + why + " since the candidates were exported (table companies, row "
                + "ids " + item.companyId() + " and " + item.otherCompanyId() + "). Nothing was applied: export"
                + " the candidates again, or set the pair to UNDECIDED.");
    }

    /** The merged_into_company_id of each of the ids that exists, null for a company not merged. */
    private Map<Long, Long> companies(List<Long> ids) {
        Map<Long, Long> found = new HashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            for (int from = 0; from < ids.size(); from += ID_CHUNK) {
                List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + ID_CHUNK));
                String marks = chunk.stream().map(id -> "?").collect(Collectors.joining(", "));
                try (PreparedStatement statement = connection.prepareStatement("SELECT company_id,"
                        + " merged_into_company_id FROM companies WHERE company_id IN (" + marks + ")")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        statement.setLong(i + 1, chunk.get(i));
                    }
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            long id = rs.getLong(1);
                            long survivor = rs.getLong(2);
                            found.put(id, rs.wasNull() ? null : survivor);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new CompanyUnificationException(ErrorCode.DATABASE_ERROR, "Checking the companies of the review"
                    + " failed: " + e.getMessage() + ". Nothing was applied.", e);
        }
        return found;
    }

    private void recordRejectionsAlone(List<ReviewItem> rejected, String by, LocalDateTime now) {
        try (WriterLock lock = WriterLock.acquire(dataSource, vendor, "duplicate review", null, lockWait);
                Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                recordRejections(connection, rejected, by, now);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new CompanyUnificationException(ErrorCode.DATABASE_ERROR, "Recording the rejected pairs failed: "
                    + e.getMessage() + " (SQL state " + e.getSQLState() + "). Nothing was applied.", e);
        }
    }

    /** Records the rejected pairs: one batch removes an earlier rejection of the same pair, one inserts. */
    private static void recordRejections(Connection connection, List<ReviewItem> rejected, String by,
            LocalDateTime now) throws SQLException {
        if (rejected.isEmpty()) {
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM rejected_duplicate_pairs"
                + " WHERE company_id = ? AND other_company_id = ?");
                PreparedStatement insert = connection.prepareStatement("INSERT INTO rejected_duplicate_pairs"
                        + " (company_id, other_company_id, rejected_at, rejected_by) VALUES (?, ?, ?, ?)")) {
            for (ReviewItem item : rejected) {
                delete.setLong(1, item.companyId());
                delete.setLong(2, item.otherCompanyId());
                delete.addBatch();
                insert.setLong(1, item.companyId());
                insert.setLong(2, item.otherCompanyId());
                insert.setTimestamp(3, Timestamp.valueOf(now));
                insert.setString(4, by);
                insert.addBatch();
            }
            delete.executeBatch();
            insert.executeBatch();
        }
    }

    /** Settings of a {@link DuplicateReview}; each has a default but the data source. */
    public static final class Configuration extends WriterConfiguration<Configuration, DuplicateReview> {

        private Configuration() {}

        @Override
        protected DuplicateReview create(DataSource dataSource, DatabaseVendor vendor, Duration lockWait) {
            return new DuplicateReview(dataSource, vendor, lockWait);
        }
    }
}

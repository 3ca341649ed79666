package org.companyunification.sync.merge;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.companyunification.model.schema.DatabaseVendor;
import org.companyunification.sync.WriterConfiguration;
import org.companyunification.sync.internal.Preflight;
import org.companyunification.sync.internal.WriterLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Merges duplicate companies into one, and undoes a merge exactly.
 *
 * <pre>{@code
 * CompanyMerge merger = CompanyMerge.configure().dataSource(dataSource).load();
 * MergeResult result = merger.merge(survivorId, duplicateId, MergeOptions.defaults().by("ann"));
 * merger.unmerge(result.mergeId());            // everything as it was before
 * }</pre>
 *
 * <p><b>What a merge does.</b> Every row of the merged company moves to the survivor: its global and project
 * role assignments, its client profile, its affiliations, its links in both directions and the records of the
 * legacy rows it came from ({@code company_origins}, and {@code assignment_origins} of combined assignments), so
 * that a later backfill of those legacy rows lands on the survivor. The merged company stays as a tombstone whose
 * {@code merged_into_company_id} names the survivor; companies merged into it earlier point at the survivor too.
 * Looking a tombstone's id up resolves to the survivor ({@code Company.resolve} in the model, {@code
 * CompanyQuery.companyDetail} and {@code companyWithRoles}), and the company lists leave tombstones out.
 *
 * <p><b>Where both companies have a row that may exist once</b>, the two are combined into the survivor's row and
 * the merged company's row is removed (and journaled):
 * <ul>
 *   <li>The same role globally, or on the same project: one assignment, primary if either was, notes joined; the
 *       merged one's legacy origin records point at the survivor's assignment.
 *   <li>Two client profiles: the survivor's profile, with its non-empty values, empty ones filled from the merged
 *       profile, relationship notes joined.
 *   <li>The same link (same other company, same direction, same type): the survivor's link, notes joined.
 *   <li>A link between the two companies would link the survivor to itself: it is removed.
 * </ul>
 * The survivor's own fields work the same way: its non-empty values win, its empty ones are filled from the
 * merged company, notes are joined; the name stays the survivor's. {@link MergeOptions.Preference#MERGED} makes
 * the merged company's non-empty values win instead (and puts its notes first). Notes are joined as the first,
 * a line break, the second; one of them alone when the other is empty or both are equal.
 *
 * <p><b>Refused</b> with a {@link CompanyUnificationException}: merging a company into itself, a company or a
 * survivor that does not exist ({@link ErrorCode#NOT_FOUND}), merging a tombstone, merging into a tombstone, and
 * a merge that would make a cycle ({@link ErrorCode#RULE_VIOLATION}).
 *
 * <p><b>Journaled and undone exactly.</b> Every row a merge changes, re-points or removes is first copied, with
 * all its columns, into the merge journal ({@code merge_journal_*}, one journal table a unified table), and the
 * rows it left changed are copied again afterwards. {@link #unmerge} writes the before images back, so every
 * unified table is as it was, timestamps included. It refuses, naming them, while a later merge that involves
 * either company stands, and refuses when a row the merge left has changed since, rather than overwrite that
 * change.
 *
 * <p><b>Bounded.</b> A merge touches only the rows of the two companies (and the tombstones of the merged one),
 * with a fixed number of statements whatever the size of the database: set-based statements, and one batch each
 * for the rows both companies hold. Like the backfill it holds the one-writer lock while it writes, and works
 * in one transaction: a merge that fails changes nothing.
 */
public final class CompanyMerge {

    private static final Logger LOG = LoggerFactory.getLogger(CompanyMerge.class);

    private final DataSource dataSource;
    private final DatabaseVendor vendor;
    private final Duration lockWait;
    private final MergeDialect dialect;

    private CompanyMerge(DataSource dataSource, DatabaseVendor vendor, Duration lockWait) {
        this.dataSource = dataSource;
        this.vendor = vendor;
        this.lockWait = lockWait;
        this.dialect = new MergeDialect(vendor);
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
     * Merges one company into another with the default options.
     *
     * @param survivorId the company that stays
     * @param mergedId the company merged into it
     * @return what the merge did
     * @throws CompanyUnificationException as {@link #merge(List, TransactionWork)}
     */
    public MergeResult merge(long survivorId, long mergedId) {
        return merge(survivorId, mergedId, MergeOptions.defaults());
    }

    /**
     * Merges one company into another.
     *
     * @param survivorId the company that stays
     * @param mergedId the company merged into it
     * @param options how values are combined and who merges
     * @return what the merge did
     * @throws CompanyUnificationException as {@link #merge(List, TransactionWork)}
     */
    public MergeResult merge(long survivorId, long mergedId, MergeOptions options) {
        return merge(List.of(new MergeRequest(survivorId, mergedId, options))).get(0);
    }

    /**
     * Merges several pairs in one transaction, in order: all of them, or none when one is refused or fails. A
     * later pair sees what the earlier ones did (a company merged by an earlier pair is a tombstone for it).
     *
     * @param requests the pairs, at least one
     * @return what each merge did, in the order of the requests
     * @throws CompanyUnificationException as {@link #merge(List, TransactionWork)}
     */
    public List<MergeResult> merge(List<MergeRequest> requests) {
        return merge(requests, connection -> { });
    }

    /**
     * Merges several pairs in one transaction and runs more work of the caller's in the same transaction before
     * it commits (a review workflow recording its decisions, say): all of it commits, or none.
     *
     * @param requests the pairs, at least one
     * @param alsoInTransaction work on the merge's connection; it must neither commit nor roll back
     * @return what each merge did, in the order of the requests
     * @throws CompanyUnificationException with {@link ErrorCode#RULE_VIOLATION} for a merge of a company into
     *     itself, of a tombstone, into a tombstone, or making a cycle; {@link ErrorCode#NOT_FOUND} for an unknown
     *     company; {@link ErrorCode#WRITER_BUSY} while another operation holds the writer lock (after {@link
     *     Configuration#lockWait}); {@link ErrorCode#SCHEMA_MISSING} before the merge migration is applied;
     *     {@link ErrorCode#DATABASE_ERROR} when the database fails. Nothing is changed then.
     * @throws IllegalArgumentException when there are no requests
     */
    public List<MergeResult> merge(List<MergeRequest> requests, TransactionWork alsoInTransaction) {
        requireNonNull(requests, "requests");
        requireNonNull(alsoInTransaction, "alsoInTransaction");
        checkArgument(!requests.isEmpty(), "at least one merge request is needed");
        List<MergeRequest> pairs = List.copyOf(requests);
        preflight();
        String what = pairs.size() == 1 ? "merging company " + pairs.get(0).mergedId() + " into company "
                + pairs.get(0).survivorId() : "merging " + pairs.size() + " pairs of companies";
        return inTransaction("merge", what, connection -> {
            LocalDateTime now = now();
            MergeOperation operation = new MergeOperation(dialect);
            List<MergeResult> results = new ArrayList<>();
            for (MergeRequest request : pairs) {
                MergeResult result = operation.merge(connection, request, now);
                LOG.info("Merged company {} into company {} (merge {})", result.mergedId(), result.survivorId(),
                        result.mergeId());
                results.add(result);
            }
            alsoInTransaction.run(connection);
            return List.copyOf(results);
        });
    }

    /**
     * Undoes a merge: every unified row it changed, re-pointed or removed is as it was before, timestamps
     * included, and the merged company is a company of its own again. The merge stays listed, marked undone.
     *
     * @param mergeId the merge, see {@link #merges()}
     * @return what was restored
     * @throws CompanyUnificationException as {@link #unmerge(long, String)}
     */
    public UnmergeResult unmerge(long mergeId) {
        return unmerge(mergeId, null);
    }

    /**
     * Undoes a merge, recording who did; see {@link #unmerge(long)}.
     *
     * @param mergeId the merge
     * @param undoneBy who undoes it, at most 255 characters, {@code null} or blank for nobody
     * @return what was restored
     * @throws CompanyUnificationException with {@link ErrorCode#NOT_FOUND} for an unknown merge; {@link
     *     ErrorCode#RULE_VIOLATION} for a merge already undone, while a later merge of either company stands (the
     *     message names them: undo them first, newest first), or when a row the merge left has changed since
     *     (the message names the table and row); {@link ErrorCode#WRITER_BUSY} while another operation holds the
     *     writer lock; {@link ErrorCode#DATABASE_ERROR} when the database fails. Nothing is changed then.
     */
    public UnmergeResult unmerge(long mergeId, String undoneBy) {
        String by = new MergeOptions(MergeOptions.Preference.SURVIVOR, Optional.ofNullable(undoneBy)).mergedBy()
                .orElse(null);
        preflight();
        return inTransaction("unmerge", "undoing merge " + mergeId, connection -> {
            UnmergeResult result = new UnmergeOperation(dialect).unmerge(connection, mergeId, by, now());
            LOG.info("Undid merge {}: company {} is separate from company {} again", mergeId, result.mergedId(),
                    result.survivorId());
            return result;
        });
    }

    /**
     * Lists the merges, oldest first, the undone ones included. Only reads; takes no lock.
     *
     * @return the merges
     * @throws CompanyUnificationException with {@link ErrorCode#SCHEMA_MISSING} before the merge migration is
     *     applied, {@link ErrorCode#DATABASE_ERROR} when the database fails
     */
    public List<MergeSummary> merges() {
        preflight();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT m.merge_id, m.survivor_company_id, s.company_name,"
                        + " m.merged_company_id, d.company_name, m.merged_at, m.merged_by, m.options, m.undone_at"
                        + " FROM company_merges m JOIN companies s ON s.company_id = m.survivor_company_id"
                        + " JOIN companies d ON d.company_id = m.merged_company_id ORDER BY m.merge_id")) {
            List<MergeSummary> merges = new ArrayList<>();
            while (rs.next()) {
                merges.add(new MergeSummary(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), rs.getObject(6, LocalDateTime.class), Optional.ofNullable(rs.getString(7)),
                        rs.getString(8), Optional.ofNullable(rs.getObject(9, LocalDateTime.class))));
            }
            return merges;
        } catch (SQLException e) {
            throw new CompanyUnificationException(ErrorCode.DATABASE_ERROR, "Listing the merges failed: "
                    + e.getMessage(), e);
        }
    }

    private <T> T inTransaction(String operation, String what, Work<T> work) {
        try (WriterLock lock = WriterLock.acquire(dataSource, vendor, operation, null, lockWait);
                Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new CompanyUnificationException(ErrorCode.DATABASE_ERROR, capitalised(what) + " failed: "
                    + e.getMessage() + " (SQL state " + e.getSQLState() + "). Nothing was changed.", e);
        }
    }

    private void preflight() {
        try (Connection connection = dataSource.getConnection()) {
            Preflight.check(connection, List.of());
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT 1 FROM company_merges WHERE 1 = 0")) {
                statement.executeQuery().close();
            } catch (SQLException e) {
                throw new CompanyUnificationException(ErrorCode.SCHEMA_MISSING, "The unified schema is out of date"
                        + " (no table company_merges): apply its latest migrations first (the 'schema' command, or"
                        + " CompanySchema.configure().dataSource(ds).load().migrate()).", e);
            }
        } catch (SQLException e) {
            throw new CompanyUnificationException(ErrorCode.DATABASE_UNAVAILABLE,
                    "Cannot connect to the database: " + e.getMessage(), e);
        }
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Work of the caller's that runs in a merge's transaction, on its connection, before it commits. */
    @FunctionalInterface
    public interface TransactionWork {

        /**
         * Does the work.
         *
         * @param connection the merge's connection, in its transaction; do not commit, roll back or close it
         * @throws SQLException when a statement fails: the whole transaction is rolled back
         */
        void run(Connection connection) throws SQLException;
    }

    /** Settings of a {@link CompanyMerge}; each has a default but the data source. */
    public static final class Configuration extends WriterConfiguration<Configuration, CompanyMerge> {

        private Configuration() {}

        @Override
        protected CompanyMerge create(DataSource dataSource, DatabaseVendor vendor, Duration lockWait) {
            return new CompanyMerge(dataSource, vendor, lockWait);
        }
    }
}

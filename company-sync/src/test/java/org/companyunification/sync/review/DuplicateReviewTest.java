package org.companyunification.sync.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.companyunification.sync.Backfill;
import org.companyunification.sync.duplicates.DuplicateCandidate;
import org.companyunification.sync.duplicates.DuplicateFinder;
import org.companyunification.sync.merge.CompanyMerge;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.LegacyData;
import org.companyunification.testing.TestDatabase;
import org.junit.jupiter.api.io.TempDir;

class DuplicateReviewTest {

    @TempDir
    Path directory;

    @DatabaseTest
    void shouldMergeAcceptedPairsAndNeverProposeRejectedOnesAgainAfterTheFileIsEdited(TestDatabase db)
            throws IOException, SQLException {
        // given three candidates written to a review file
        plant(db);
        List<DuplicateCandidate> candidates = find(db);
        Path file = directory.resolve("review.json");
        DuplicateReview review = DuplicateReview.configure().dataSource(db.dataSource()).load();
        review.export(candidates, file);
        DuplicateCandidate pge = candidates.get(0);
        DuplicateCandidate bechtel = candidates.get(2);

        // when a person accepts PG&E keeping the full name, rejects Bechtel and leaves Southern undecided
        ObjectMapper json = new ObjectMapper();
        ObjectNode edited = (ObjectNode) json.readTree(file.toFile());
        ObjectNode first = (ObjectNode) edited.get("pairs").get(0);
        first.put("decision", "ACCEPT").put("survivorId", pge.otherCompanyId());
        ((ObjectNode) edited.get("pairs").get(2)).put("decision", "REJECT");
        json.writeValue(file.toFile(), edited);
        ReviewResult result = review.apply(ReviewFile.read(file), "alice");

        // then
        assertThat(result.merges()).singleElement().satisfies(merge -> {
            assertThat(merge.survivorId()).isEqualTo(pge.otherCompanyId());
            assertThat(merge.mergedId()).isEqualTo(pge.companyId());
        });
        assertThat(result.rejected()).isEqualTo(1);
        assertThat(result.undecided()).isEqualTo(1);
        assertThat(mergedInto(db, pge.companyId())).isEqualTo(pge.otherCompanyId());
        assertThat(rejectedPairs(db)).containsExactly(bechtel.companyId() + "/" + bechtel.otherCompanyId()
                + " by alice");
        assertThat(find(db)).extracting(c -> c.companyName() + " / " + c.otherCompanyName())
                .containsExactly("Southern Company / Southern Company Services");
    }

    @DatabaseTest
    void shouldApplyNothingWhenAPairOfTheFileHasBeenMergedSince(TestDatabase db) throws SQLException {
        // given a review file whose PG&E pair is merged by someone else before it is applied
        plant(db);
        List<DuplicateCandidate> candidates = find(db);
        Path file = directory.resolve("review.json");
        DuplicateReview review = DuplicateReview.configure().dataSource(db.dataSource()).load();
        ReviewFile exported = review.export(candidates, file);
        DuplicateCandidate pge = candidates.get(0);
        CompanyMerge.configure().dataSource(db.dataSource()).load().merge(pge.otherCompanyId(), pge.companyId());
        List<ReviewItem> decided = new ArrayList<>(exported.pairs());
        decided.set(0, decided.get(0).accept(pge.otherCompanyId()));
        decided.set(2, decided.get(2).reject());

        // when / then
        assertThatThrownBy(() -> review.apply(new ReviewFile(decided), "bob"))
                .isInstanceOfSatisfying(CompanyUnificationException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.RULE_VIOLATION))
                .hasMessageContaining("The review's pair " + pge.companyId() + " (PG&E) and " + pge.otherCompanyId()
                        + " (Pacific Gas and Electric Company) no longer exists: company " + pge.companyId()
                        + " has been merged into company " + pge.otherCompanyId())
                .hasMessageContaining("Nothing was applied");
        assertThat(rejectedPairs(db)).isEmpty();
    }

    @DatabaseTest
    void shouldRecordRejectionsAloneAndAcceptTheSamePairRejectedTwice(TestDatabase db) throws SQLException {
        // given
        plant(db);
        List<DuplicateCandidate> candidates = find(db);
        DuplicateReview review = DuplicateReview.configure().dataSource(db.dataSource()).load();
        ReviewFile rejectAll = new ReviewFile(candidates.stream().map(c -> ReviewItem.of(c).reject()).toList());

        // when
        review.apply(rejectAll, null);
        ReviewResult again = review.apply(rejectAll, "carol");

        // then
        assertThat(again.rejected()).isEqualTo(3);
        assertThat(again.merges()).isEmpty();
        assertThat(rejectedPairs(db)).hasSize(3).allSatisfy(row -> assertThat(row).endsWith(" by carol"));
        assertThat(find(db)).isEmpty();
    }

    @DatabaseTest(vendors = org.companyunification.model.schema.DatabaseVendor.H2)
    void shouldRefuseAFileThatMergesOneCompanyTwice(TestDatabase db) throws SQLException {
        // given
        plant(db);
        List<DuplicateCandidate> candidates = find(db);
        DuplicateCandidate pge = candidates.get(0);
        ReviewItem item = ReviewItem.of(pge);
        ReviewItem other = new ReviewItem(pge.companyId(), "PG&E", candidates.get(1).otherCompanyId(), "x", 0.8,
                ReviewDecision.ACCEPT, candidates.get(1).otherCompanyId());

        // when / then
        assertThatThrownBy(() -> DuplicateReview.configure().dataSource(db.dataSource()).load()
                .apply(new ReviewFile(List.of(item.accept(pge.otherCompanyId()), other)), null))
                .isInstanceOf(CompanyUnificationException.class)
                .hasMessageContaining("Company " + pge.companyId() + " is to be merged by two accepted pairs");
        assertThat(mergedInto(db, pge.companyId())).isZero();
    }

    @org.junit.jupiter.api.Test
    void shouldRefuseAnAcceptedPairWithoutASurvivorNamingTheLine() throws IOException {
        // given
        Path file = Files.writeString(directory.resolve("review.json"), "{\"pairs\": [\n"
                + "{\"companyId\": 4, \"companyName\": \"a\", \"otherCompanyId\": 9, \"otherCompanyName\": \"b\",\n"
                + " \"score\": 0.9, \"decision\": \"ACCEPT\"}]}");

        // when / then
        assertThatThrownBy(() -> ReviewFile.read(file))
                .isInstanceOfSatisfying(CompanyUnificationException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_ARGUMENT))
                .hasMessageContaining("the accepted pair 4 and 9 names no survivorId: set it to one of the two ids");
    }

    @org.junit.jupiter.api.Test
    void shouldRefuseAnUnknownDecisionNamingTheLineTheFieldAndTheDecisionsThereAre() throws IOException {
        // given
        Path file = Files.writeString(directory.resolve("review.json"), "{\"pairs\": [\n"
                + "{\"companyId\": 4, \"companyName\": \"a\", \"otherCompanyId\": 9, \"otherCompanyName\": \"b\",\n"
                + " \"score\": 0.9, \"decision\": \"MAYBE\"}]}");

        // when / then
        assertThatThrownBy(() -> ReviewFile.read(file))
                .isInstanceOfSatisfying(CompanyUnificationException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_ARGUMENT))
                .hasMessageContaining("(line 3): pairs[0].decision is 'MAYBE', which is not one of ")
                .hasMessageContaining("ACCEPT").hasMessageContaining("REJECT").hasMessageContaining("UNDECIDED")
                .hasMessageNotContaining("deserialize");
    }

    private static void plant(TestDatabase db) {
        new LegacyData()
                .vendor(1, "PG&E", v -> v.website("https://www.pge.com/"))
                .operator(2, "Pacific Gas and Electric Company", o -> o.website("pge.com/about"))
                .owner(3, "Southern Company", o -> o.contactEmail("info@southernco.com"))
                .constructor(4, "Southern Company Services", c -> c.contactEmail("bids@southernco.com"))
                .offtaker(8, "Bechtel Power", o -> o.contactEmail("ppa@gmail.com"))
                .client(9, "Bechtal Power", c -> c.contactEmail("accounts@gmail.com"))
                .insertInto(db.dataSource());
        Backfill.configure().dataSource(db.dataSource()).load().run();
    }

    private static List<DuplicateCandidate> find(TestDatabase db) {
        return DuplicateFinder.configure().dataSource(db.dataSource()).load().find().candidates();
    }

    private static long mergedInto(TestDatabase db, long companyId) throws SQLException {
        try (Connection connection = db.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT merged_into_company_id FROM companies"
                        + " WHERE company_id = " + companyId)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> rejectedPairs(TestDatabase db) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = db.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT company_id, other_company_id, rejected_by, rejected_at"
                        + " FROM rejected_duplicate_pairs ORDER BY company_id")) {
            while (rs.next()) {
                assertThat(rs.getTimestamp(4)).isNotNull();
                rows.add(rs.getLong(1) + "/" + rs.getLong(2) + " by " + rs.getString(3));
            }
        }
        return rows;
    }
}

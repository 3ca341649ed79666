package org.companyunification.sync.duplicates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.companyunification.model.schema.DatabaseVendor;
import org.companyunification.sync.Backfill;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.LegacyData;
import org.companyunification.testing.TestDatabase;

class DuplicateFinderTest {

    @DatabaseTest
    void shouldProposeMigratedCompaniesThatAreProbablyOneOrganisationWithTheirReasons(TestDatabase db)
            throws SQLException {
        // given legacy rows the backfill keeps apart, as their name keys differ
        new LegacyData()
                .vendor(1, "PG&E", v -> v.website("https://www.pge.com/"))
                .operator(2, "Pacific Gas and Electric Company", o -> o.website("pge.com/about"))
                .owner(3, "Southern Company", o -> o.contactEmail("info@southernco.com"))
                .constructor(4, "Southern Company Services", c -> c.contactEmail("bids@southernco.com"))
                .owner(5, "Southern California Edison")
                .owner(6, "Duke Energy")
                .owner(7, "Dominion Energy")
                .offtaker(8, "Bechtel Power", o -> o.contactEmail("ppa@gmail.com"))
                .client(9, "Bechtal Power", c -> c.contactEmail("accounts@gmail.com"))
                .offtaker(10, "Calder Data Centres", o -> o.contactEmail("power@gmail.com"))
                .insertInto(db.dataSource());
        Backfill.configure().dataSource(db.dataSource()).load().run();
        Map<String, Long> ids = companyIds(db);

        // when
        DuplicateSearchResult result = DuplicateFinder.configure().dataSource(db.dataSource()).load().find();

        // then
        assertThat(result.companies()).isEqualTo(10);
        assertThat(result.candidates()).extracting(c -> c.companyName() + " / " + c.otherCompanyName())
                .containsExactly(
                        "PG&E / Pacific Gas and Electric Company",
                        "Southern Company / Southern Company Services",
                        "Bechtel Power / Bechtal Power");
        DuplicateCandidate pge = result.candidates().get(0);
        assertThat(pge.companyId()).isEqualTo(ids.get("PG&E"));
        assertThat(pge.otherCompanyId()).isEqualTo(ids.get("Pacific Gas and Electric Company"));
        assertThat(pge.band()).isEqualTo(CandidateBand.STRONG);
        assertThat(pge.reasons()).extracting(MatchReason::code)
                .containsExactly(ReasonCode.ACRONYM, ReasonCode.SAME_WEBSITE_DOMAIN);
        assertThat(pge.reasons().get(1).detail()).isEqualTo("both web sites are on pge.com");
        DuplicateCandidate southern = result.candidates().get(1);
        assertThat(southern.band()).isEqualTo(CandidateBand.STRONG);
        assertThat(southern.reasons()).extracting(MatchReason::code)
                .contains(ReasonCode.CONTAINED_NAME, ReasonCode.SAME_EMAIL_DOMAIN);
        DuplicateCandidate bechtel = result.candidates().get(2);
        assertThat(bechtel.band()).isEqualTo(CandidateBand.REVIEW);
        assertThat(bechtel.hasReason(ReasonCode.SAME_EMAIL_DOMAIN)).as("gmail.com says nothing").isFalse();
        assertThat(result.candidates(CandidateBand.STRONG)).hasSize(2);
    }

    @DatabaseTest(vendors = DatabaseVendor.H2)
    void shouldMakeEveryPairAStrongCandidateWhenTheThresholdsAreLowered(TestDatabase db) {
        // given
        new LegacyData().owner(1, "Duke Energy").owner(2, "Dominion Energy").insertInto(db.dataSource());
        Backfill.configure().dataSource(db.dataSource()).load().run();

        // when
        DuplicateSearchResult result = DuplicateFinder.configure().dataSource(db.dataSource())
                .strongThreshold(0.05).reviewThreshold(0.05).load().find();

        // then
        assertThat(result.candidates()).singleElement().satisfies(candidate -> {
            assertThat(candidate.band()).isEqualTo(CandidateBand.STRONG);
            assertThat(candidate.reasons()).extracting(MatchReason::code).containsExactly(
                    ReasonCode.TOKEN_SIMILARITY);
        });
        assertThat(result.strongThreshold()).isEqualTo(0.05);
    }

    @DatabaseTest(vendors = DatabaseVendor.H2)
    void shouldFindNothingAmongNoCompanies(TestDatabase db) {
        DuplicateSearchResult result = DuplicateFinder.configure().dataSource(db.dataSource()).load().find();

        assertThat(result.companies()).isZero();
        assertThat(result.candidates()).isEmpty();
    }

    @DatabaseTest(vendors = DatabaseVendor.H2, schema = DatabaseTest.Schema.LEGACY)
    void shouldSayWhatToDoWhenTheUnifiedSchemaIsMissing(TestDatabase db) {
        DuplicateFinder finder = DuplicateFinder.configure().dataSource(db.dataSource()).load();

        assertThatThrownBy(finder::find).isInstanceOf(CompanyUnificationException.class)
                .hasMessageContaining("apply it first")
                .satisfies(e -> assertThat(((CompanyUnificationException) e).errorCode())
                        .isEqualTo(ErrorCode.SCHEMA_MISSING));
    }

    @DatabaseTest(vendors = DatabaseVendor.H2)
    void shouldRefuseAReviewThresholdAboveTheStrongOne(TestDatabase db) {
        DuplicateFinder.Configuration configuration = DuplicateFinder.configure().dataSource(db.dataSource())
                .strongThreshold(0.5).reviewThreshold(0.6);

        assertThatThrownBy(configuration::load).isInstanceOf(IllegalStateException.class)
                .hasMessage("the review threshold 0.6 must not be above the strong threshold 0.5");
        assertThatThrownBy(() -> DuplicateFinder.configure().maxBlockSize(1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Map<String, Long> companyIds(TestDatabase db) throws SQLException {
        try (Connection connection = db.dataSource().getConnection();
                Statement statement = connection.createStatement();
                var rs = statement.executeQuery("SELECT company_name, company_id FROM companies")) {
            Map<String, Long> ids = new java.util.HashMap<>();
            while (rs.next()) {
                ids.put(rs.getString(1), rs.getLong(2));
            }
            return ids;
        }
    }
}

package org.companyunification.sync.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.companyunification.model.company.NameKey;
import org.junit.jupiter.api.Test;

class PairScorerTest {

    @Test
    void shouldReadAnAcronymAsItsFullName() {
        PairScorer.Score score = score(company(1, "PG&E"), company(2, "Pacific Gas and Electric Company"));

        assertThat(score.score()).isGreaterThanOrEqualTo(DuplicateFinder.DEFAULT_STRONG_THRESHOLD);
        assertThat(score.reasons()).first().satisfies(reason -> {
            assertThat(reason.code()).isEqualTo(ReasonCode.ACRONYM);
            assertThat(reason.detail()).isEqualTo("'pge' is an acronym of 'pacific gas and electric'");
        });
    }

    @Test
    void shouldReadALongerFormWithGenericWordsAsTheSameName() {
        PairScorer.Score score = score(company(1, "Southern Company"), company(2, "Southern Company Services"));

        assertThat(score.score()).isGreaterThanOrEqualTo(DuplicateFinder.DEFAULT_STRONG_THRESHOLD);
        assertThat(score.reasons()).first().extracting(MatchReason::code).isEqualTo(ReasonCode.CONTAINED_NAME);
    }

    @Test
    void shouldNotProposeTwoUtilitiesThatShareAWord() {
        assertThat(score(company(1, "Southern Company"), company(2, "Southern California Edison")).score())
                .isLessThan(DuplicateFinder.DEFAULT_REVIEW_THRESHOLD);
        assertThat(score(company(1, "Duke Energy"), company(2, "Dominion Energy")).score())
                .isLessThan(DuplicateFinder.DEFAULT_REVIEW_THRESHOLD);
    }

    @Test
    void shouldLeaveATypingErrorToReview() {
        PairScorer.Score score = score(company(1, "Bechtel Power"), company(2, "Bechtal Power"));

        assertThat(score.score()).isBetween(DuplicateFinder.DEFAULT_REVIEW_THRESHOLD,
                DuplicateFinder.DEFAULT_STRONG_THRESHOLD);
        assertThat(score.reasons()).extracting(MatchReason::code)
                .contains(ReasonCode.TOKEN_SIMILARITY, ReasonCode.NAME_SIMILARITY);
    }

    @Test
    void shouldCountTheSameWebSiteWrittenDifferently() {
        CompanyRecord first = CompanyRecord.of(1, "Helion Gate", "helion gate", "HTTPS://www.Helion-Gate.example/",
                null);
        CompanyRecord second = CompanyRecord.of(2, "Ardent Fusion Works", "ardent fusion works",
                "helion-gate.example/about?lang=en", null);

        PairScorer.Score score = score(first, second);

        assertThat(score.reasons()).extracting(MatchReason::code).containsExactly(ReasonCode.SAME_WEBSITE_DOMAIN);
        assertThat(score.score()).isEqualTo(PairScorer.WEBSITE);
    }

    @Test
    void shouldCountTheSameCompanyEmailDomainButNotAFreeMailDomain() {
        CompanyRecord company = CompanyRecord.of(1, "Lumen Ridge", "lumen ridge", null, "ops@lumenridge.example");
        CompanyRecord sameDomain = CompanyRecord.of(2, "Greyhaven", "greyhaven", null, "Sales@LumenRidge.example");
        CompanyRecord freeMail = CompanyRecord.of(3, "Ashgrove", "ashgrove", null, "ashgrove@gmail.com");
        CompanyRecord otherFreeMail = CompanyRecord.of(4, "Calder", "calder", null, "calder@gmail.com");

        assertThat(score(company, sameDomain).reasons()).extracting(MatchReason::code)
                .containsExactly(ReasonCode.SAME_EMAIL_DOMAIN);
        assertThat(score(freeMail, otherFreeMail).reasons()).extracting(MatchReason::code)
                .doesNotContain(ReasonCode.SAME_EMAIL_DOMAIN);
    }

    @Test
    void shouldReadTheSameLettersWithoutSpacesAsOneName() {
        PairScorer.Score score = score(company(1, "TerraPower"), company(2, "Terra Power"));

        assertThat(score.score()).isGreaterThanOrEqualTo(DuplicateFinder.DEFAULT_STRONG_THRESHOLD);
        assertThat(score.reasons()).first().extracting(MatchReason::code).isEqualTo(ReasonCode.NAME_SIMILARITY);
    }

    private static CompanyRecord company(long id, String name) {
        return CompanyRecord.of(id, name, NameKey.of(name).value(), null, null);
    }

    private static PairScorer.Score score(CompanyRecord a, CompanyRecord b) {
        return new PairScorer(TokenWeights.of(List.of(a, b))).score(a, b);
    }
}

package org.companyunification.model.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.junit.jupiter.api.Test;

class ValueRecordsTest {

    private static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);
    private static final LocalDate JUN_1 = LocalDate.of(2024, 6, 1);

    @Test
    void shouldRefuseAffiliationTermsThatEndBeforeTheyStart() {
        assertThatThrownBy(() -> AffiliationTerms.titled("CEO").startingOn(JUN_1).endingOn(JAN_1))
                .isInstanceOf(CompanyUnificationException.class)
                .hasMessage("An affiliation cannot end on 2024-01-01, before it starts on 2024-06-01")
                .extracting(e -> ((CompanyUnificationException) e).errorCode())
                .isEqualTo(ErrorCode.INVALID_ARGUMENT);
    }

    @Test
    void shouldAcceptAnAffiliationThatEndsOnTheDayItStarts() {
        AffiliationTerms terms = AffiliationTerms.untitled().startingOn(JAN_1).endingOn(JAN_1);

        assertThat(terms.isCurrent()).isFalse();
    }

    @Test
    void shouldTrimTheAffiliationTitleAndReadABlankOneAsNone() {
        assertThat(AffiliationTerms.titled("  CEO ").title()).isEqualTo("CEO");
        assertThat(AffiliationTerms.titled(" ").title()).isNull();
        assertThat(AffiliationTerms.titled("CEO").asPrimary().primary()).isTrue();
    }

    @Test
    void shouldRefuseContactDetailsLongerThanTheirColumns() {
        assertThatThrownBy(() -> ContactDetails.none().withPhone("1".repeat(51)))
                .isInstanceOf(CompanyUnificationException.class)
                .hasMessageContaining("The contact phone '")
                .hasMessageEndingWith("is 51 characters long: at most 50 fit");
        assertThat(ContactDetails.none().withCountry("US").country()).isEqualTo("US");
    }

    @Test
    void shouldCountCharactersNotUtf16Units() {
        String fiftyEmoji = "\uD83D\uDE00".repeat(50);

        assertThat(ContactDetails.none().withPhone(fiftyEmoji).phone()).isEqualTo(fiftyEmoji);
    }

    @Test
    void shouldBuildClientDetailsStepByStep() {
        ClientDetails details = ClientDetails.of(RelationshipStrength.STRONG, ClientPriority.HIGH)
                .withRelationshipNotes("  met at the conference ")
                .lastContactedOn(JAN_1)
                .nextContactOn(JUN_1);

        assertThat(details).isEqualTo(new ClientDetails(RelationshipStrength.STRONG, ClientPriority.HIGH,
                "met at the conference", JAN_1, JUN_1));
    }
}

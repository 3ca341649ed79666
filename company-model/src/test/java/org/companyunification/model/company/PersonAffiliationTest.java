package org.companyunification.model.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.companyunification.model.reference.Person;
import org.junit.jupiter.api.Test;

class PersonAffiliationTest {

    private static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);
    private static final LocalDate JUN_1 = LocalDate.of(2024, 6, 1);

    private final Person ann = new Person(1, "Ann Lee");
    private final Company holtec = Company.create("Holtec International");
    private final Company nuscale = Company.create("NuScale Power");

    @Test
    void shouldAffiliateAPersonWithTitleAndPeriod() {
        PersonAffiliation affiliation = holtec.affiliate(ann,
                AffiliationTerms.titled("Chief Engineer").startingOn(JAN_1).withNotes("hired from TVA"));

        assertThat(affiliation.getPerson()).isSameAs(ann);
        assertThat(affiliation.getCompany()).isSameAs(holtec);
        assertThat(affiliation.getTitle()).contains("Chief Engineer");
        assertThat(affiliation.getStartDate()).contains(JAN_1);
        assertThat(affiliation.isCurrent()).isTrue();
        assertThat(affiliation.isPrimary()).isFalse();
        assertThat(holtec.getAffiliations()).containsExactly(affiliation);
        assertThat(ann.getAffiliations()).containsExactly(affiliation);
    }

    @Test
    void shouldDemoteThePersonsCurrentPrimaryAtAnotherCompany() {
        PersonAffiliation atHoltec = holtec.affiliate(ann, "CEO", true);

        PersonAffiliation atNuScale = nuscale.affiliate(ann, "Adviser", true);

        assertThat(atHoltec.isPrimary()).isFalse();
        assertThat(atNuScale.isCurrentPrimary()).isTrue();
        assertThat(ann.getCurrentPrimaryAffiliation()).containsSame(atNuScale);
    }

    @Test
    void shouldKeepAnEndedPrimaryAffiliationPrimary() {
        PersonAffiliation past = holtec.affiliate(ann,
                AffiliationTerms.titled("CEO").asPrimary().startingOn(JAN_1).endingOn(JUN_1));

        nuscale.affiliate(ann, "Adviser", true);

        assertThat(past.isPrimary()).isTrue();
        assertThat(past.isCurrentPrimary()).isFalse();
    }

    @Test
    void shouldNotLetAPastPrimaryAffiliationDemoteTheCurrentOne() {
        PersonAffiliation current = nuscale.affiliate(ann, "Adviser", true);

        holtec.affiliate(ann, AffiliationTerms.titled("CEO").asPrimary().startingOn(JAN_1).endingOn(JUN_1));

        assertThat(current.isCurrentPrimary()).isTrue();
    }

    @Test
    void shouldNotDemoteWhenTheNewAffiliationIsNotPrimary() {
        PersonAffiliation primary = holtec.affiliate(ann, "CEO", true);

        nuscale.affiliate(ann, "Board member", false);

        assertThat(primary.isCurrentPrimary()).isTrue();
    }

    @Test
    void shouldDemoteTheOtherWhenAnExistingAffiliationIsMadePrimary() {
        PersonAffiliation first = holtec.affiliate(ann, "CEO", true);
        PersonAffiliation second = nuscale.affiliate(ann, "Adviser", false);

        second.makePrimary();

        assertThat(first.isPrimary()).isFalse();
        assertThat(second.isCurrentPrimary()).isTrue();
    }

    @Test
    void shouldDemoteTheOtherWhenAnEndedPrimaryBecomesCurrentAgain() {
        PersonAffiliation past = holtec.affiliate(ann,
                AffiliationTerms.titled("CEO").asPrimary().startingOn(JAN_1).endingOn(JUN_1));
        PersonAffiliation current = nuscale.affiliate(ann, "Adviser", true);

        past.changePeriod(JAN_1, null);

        assertThat(past.isCurrentPrimary()).isTrue();
        assertThat(current.isPrimary()).isFalse();
    }

    @Test
    void shouldEndAnAffiliation() {
        PersonAffiliation affiliation = holtec.affiliate(ann, AffiliationTerms.titled("CEO").startingOn(JAN_1));

        affiliation.endOn(JUN_1);

        assertThat(affiliation.getEndDate()).contains(JUN_1);
        assertThat(affiliation.isCurrent()).isFalse();
    }

    @Test
    void shouldRefuseAnEndBeforeTheStart() {
        PersonAffiliation affiliation = holtec.affiliate(ann, AffiliationTerms.titled("CEO").startingOn(JUN_1));

        assertThatThrownBy(() -> affiliation.endOn(JAN_1))
                .isInstanceOf(CompanyUnificationException.class)
                .hasMessage("An affiliation cannot end on 2024-01-01, before it starts on 2024-06-01")
                .extracting(e -> ((CompanyUnificationException) e).errorCode())
                .isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(affiliation.isCurrent()).isTrue();
    }

    @Test
    void shouldRefuseToRecordAnotherPersonsAffiliation() {
        PersonAffiliation annsAffiliation = holtec.affiliate(ann, "CEO", false);
        Person bob = new Person(2, "Bob Stone");

        assertThatThrownBy(() -> bob.recordAffiliation(annsAffiliation))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("belongs to Person[1 'Ann Lee'], not to Person[2 'Bob Stone']");
    }
}

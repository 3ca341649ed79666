package org.companyunification.model.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class LabelledValuesTest {

    @Test
    void shouldReadExactStrengthLabelsStrictly() {
        assertThat(RelationshipStrength.of("Strong")).isEqualTo(RelationshipStrength.STRONG);
        assertThat(RelationshipStrength.of("New")).isEqualTo(RelationshipStrength.NEW);
    }

    @Test
    void shouldRefuseAStrengthThatIsNotExactlyALabel() {
        assertThatThrownBy(() -> RelationshipStrength.of("strong"))
                .isInstanceOf(CompanyUnificationException.class)
                .hasMessage("Unknown relationship strength 'strong': expected one of Strong, Medium, Weak, New")
                .extracting(e -> ((CompanyUnificationException) e).errorCode())
                .isEqualTo(ErrorCode.INVALID_ARGUMENT);
    }

    @Test
    void shouldNormaliseStrengthsIgnoringCaseAndWhitespace() {
        assertThat(RelationshipStrength.normalise("strong ")).contains(RelationshipStrength.STRONG);
        assertThat(RelationshipStrength.normalise(" WEAK")).contains(RelationshipStrength.WEAK);
        assertThat(RelationshipStrength.normalise("Medium")).contains(RelationshipStrength.MEDIUM);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "Very Strong", "strongish", "S"})
    void shouldNotNormaliseAStrengthThatNamesNoneUnambiguously(String raw) {
        assertThat(RelationshipStrength.normalise(raw)).isEmpty();
    }

    @Test
    void shouldReadExactPriorityLabelsStrictly() {
        assertThat(ClientPriority.of("High")).isEqualTo(ClientPriority.HIGH);
        assertThatThrownBy(() -> ClientPriority.of("HIGH"))
                .isInstanceOf(CompanyUnificationException.class)
                .hasMessage("Unknown client priority 'HIGH': expected one of High, Medium, Low");
    }

    @Test
    void shouldNormalisePrioritiesIgnoringCaseAndWhitespace() {
        assertThat(ClientPriority.normalise("HIGH")).contains(ClientPriority.HIGH);
        assertThat(ClientPriority.normalise(" low ")).contains(ClientPriority.LOW);
        assertThat(ClientPriority.normalise("Urgent")).isEmpty();
        assertThat(ClientPriority.normalise(" ")).isEmpty();
    }
}

package org.companyunification.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ShareTest {

    @Test
    void shouldDescribeAPartOfAWholeWithItsPercentage() {
        Share share = new Share(42, 120);

        assertThat(share.fraction()).isCloseTo(0.35, within(1e-9));
        assertThat(share.percent()).isCloseTo(35.0, within(1e-9));
        assertThat(share.describe()).isEqualTo("42 of 120 (35.0%)");
    }

    @Test
    void shouldRoundThePercentageToOneDecimal() {
        assertThat(new Share(1, 3).describe()).isEqualTo("1 of 3 (33.3%)");
        assertThat(new Share(2, 3).describe()).isEqualTo("2 of 3 (66.7%)");
    }

    @Test
    void shouldReadAnEmptyWholeAsZeroPercent() {
        Share share = new Share(0, 0);

        assertThat(share.fraction()).isZero();
        assertThat(share.describe()).isEqualTo("0 of 0 (0.0%)");
    }

    @Test
    void shouldRefuseACountLargerThanTheWhole() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Share(5, 4))
                .withMessage("count must be between 0 and the total 4: 5");
    }

    @Test
    void shouldRefuseNegativeNumbers() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Share(0, -1))
                .withMessage("total must not be negative: -1");
        assertThatIllegalArgumentException().isThrownBy(() -> new Share(-1, 4))
                .withMessage("count must be between 0 and the total 4: -1");
    }
}

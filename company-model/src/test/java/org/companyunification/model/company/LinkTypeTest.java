package org.companyunification.model.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.junit.jupiter.api.Test;

class LinkTypeTest {

    @Test
    void shouldTrimTheValue() {
        assertThat(LinkType.of("  subsidiary ").value()).isEqualTo("subsidiary");
        assertThat(LinkType.of("subsidiary ")).isEqualTo(LinkType.of("subsidiary"));
    }

    @Test
    void shouldRefuseABlankLinkType() {
        assertThatThrownBy(() -> LinkType.of("  "))
                .isInstanceOf(CompanyUnificationException.class)
                .hasMessage("The link type must not be blank: got '  '")
                .extracting(e -> ((CompanyUnificationException) e).errorCode())
                .isEqualTo(ErrorCode.INVALID_ARGUMENT);
    }

    @Test
    void shouldAcceptFiftyCharactersAndRefuseMore() {
        assertThat(LinkType.of("x".repeat(50)).value()).hasSize(50);
        assertThatThrownBy(() -> LinkType.of("x".repeat(51)))
                .isInstanceOf(CompanyUnificationException.class)
                .hasMessageContaining("is 51 characters long: at most 50 fit");
    }
}

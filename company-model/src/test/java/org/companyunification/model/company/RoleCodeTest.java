package org.companyunification.model.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.junit.jupiter.api.Test;

class RoleCodeTest {

    @Test
    void shouldReadTheSeededCodes() {
        assertThat(RoleCode.of("vendor")).isEqualTo(RoleCode.VENDOR);
        assertThat(RoleCode.of("developer")).isEqualTo(RoleCode.DEVELOPER);
        assertThat(RoleCode.of("client")).isEqualTo(RoleCode.CLIENT);
    }

    @Test
    void shouldCarryTheIdsAndLabelsOfTheSeededCatalogue() {
        assertThat(Arrays.stream(RoleCode.values()).map(r -> r.roleId() + " " + r.code() + " " + r.label()))
                .containsExactly(
                        "1 vendor Technology Vendor",
                        "2 developer Owner/Developer",
                        "3 operator Operator",
                        "4 constructor Constructor",
                        "5 offtaker Off-taker",
                        "6 client Client");
    }

    @Test
    void shouldRefuseAnUnknownCodeNamingTheExpectedOnes() {
        assertThatThrownBy(() -> RoleCode.of("x"))
                .isInstanceOf(CompanyUnificationException.class)
                .hasMessage("Unknown role code 'x': expected one of vendor, developer, operator, constructor,"
                        + " offtaker, client")
                .extracting(e -> ((CompanyUnificationException) e).errorCode())
                .isEqualTo(ErrorCode.INVALID_ARGUMENT);
    }

    @Test
    void shouldTreatCodesAsExactIdentifiers() {
        assertThatThrownBy(() -> RoleCode.of("Vendor")).hasMessageContaining("Unknown role code 'Vendor'");
    }

    @Test
    void shouldFindARoleByItsId() {
        assertThat(RoleCode.ofRoleId(3)).isEqualTo(RoleCode.OPERATOR);
        assertThatThrownBy(() -> RoleCode.ofRoleId(7))
                .isInstanceOf(CompanyUnificationException.class)
                .hasMessage("Unknown role id 7: expected 1 to 6");
    }
}

package org.companyunification.model.origin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.companyunification.model.company.Company;
import org.junit.jupiter.api.Test;

class OriginTest {

    private final Company company = Company.create("Holtec International");

    @Test
    void shouldTrimTheSourceTableAndRefuseABlankOne() {
        assertThat(OriginKey.of(" technology_vendors ", 4).sourceTable()).isEqualTo("technology_vendors");
        assertThatThrownBy(() -> OriginKey.of("", 4))
                .isInstanceOf(CompanyUnificationException.class)
                .hasMessage("The source table must not be blank: got ''");
    }

    @Test
    void shouldRefuseACompanyOriginFromATableThatHoldsNoCompanies() {
        assertThatThrownBy(() -> new CompanyOrigin(OriginKey.of("projects", 4), company, 1L, null))
                .isInstanceOf(CompanyUnificationException.class)
                .hasMessage("A CompanyOrigin cannot come from table 'projects': expected one of clients,"
                        + " constructors, offtakers, operators, owners_developers, technology_vendors")
                .extracting(e -> ((CompanyUnificationException) e).errorCode())
                .isEqualTo(ErrorCode.INVALID_ARGUMENT);
    }

    @Test
    void shouldEqualAnotherOriginOfTheSameKindAndRow() {
        CompanyOrigin one = new CompanyOrigin(OriginKey.of("operators", 4), company, 1L, null);
        CompanyOrigin same = new CompanyOrigin(OriginKey.of("operators", 4), Company.create("Other"), 2L, null);
        CompanyOrigin otherRow = new CompanyOrigin(OriginKey.of("operators", 5), company, 1L, null);

        assertThat(one).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(otherRow);
    }

    @Test
    void shouldRecordANewFingerprintWhenMigratedAgain() {
        CompanyOrigin origin = new CompanyOrigin(OriginKey.of("operators", 4), company, 1L, null);
        BackfillRun run = BackfillRun.start("companies", 50);

        origin.refresh(99L, run);

        assertThat(origin.getSourceHash()).isEqualTo(99L);
        assertThat(origin.getRun()).containsSame(run);
    }
}

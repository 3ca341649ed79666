package org.companyunification.sync.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DomainsTest {

    @Test
    void shouldReduceAWebSiteToItsRegistrableDomain() {
        assertThat(Domains.ofWebsite("https://www.PGE.com/en/about")).contains("pge.com");
        assertThat(Domains.ofWebsite("http://investors.pge.com:8080?x=1")).contains("pge.com");
        assertThat(Domains.ofWebsite("pge.com.")).contains("pge.com");
        assertThat(Domains.ofWebsite("www.edf.co.uk")).contains("edf.co.uk");
        assertThat(Domains.ofWebsite("https://aurelia-fission.example")).contains("aurelia-fission.example");
    }

    @Test
    void shouldIgnoreMissingValuesAndPagesOnSharedHosts() {
        assertThat(Domains.ofWebsite(null)).isEmpty();
        assertThat(Domains.ofWebsite("  ")).isEmpty();
        assertThat(Domains.ofWebsite("n/a")).isEmpty();
        assertThat(Domains.ofWebsite("https://www.linkedin.com/company/holtec")).isEmpty();
    }

    @Test
    void shouldTakeTheDomainOfAnEmailAddressExceptFreeMail() {
        assertThat(Domains.ofEmail("Info@Holtec.COM")).contains("holtec.com");
        assertThat(Domains.ofEmail("sales@eu.holtec.com")).contains("holtec.com");
        assertThat(Domains.ofEmail("jane.doe@gmail.com")).isEmpty();
        assertThat(Domains.ofEmail("no address")).isEmpty();
        assertThat(Domains.ofEmail(null)).isEmpty();
    }
}

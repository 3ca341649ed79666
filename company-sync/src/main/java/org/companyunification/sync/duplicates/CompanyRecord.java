package org.companyunification.sync.duplicates;

/**
 * A company as the search compares it.
 *
 * @param id the company id
 * @param name its name
 * @param features the features of its name
 * @param websiteDomain the domain of its web site, or {@code null}
 * @param emailDomain the domain of its contact e-mail address, or {@code null} (free-mail domains are left out)
 */
record CompanyRecord(long id, String name, NameFeatures features, String websiteDomain, String emailDomain) {

    static CompanyRecord of(long id, String name, String nameKey, String website, String email) {
        return new CompanyRecord(id, name, NameFeatures.of(name, nameKey), Domains.ofWebsite(website).orElse(null),
                Domains.ofEmail(email).orElse(null));
    }
}

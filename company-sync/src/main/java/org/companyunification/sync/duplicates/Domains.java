package org.companyunification.sync.duplicates;

import com.google.common.net.InternetDomainName;
import java.net.IDN;
import java.util.Locale;
import java.util.Optional;

/**
 * The domain of a web site or e-mail address, as two companies' values are compared: lower case, without
 * scheme, user, {@code www.}, port, path, query or trailing dot, reduced to the registrable domain
 * ({@code investors.pge.com} to {@code pge.com}, {@code www.edf.co.uk} to {@code edf.co.uk}) where the public suffix
 * list knows it, else the host itself.
 */
final class Domains {

    private Domains() {}

    /**
     * The domain of a web site, or empty when there is none or it is a host of many organisations' pages
     * ({@link OrganisationWords#SHARED_WEBSITE_DOMAINS}).
     */
    static Optional<String> ofWebsite(String website) {
        if (website == null) {
            return Optional.empty();
        }
        String host = website.strip().toLowerCase(Locale.ROOT);
        int scheme = host.indexOf("://");
        if (scheme >= 0) {
            host = host.substring(scheme + 3);
        }
        host = cut(host, '/', '?', '#');
        int user = host.lastIndexOf('@');
        if (user >= 0) {
            host = host.substring(user + 1);
        }
        host = cut(host, ':');
        return registrable(host).filter(domain -> !OrganisationWords.SHARED_WEBSITE_DOMAINS.contains(domain));
    }

    /** The domain of an e-mail address, or empty when there is none or it is a free-mail domain. */
    static Optional<String> ofEmail(String email) {
        if (email == null) {
            return Optional.empty();
        }
        String address = email.strip().toLowerCase(Locale.ROOT);
        int at = address.lastIndexOf('@');
        if (at < 0) {
            return Optional.empty();
        }
        return registrable(cut(address.substring(at + 1), '>', ' ', ';', ','))
                .filter(domain -> !OrganisationWords.FREE_MAIL_DOMAINS.contains(domain));
    }

    private static String cut(String text, char... ends) {
        int end = text.length();
        for (char c : ends) {
            int index = text.indexOf(c);
            if (index >= 0 && index < end) {
                end = index;
            }
        }
        return text.substring(0, end);
    }

    private static Optional<String> registrable(String host) {
        String name = host.strip();
        while (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        if (name.startsWith("www.")) {
            name = name.substring(4);
        }
        if (name.isEmpty() || name.indexOf('.') < 0) {
            return Optional.empty();
        }
        try {
            InternetDomainName domain = InternetDomainName.from(IDN.toASCII(name));
            if (domain.isUnderPublicSuffix()) {
                return Optional.of(domain.topPrivateDomain().toString());
            }
            return Optional.of(domain.toString());
        } catch (IllegalArgumentException | IllegalStateException e) {
            // Not a valid domain name (spaces, an address typed into the web site field): compared as written.
            return Optional.of(name);
        }
    }
}

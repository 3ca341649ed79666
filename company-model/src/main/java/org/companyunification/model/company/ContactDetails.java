package org.companyunification.model.company;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.companyunification.model.internal.Texts;

/**
 * How to reach a company: the {@code website}, {@code country}, {@code contact_email} and {@code contact_phone}
 * columns that the unified {@code companies} table shares with the six legacy company tables. Values are kept as
 * given (legacy values are not cleaned here); each component is {@code null} when the column is NULL.
 *
 * <pre>{@code
 * ContactDetails details = ContactDetails.none().withWebsite("https://example.com").withCountry("US");
 * }</pre>
 *
 * @param website the web site, at most 255 characters
 * @param country the country, at most 100 characters
 * @param email the contact e-mail address, at most 255 characters
 * @param phone the contact phone number, at most 50 characters
 */
@Embeddable
public record ContactDetails(
        @Column(name = "website", length = 255) String website,
        @Column(name = "country", length = 100) String country,
        @Column(name = "contact_email", length = 255) String email,
        @Column(name = "contact_phone", length = 50) String phone) {

    private static final ContactDetails NONE = new ContactDetails(null, null, null, null);

    /**
     * Creates contact details.
     *
     * @param website the web site
     * @param country the country
     * @param email the contact e-mail address
     * @param phone the contact phone number
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} when a value is longer than
     *     its column
     */
    public ContactDetails {
        Texts.checkLength(website, 255, "website");
        Texts.checkLength(country, 100, "country");
        Texts.checkLength(email, 255, "contact e-mail");
        Texts.checkLength(phone, 50, "contact phone");
    }

    /**
     * Returns contact details with every value absent.
     *
     * @return the empty contact details
     */
    public static ContactDetails none() {
        return NONE;
    }

    /**
     * Returns a copy with another web site.
     *
     * @param website the web site, or {@code null} for none
     * @return the copy
     */
    public ContactDetails withWebsite(String website) {
        return new ContactDetails(website, country, email, phone);
    }

    /**
     * Returns a copy with another country.
     *
     * @param country the country, or {@code null} for none
     * @return the copy
     */
    public ContactDetails withCountry(String country) {
        return new ContactDetails(website, country, email, phone);
    }

    /**
     * Returns a copy with another contact e-mail address.
     *
     * @param email the address, or {@code null} for none
     * @return the copy
     */
    public ContactDetails withEmail(String email) {
        return new ContactDetails(website, country, email, phone);
    }

    /**
     * Returns a copy with another contact phone number.
     *
     * @param phone the number, or {@code null} for none
     * @return the copy
     */
    public ContactDetails withPhone(String phone) {
        return new ContactDetails(website, country, email, phone);
    }

    /**
     * Tells whether every value is absent.
     *
     * @return {@code true} when all four values are {@code null}
     */
    public boolean isEmpty() {
        return website == null && country == null && email == null && phone == null;
    }
}

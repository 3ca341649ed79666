package org.companyunification.query.filter;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.companyunification.model.company.RoleCode;

/**
 * Which companies the {@code /companies} list shows. Built from {@link #all()} with the {@code with...} methods;
 * each criterion left out does not filter.
 *
 * <pre>{@code
 * CompanyFilter filter = CompanyFilter.all()
 *         .withRoles(RoleMatch.ALL, RoleCode.VENDOR, RoleCode.OPERATOR)
 *         .withNameContaining("électricité")
 *         .withCountry("France")
 *         .onlyClients();
 * }</pre>
 *
 * @param roles the global roles to filter by (default: none, no role filter)
 * @param roleMatch whether a company needs any or all of the roles (default: {@link RoleMatch#ANY})
 * @param nameContains text the company name must contain, ignoring case, accents and punctuation (default:
 *     empty, no name filter); see {@link #withNameContaining(String)}
 * @param country the exact country (default: empty, any country)
 * @param companyType the exact company type (default: empty, any type)
 * @param client {@code true} for only companies with a client profile, {@code false} for only those without
 *     (default: empty, both)
 */
public record CompanyFilter(Set<RoleCode> roles, RoleMatch roleMatch, Optional<String> nameContains,
        Optional<String> country, Optional<String> companyType, Optional<Boolean> client) {

    /** The longest name search text accepted. */
    public static final int MAX_NAME_SEARCH_LENGTH = 255;

    private static final CompanyFilter ALL = new CompanyFilter(Set.of(), RoleMatch.ANY, Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty());

    /**
     * Creates a filter; the roles are copied.
     *
     * @throws NullPointerException when a component is {@code null}
     * @throws IllegalArgumentException when the name search text is blank or longer than {@value
     *     #MAX_NAME_SEARCH_LENGTH} characters
     */
    public CompanyFilter {
        checkNotNull(roles, "roles must not be null: use an empty set");
        EnumSet<RoleCode> copy = EnumSet.noneOf(RoleCode.class);
        copy.addAll(roles);
        roles = Collections.unmodifiableSet(copy);
        checkNotNull(roleMatch, "role match must not be null");
        checkNotNull(nameContains, "name search must not be null: use Optional.empty()");
        nameContains.ifPresent(text -> checkArgument(!text.isBlank() && text.length() <= MAX_NAME_SEARCH_LENGTH,
                "name search text must be 1 to %s characters and not blank: '%s'", MAX_NAME_SEARCH_LENGTH, text));
        checkNotNull(country, "country must not be null: use Optional.empty()");
        checkNotNull(companyType, "company type must not be null: use Optional.empty()");
        checkNotNull(client, "client must not be null: use Optional.empty()");
    }

    /**
     * Returns the filter that lets every company through.
     *
     * @return the empty filter
     */
    public static CompanyFilter all() {
        return ALL;
    }

    /**
     * Keeps the companies that hold any or all of the given roles globally.
     *
     * @param match whether any or all of the roles are needed
     * @param roles the roles, at least one
     * @return a new filter
     * @throws IllegalArgumentException when no role is given
     */
    public CompanyFilter withRoles(RoleMatch match, RoleCode... roles) {
        checkArgument(roles.length > 0, "at least one role is needed");
        return new CompanyFilter(Set.of(roles), match, nameContains, country, companyType, client);
    }

    /**
     * Keeps the companies whose name contains the text. Case, accents and punctuation do not count: the text is
     * normalised the way {@link org.companyunification.model.company.NameKey} normalises names (so {@code
     * "ÉLECTRICITÉ de France"} finds {@code Électricité de France S.A.}) and must appear in the company's name key.
     * A text without letters or digits matches no company. The text reaches the database only as a bind
     * parameter, with the wildcards of {@code LIKE} escaped.
     *
     * @param text the text, 1 to {@value #MAX_NAME_SEARCH_LENGTH} characters, not blank
     * @return a new filter
     * @throws IllegalArgumentException when the text is blank or too long
     */
    public CompanyFilter withNameContaining(String text) {
        checkNotNull(text, "name search text must not be null");
        return new CompanyFilter(roles, roleMatch, Optional.of(text), country, companyType, client);
    }

    /**
     * Keeps the companies of one country (exact match).
     *
     * @param country the country as stored
     * @return a new filter
     */
    public CompanyFilter withCountry(String country) {
        checkNotNull(country, "country must not be null");
        return new CompanyFilter(roles, roleMatch, nameContains, Optional.of(country), companyType, client);
    }

    /**
     * Keeps the companies of one type (exact match).
     *
     * @param companyType the company type as stored
     * @return a new filter
     */
    public CompanyFilter withCompanyType(String companyType) {
        checkNotNull(companyType, "company type must not be null");
        return new CompanyFilter(roles, roleMatch, nameContains, country, Optional.of(companyType), client);
    }

    /**
     * Keeps only the companies with a client profile.
     *
     * @return a new filter
     */
    public CompanyFilter onlyClients() {
        return new CompanyFilter(roles, roleMatch, nameContains, country, companyType, Optional.of(true));
    }

    /**
     * Keeps only the companies without a client profile.
     *
     * @return a new filter
     */
    public CompanyFilter withoutClients() {
        return new CompanyFilter(roles, roleMatch, nameContains, country, companyType, Optional.of(false));
    }
}

package org.companyunification.analytics.network;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.companyunification.model.company.RoleCode;

/**
 * Which part of the network to build or export. Each kind of filter is off until given; several values of one
 * kind match any of them. Countries and statuses match as stored, ignoring case and surrounding spaces.
 * <ul>
 *   <li>{@linkplain #withRoles roles}: only the assignments of these roles, and only the companies that hold one
 *       of them, globally or on a project;</li>
 *   <li>{@linkplain #withCountries countries}: only the companies of these countries (projects are not
 *       filtered by country);</li>
 *   <li>{@linkplain #withProjectStatuses project statuses}: only the projects with one of these statuses.</li>
 * </ul>
 * An edge is kept when both its ends are; a kept company or project with no kept edge stays as a node of its own.
 *
 * <pre>{@code
 * NetworkFilter filter = NetworkFilter.all().withRoles(RoleCode.OPERATOR).withProjectStatuses("Operating");
 * }</pre>
 *
 * @param roles the roles kept, all when empty
 * @param countries the company countries kept, upper case and trimmed, all when empty
 * @param projectStatuses the project statuses kept, upper case and trimmed, all when empty
 */
public record NetworkFilter(Set<RoleCode> roles, Set<String> countries, Set<String> projectStatuses) {

    private static final NetworkFilter ALL = new NetworkFilter(Set.of(), Set.of(), Set.of());

    /**
     * Checks the parts and keeps unmodifiable copies; countries and statuses are trimmed and upper-cased.
     *
     * @throws NullPointerException when a set or a value is {@code null}
     */
    public NetworkFilter {
        roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
        countries = normalised(countries);
        projectStatuses = normalised(projectStatuses);
    }

    /**
     * Returns the filter that keeps the whole network.
     *
     * @return the filter without conditions
     */
    public static NetworkFilter all() {
        return ALL;
    }

    /**
     * Keeps only the assignments of these roles and the companies holding one of them.
     *
     * @param roles the roles, replacing any given before
     * @return the new filter
     * @throws NullPointerException when a role is {@code null}
     */
    public NetworkFilter withRoles(RoleCode... roles) {
        return new NetworkFilter(Set.of(roles), countries, projectStatuses);
    }

    /**
     * Keeps only the companies of these countries.
     *
     * @param countries the countries, replacing any given before
     * @return the new filter
     * @throws NullPointerException when a country is {@code null}
     */
    public NetworkFilter withCountries(String... countries) {
        return new NetworkFilter(roles, Set.of(countries), projectStatuses);
    }

    /**
     * Keeps only the projects with these statuses.
     *
     * @param statuses the statuses, replacing any given before
     * @return the new filter
     * @throws NullPointerException when a status is {@code null}
     */
    public NetworkFilter withProjectStatuses(String... statuses) {
        return new NetworkFilter(roles, countries, Set.of(statuses));
    }

    /**
     * Tells whether the filter keeps the whole network.
     *
     * @return {@code true} when no condition is set
     */
    public boolean keepsAll() {
        return roles.isEmpty() && countries.isEmpty() && projectStatuses.isEmpty();
    }

    private static Set<String> normalised(Set<String> values) {
        Set<String> result = new LinkedHashSet<>();
        for (String value : values) {
            result.add(requireNonNull(value, "filter value must not be null").trim().toUpperCase(Locale.ROOT));
        }
        return Collections.unmodifiableSet(result);
    }
}

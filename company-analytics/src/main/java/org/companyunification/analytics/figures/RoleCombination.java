package org.companyunification.analytics.figures;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.companyunification.model.company.RoleCode;

/**
 * A set of global roles and how many companies hold exactly that set: {vendor, operator} counts the companies
 * that are vendor and operator and hold no other global role.
 *
 * @param roles the roles, at least one, in catalogue order
 * @param companies how many companies hold exactly these global roles
 */
public record RoleCombination(Set<RoleCode> roles, long companies) {

    /**
     * Checks the parts and keeps an unmodifiable copy of the roles.
     *
     * @throws NullPointerException when the roles are {@code null}
     * @throws IllegalArgumentException when there is no role or the count is negative
     */
    public RoleCombination {
        requireNonNull(roles, "roles");
        checkArgument(!roles.isEmpty(), "a combination holds at least one role");
        checkArgument(companies >= 0, "companies must not be negative: %s", companies);
        roles = Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    /**
     * Tells whether the combination holds several roles.
     *
     * @return {@code true} for two roles or more
     */
    public boolean multiRole() {
        return roles.size() > 1;
    }

    /**
     * Names the roles for people.
     *
     * @return the role codes joined with {@code +}, for example {@code vendor+operator}
     */
    public String describe() {
        return roles.stream().map(RoleCode::code).collect(Collectors.joining("+"));
    }
}

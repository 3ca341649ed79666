package org.companyunification.analytics.internal;

import java.util.EnumSet;
import java.util.Set;
import org.companyunification.model.company.RoleCode;

/** SQL fragments over roles: a set of global roles folded into one number, one bit a role, and back. */
final class RoleSql {

    private RoleSql() {}

    /**
     * Returns an expression that maps a role id column to its bit: 1 for role 1, 2 for role 2, 4 for role 3...
     * Summed over a company's global roles (at most one row a role) it gives the set of them as one number.
     *
     * @param roleIdColumn the role id column, qualified
     * @return a {@code CASE} expression
     */
    static String bit(String roleIdColumn) {
        StringBuilder sql = new StringBuilder("CASE ").append(roleIdColumn);
        for (RoleCode role : RoleCode.values()) {
            sql.append(" WHEN ").append(role.roleId()).append(" THEN ").append(1 << (role.roleId() - 1));
        }
        return sql.append(" ELSE 0 END").toString();
    }

    /**
     * Reads the set of roles back from its number.
     *
     * @param mask the sum of the bits of the roles
     * @return the roles, in catalogue order
     */
    static Set<RoleCode> roles(long mask) {
        Set<RoleCode> roles = EnumSet.noneOf(RoleCode.class);
        for (RoleCode role : RoleCode.values()) {
            if ((mask & (1L << (role.roleId() - 1))) != 0) {
                roles.add(role);
            }
        }
        return roles;
    }
}

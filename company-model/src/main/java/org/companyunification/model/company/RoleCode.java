package org.companyunification.model.company;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;

/**
 * The roles a company plays, one per legacy company table, mirroring the seeded {@code company_roles}
 * catalogue: the role id, the code and the label are those of its rows.
 */
public enum RoleCode {
    /** Supplies the reactor or generation technology; legacy table {@code technology_vendors}. */
    VENDOR(1, "vendor", "Technology Vendor"),
    /** Owns or develops the project; legacy table {@code owners_developers}. */
    DEVELOPER(2, "developer", "Owner/Developer"),
    /** Operates the plant; legacy table {@code operators}. */
    OPERATOR(3, "operator", "Operator"),
    /** Builds the plant; legacy table {@code constructors}. */
    CONSTRUCTOR(4, "constructor", "Constructor"),
    /** Buys the output; legacy table {@code offtakers}. */
    OFFTAKER(5, "offtaker", "Off-taker"),
    /** A client of the organisation; legacy table {@code clients}. */
    CLIENT(6, "client", "Client");

    private static final String EXPECTED = Arrays.stream(values()).map(RoleCode::code)
            .collect(Collectors.joining(", "));

    private final int roleId;
    private final String code;
    private final String label;

    RoleCode(int roleId, String code, String label) {
        this.roleId = roleId;
        this.code = code;
        this.label = label;
    }

    /**
     * Returns the role of a code as stored in {@code company_roles.role_code}.
     *
     * @param code the code, exactly as seeded ({@code vendor}, {@code developer}, ...)
     * @return the role
     * @throws NullPointerException when the code is {@code null}
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} when no role has this code
     */
    public static RoleCode of(String code) {
        checkNotNull(code, "role code must not be null");
        for (RoleCode role : values()) {
            if (role.code.equals(code)) {
                return role;
            }
        }
        throw new CompanyUnificationException(ErrorCode.INVALID_ARGUMENT,
                "Unknown role code '" + code + "': expected one of " + EXPECTED);
    }

    /**
     * Returns the role of a {@code company_roles.role_id}.
     *
     * @param roleId the id, 1 to 6
     * @return the role
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} when no role has this id
     */
    public static RoleCode ofRoleId(int roleId) {
        for (RoleCode role : values()) {
            if (role.roleId == roleId) {
                return role;
            }
        }
        throw new CompanyUnificationException(ErrorCode.INVALID_ARGUMENT,
                "Unknown role id " + roleId + ": expected 1 to " + values().length);
    }

    /**
     * Returns the id of the role's row in {@code company_roles}.
     *
     * @return the role id
     */
    public int roleId() {
        return roleId;
    }

    /**
     * Returns the code stored in {@code company_roles.role_code}.
     *
     * @return the code, lower case
     */
    public String code() {
        return code;
    }

    /**
     * Returns the label people read, stored in {@code company_roles.role_label}.
     *
     * @return the label
     */
    public String label() {
        return label;
    }
}

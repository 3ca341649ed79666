package org.companyunification.sync.validation;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The companies holding one global role, against the distinct companies the role's legacy table was mapped to.
 *
 * @param role the role code
 * @param legacyTable the legacy table of that role
 * @param companiesHoldingRole companies with the global role assignment
 * @param companiesMappedFromTable distinct companies that rows of the legacy table were mapped to
 */
public record RoleCoverage(String role, String legacyTable, long companiesHoldingRole, long companiesMappedFromTable) {

    /**
     * Tells whether the two counts agree.
     *
     * @return {@code true} when equal
     */
    @JsonProperty
    public boolean matches() {
        return companiesHoldingRole == companiesMappedFromTable;
    }
}

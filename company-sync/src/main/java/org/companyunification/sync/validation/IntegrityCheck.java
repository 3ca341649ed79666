package org.companyunification.sync.validation;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One integrity check of the unified tables.
 *
 * @param name what is checked
 * @param violations how many rows break it
 */
public record IntegrityCheck(String name, long violations) {

    /**
     * Tells whether the check is clean.
     *
     * @return {@code true} when nothing breaks it
     */
    @JsonProperty
    public boolean passed() {
        return violations == 0;
    }
}

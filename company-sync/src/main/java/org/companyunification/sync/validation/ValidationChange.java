package org.companyunification.sync.validation;

/**
 * One figure that differs between a baseline report and a later one.
 *
 * @param what the figure, for example {@code table technology_vendors mapped}
 * @param before its value in the baseline
 * @param after its value now
 */
public record ValidationChange(String what, String before, String after) {

    @Override
    public String toString() {
        return what + ": " + before + " -> " + after;
    }
}

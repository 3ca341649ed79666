package org.companyunification.sync.validation;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A coverage figure against its threshold.
 *
 * @param rows legacy rows in scope
 * @param mapped rows migrated
 * @param threshold the share that must be reached, from 0 to 1
 */
public record Coverage(long rows, long mapped, double threshold) {

    /**
     * Returns the share of rows migrated, 1.0 when there are none.
     *
     * @return the ratio, from 0 to 1
     */
    @JsonProperty
    public double ratio() {
        return rows == 0 ? 1.0 : (double) mapped / rows;
    }

    /**
     * Tells whether the share reaches the threshold.
     *
     * @return {@code true} when {@link #ratio()} is at least {@link #threshold()}
     */
    @JsonProperty
    public boolean meetsThreshold() {
        return ratio() >= threshold;
    }
}

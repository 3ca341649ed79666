package org.companyunification.analytics.network;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * What an export wrote.
 *
 * @param format the format
 * @param nodes the nodes written
 * @param edges the edges written
 */
public record ExportResult(NetworkFormat format, long nodes, long edges) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException when the format is {@code null}
     * @throws IllegalArgumentException when a count is negative
     */
    public ExportResult {
        requireNonNull(format, "format");
        checkArgument(nodes >= 0 && edges >= 0, "counts must not be negative");
    }
}

package org.companyunification.analytics.figures;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Objects;
import org.companyunification.model.company.ClientPriority;
import org.companyunification.model.company.RelationshipStrength;

/**
 * The client pipeline: the client profiles counted by priority and relationship strength. Only the cells that
 * hold a profile are listed.
 *
 * @param cells the non-empty cells, by priority then strength (High before Low, Strong before New, unrecorded
 *     last)
 */
public record ClientPipeline(List<PipelineCell> cells) {

    /**
     * Keeps an unmodifiable copy of the cells.
     *
     * @throws NullPointerException when the list or a cell is {@code null}
     */
    public ClientPipeline {
        cells = List.copyOf(requireNonNull(cells, "cells"));
    }

    /**
     * Returns the client profiles of one cell.
     *
     * @param priority the priority, or {@code null} for the profiles without one
     * @param strength the strength, or {@code null} for the profiles without one
     * @return how many profiles have both; zero when the cell is empty
     */
    public long count(ClientPriority priority, RelationshipStrength strength) {
        return cells.stream().filter(c -> Objects.equals(c.priority(), priority)
                && Objects.equals(c.strength(), strength)).mapToLong(PipelineCell::clients).sum();
    }

    /**
     * Returns all client profiles of the pipeline.
     *
     * @return the sum of the cells
     */
    public long total() {
        return cells.stream().mapToLong(PipelineCell::clients).sum();
    }
}

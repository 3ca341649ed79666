package org.companyunification.cli.bench;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The network of the benchmark data streamed to a Cytoscape.js JSON file by {@code Analytics.export}, timed, with
 * the peak heap it kept, held against {@value BenchmarkReport#PEAK_HEAP_LIMIT_BYTES} bytes (256 MB).
 *
 * @param nodes the nodes written (companies and projects)
 * @param edges the edges written (project roles and company links)
 * @param bytes the size of the file
 * @param seconds the wall-clock time of the export
 * @param peakHeapBytes the peak heap during the export (see {@link HeapPeak})
 */
public record NetworkExportMeasurement(long nodes, long edges, long bytes, double seconds, long peakHeapBytes) {

    /** The JSON key of the export's peak heap target. */
    public static final String PEAK_HEAP = "networkExportPeakHeapBytes";

    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException when a figure is negative
     */
    public NetworkExportMeasurement {
        checkArgument(nodes >= 0 && edges >= 0 && bytes >= 0 && seconds >= 0 && peakHeapBytes >= 0,
                "figures must not be negative");
    }

    /**
     * Holds the peak heap against its limit.
     *
     * @return the target, below 256 MB
     */
    public Target target() {
        return Target.below(PEAK_HEAP, peakHeapBytes, BenchmarkReport.PEAK_HEAP_LIMIT_BYTES);
    }
}

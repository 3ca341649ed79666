package org.companyunification.cli.bench;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The network of the benchmark data streamed to a Cytoscape.js JSON file by {@code Analytics.export}, timed. The
 * target is that it completes within a heap of {@value BenchmarkReport#PEAK_HEAP_LIMIT_BYTES} bytes (256 MB,
 * {@code -Xmx256m}): it is met when the JVM's maximum heap was no larger and the export completed. The peak heap
 * after a collection is reported beside it: an upper bound of what the export kept, since a young collection
 * leaves the old generation's garbage for later.
 *
 * @param nodes the nodes written (companies and projects)
 * @param edges the edges written (project roles and company links)
 * @param bytes the size of the file
 * @param seconds the wall-clock time of the export
 * @param peakHeapBytes the peak heap during the export (see {@link HeapPeak})
 * @param maxHeapBytes the JVM's maximum heap during the export ({@link Runtime#maxMemory()})
 */
public record NetworkExportMeasurement(long nodes, long edges, long bytes, double seconds, long peakHeapBytes,
        long maxHeapBytes) {

    /** The JSON key of the export's heap target. */
    public static final String MAX_HEAP = "networkExportMaxHeapBytes";

    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException when a figure is negative
     */
    public NetworkExportMeasurement {
        checkArgument(nodes >= 0 && edges >= 0 && bytes >= 0 && seconds >= 0 && peakHeapBytes >= 0
                && maxHeapBytes >= 0,
                "figures must not be negative");
    }

    /**
     * Holds the heap the export completed within against its limit.
     *
     * @return the target, at most 256 MB
     */
    public Target target() {
        return Target.atMost(MAX_HEAP, maxHeapBytes, BenchmarkReport.PEAK_HEAP_LIMIT_BYTES);
    }
}

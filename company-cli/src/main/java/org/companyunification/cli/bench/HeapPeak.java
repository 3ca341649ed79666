package org.companyunification.cli.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Measures the peak heap of a stretch of work: {@link #start()} collects garbage and resets the peak usage of
 * every heap memory pool, {@link #bytes()} adds up the pools' peaks since. The pools peak at different moments,
 * so the sum is an upper bound of the heap the work needed at once.
 */
final class HeapPeak {

    private final List<MemoryPoolMXBean> pools;

    private HeapPeak(List<MemoryPoolMXBean> pools) {
        this.pools = pools;
    }

    /**
     * Starts measuring. Collects garbage first, so garbage left by earlier work does not count.
     *
     * @return the measurement
     */
    static HeapPeak start() {
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isValid())
                .toList();
        System.gc();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        return new HeapPeak(pools);
    }

    /**
     * Returns the peak heap since {@link #start()}.
     *
     * @return the sum of the heap pools' peak usage, in bytes
     */
    long bytes() {
        return pools.stream().filter(MemoryPoolMXBean::isValid).mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }
}

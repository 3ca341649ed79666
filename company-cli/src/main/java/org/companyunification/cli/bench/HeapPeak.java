package org.companyunification.cli.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Measures the peak heap a stretch of work kept: {@link #start()} collects garbage and resets the peak usage of
 * the heap memory pools, {@link #bytes()} adds up the peaks since of the pools that hold what survives a
 * collection (the survivor and old generation). The young generation's eden is left out: it fills with
 * short-lived objects up to its size whatever the work keeps, so its peak says how large it is, not what the work
 * needed. The pools peak at different moments, so the sum is an upper bound of what the work kept at once.
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
                .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isValid()
                        && !pool.getName().toLowerCase(java.util.Locale.ROOT).contains("eden"))
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

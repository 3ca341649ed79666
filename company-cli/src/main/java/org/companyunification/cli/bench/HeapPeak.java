package org.companyunification.cli.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Measures the peak heap a stretch of work kept: the largest heap in use right after a garbage collection while
 * the work ran. What is in use after a collection is what the work still held (plus old garbage a young
 * collection leaves for later), whereas the heap in use at any other moment also counts short-lived objects the
 * next collection frees: a streaming job allocates far more than its heap and keeps little of it.
 *
 * <p>{@link #start()} collects garbage, so garbage of earlier work does not count, and listens to the JVM's
 * collection notifications; {@link #bytes()} stops listening and returns the peak. When no collection ran during
 * the work, everything it allocated still fits in the heap in use at its end, which is returned instead.
 */
final class HeapPeak {

    private final Set<String> heapPools;
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final AtomicLong peakAfterCollection = new AtomicLong(-1);
    private final NotificationListener listener = this::collected;
    /** When measuring started, in milliseconds of the JVM's uptime, the clock of a collection's start time. */
    private final long startedAt;

    private HeapPeak() {
        startedAt = ManagementFactory.getRuntimeMXBean().getUptime();
        heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Starts measuring. Collects garbage first, so garbage left by earlier work does not count.
     *
     * @return the measurement
     */
    static HeapPeak start() {
        System.gc();
        HeapPeak peak = new HeapPeak();
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(peak.listener, null, null);
                peak.emitters.add(emitter);
            }
        }
        return peak;
    }

    /**
     * Stops measuring and returns the peak heap since {@link #start()}.
     *
     * @return the largest heap in use after a collection, in bytes; without a collection, the heap in use now
     */
    long bytes() {
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (ListenerNotFoundException e) {
                // already removed: nothing more will be recorded
            }
        }
        emitters.clear();
        long peak = peakAfterCollection.get();
        return peak >= 0 ? peak : ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private void collected(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                (CompositeData) notification.getUserData());
        if (info.getGcInfo().getStartTime() < startedAt) {
            return; // the collection start() asked for, reported late
        }
        long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                .filter(entry -> heapPools.contains(entry.getKey())).map(java.util.Map.Entry::getValue)
                .mapToLong(MemoryUsage::getUsed).sum();
        peakAfterCollection.accumulateAndGet(used, Math::max);
    }
}

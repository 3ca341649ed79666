package org.companyunification.sync;

import java.util.Arrays;

/**
 * A map from {@code long} to {@code long} in two arrays, open addressing with linear probing: 16 bytes an entry
 * at most twice over, where a {@code HashMap<Long, Long>} takes some 80. A dry run keeps one entry per planned row
 * of the whole run, so this is what lets it plan a million-row migration in a small heap.
 */
final class LongLongMap {

    /** Returned by {@link #get} for a missing key. */
    static final long MISSING = Long.MIN_VALUE;

    /** Marks a free slot; the key 0 itself is kept aside in {@link #zeroValue}. */
    private static final long FREE = 0;

    private long[] keys = new long[16];
    private long[] values = new long[16];
    private int size;
    private boolean hasZero;
    private long zeroValue;

    /** Stores a value; {@link #MISSING} is not a storable value. */
    void put(long key, long value) {
        if (key == FREE) {
            size += hasZero ? 0 : 1;
            hasZero = true;
            zeroValue = value;
            return;
        }
        if ((size + 1) * 4L > keys.length * 3L) {
            grow();
        }
        int slot = slot(key, keys.length);
        while (keys[slot] != FREE && keys[slot] != key) {
            slot = (slot + 1) & (keys.length - 1);
        }
        if (keys[slot] == FREE) {
            size++;
        }
        keys[slot] = key;
        values[slot] = value;
    }

    long get(long key) {
        if (key == FREE) {
            return hasZero ? zeroValue : MISSING;
        }
        int slot = slot(key, keys.length);
        while (keys[slot] != FREE) {
            if (keys[slot] == key) {
                return values[slot];
            }
            slot = (slot + 1) & (keys.length - 1);
        }
        return MISSING;
    }

    boolean containsKey(long key) {
        return get(key) != MISSING;
    }

    int size() {
        return size;
    }

    void clear() {
        if (size > 0) {
            Arrays.fill(keys, FREE);
            size = 0;
            hasZero = false;
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new long[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != FREE) {
                int slot = slot(oldKeys[i], keys.length);
                while (keys[slot] != FREE) {
                    slot = (slot + 1) & (keys.length - 1);
                }
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }

    private static int slot(long key, int capacity) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & (capacity - 1);
    }
}

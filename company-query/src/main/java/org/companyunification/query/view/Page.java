package org.companyunification.query.view;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;

/**
 * One page of a longer result, with the size of the whole result.
 *
 * @param items the rows of this page, at most the requested limit
 * @param offset how many rows come before this page
 * @param totalCount how many rows the whole result has
 * @param <T> the row type
 */
public record Page<T>(List<T> items, int offset, long totalCount) {

    /**
     * Creates a page; the items are copied.
     *
     * @throws NullPointerException when the items are {@code null}
     * @throws IllegalArgumentException when the offset or the total count is negative
     */
    public Page {
        items = List.copyOf(items);
        checkArgument(offset >= 0, "offset must not be negative: %s", offset);
        checkArgument(totalCount >= 0, "total count must not be negative: %s", totalCount);
    }

    /**
     * Tells whether rows follow this page.
     *
     * @return {@code true} when the whole result has rows after this page
     */
    public boolean hasNext() {
        return offset + items.size() < totalCount;
    }
}

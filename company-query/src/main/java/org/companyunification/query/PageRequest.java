package org.companyunification.query;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

/**
 * Which slice of a long result a query returns: skip {@code offset} rows, then return at most {@code limit}.
 *
 * <pre>{@code
 * PageRequest page = PageRequest.first(50);   // rows 0..49
 * PageRequest after = page.next();            // rows 50..99
 * }</pre>
 *
 * @param offset how many rows to skip, zero or more
 * @param limit the most rows to return, from 1 to {@value #MAX_LIMIT}
 */
public record PageRequest(int offset, int limit) {

    /** The largest page a query returns at once. */
    public static final int MAX_LIMIT = 10_000;

    /**
     * Creates a page request.
     *
     * @throws IllegalArgumentException when the offset is negative or the limit is outside 1 to
     *     {@value #MAX_LIMIT}
     */
    public PageRequest {
        checkArgument(offset >= 0, "offset must not be negative: %s", offset);
        checkArgument(limit >= 1 && limit <= MAX_LIMIT, "limit must be between 1 and %s: %s", MAX_LIMIT, limit);
    }

    /**
     * Returns the first page of the given size.
     *
     * @param limit the most rows to return, from 1 to {@value #MAX_LIMIT}
     * @return a request for rows {@code 0} to {@code limit - 1}
     * @throws IllegalArgumentException when the limit is out of range
     */
    public static PageRequest first(int limit) {
        return new PageRequest(0, limit);
    }

    /**
     * Returns the page that follows this one, of the same size.
     *
     * @return a request starting where this one ends
     * @throws IllegalStateException when the next offset would not fit in an {@code int}
     */
    public PageRequest next() {
        checkState(offset <= Integer.MAX_VALUE - limit, "no page after offset %s with limit %s", offset, limit);
        return new PageRequest(offset + limit, limit);
    }
}

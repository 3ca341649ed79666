package org.companyunification.query.view;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;

/**
 * A page of a keyset walk: its rows and, when more may follow, where the next page starts.
 *
 * @param items the rows, at most the requested limit
 * @param next the cursor to pass for the next page, or empty when this page is the last
 * @param <T> the row type
 */
public record KeysetPage<T>(List<T> items, Optional<CompanyCursor> next) {

    /**
     * Creates a page; the items are copied.
     *
     * @throws NullPointerException when a component is {@code null}
     */
    public KeysetPage {
        items = List.copyOf(items);
        checkNotNull(next, "next must not be null: use Optional.empty()");
    }
}

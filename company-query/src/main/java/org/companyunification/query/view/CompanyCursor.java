package org.companyunification.query.view;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Where a keyset page ended: the sort key and id of its last row. The next page starts after it, so a walk over
 * a long list never skips or repeats a row however many rows there are, and the database seeks to it through an
 * index instead of counting rows to skip.
 *
 * @param sortKey the value of the sort column of the last row: the company's name key when sorting by name, its
 *     id as text when sorting by id
 * @param id the id of the last row
 */
public record CompanyCursor(String sortKey, long id) {

    /**
     * Creates a cursor.
     *
     * @throws NullPointerException when the sort key is {@code null}
     */
    public CompanyCursor {
        checkNotNull(sortKey, "sort key must not be null");
    }
}

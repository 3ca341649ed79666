package org.companyunification.query.view;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * A link between two companies ({@code internal_external_links}), seen from one of them.
 *
 * @param id the link id
 * @param direction whether the company of the detail made the link or is its target
 * @param other the company at the other end
 * @param linkType the kind of link
 * @param notes the link's notes, or empty
 */
public record CompanyLinkView(long id, Direction direction, CompanyRef other, String linkType,
        Optional<String> notes) {

    /** Which end of a link the company of the detail is. */
    public enum Direction {
        /** The company links to the other ({@code company_id} is the company). */
        OUTGOING,
        /** The other company links to it ({@code related_company_id} is the company). */
        INCOMING
    }

    /**
     * Creates the view.
     *
     * @throws NullPointerException when a component is {@code null}
     */
    public CompanyLinkView {
        checkNotNull(direction, "direction must not be null");
        checkNotNull(other, "other company must not be null");
        checkNotNull(linkType, "link type must not be null");
        checkNotNull(notes, "notes must not be null: use Optional.empty()");
    }
}

package org.companyunification.model.company;

import java.time.LocalDate;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.companyunification.model.internal.Texts;

/**
 * The terms of a person's affiliation with a company: title, primary flag, period and notes. An affiliation
 * without an end date is current.
 *
 * <pre>{@code
 * AffiliationTerms terms = AffiliationTerms.titled("Chief Engineer").asPrimary().startingOn(LocalDate.of(2021, 4, 1));
 * }</pre>
 *
 * @param title the title, trimmed, at most 255 characters, {@code null} for none
 * @param primary whether this is the person's primary affiliation
 * @param startDate when the affiliation started, {@code null} when unknown
 * @param endDate when it ended, {@code null} while current
 * @param notes notes, trimmed, {@code null} for none
 */
public record AffiliationTerms(String title, boolean primary, LocalDate startDate, LocalDate endDate,
        String notes) {

    /**
     * Creates terms.
     *
     * @param title the title
     * @param primary whether this is the person's primary affiliation
     * @param startDate when the affiliation started, {@code null} when unknown
     * @param endDate when it ended, {@code null} while current
     * @param notes notes, {@code null} for none
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} when the title is too long or
     *     the end date is before the start date
     */
    public AffiliationTerms {
        title = Texts.optional(title, 255, "affiliation title");
        notes = Texts.optional(notes, Integer.MAX_VALUE, "affiliation notes");
        checkPeriod(startDate, endDate);
    }

    /**
     * Returns non-primary, current terms with a title.
     *
     * @param title the title, may be {@code null}
     * @return the terms
     */
    public static AffiliationTerms titled(String title) {
        return new AffiliationTerms(title, false, null, null, null);
    }

    /**
     * Returns non-primary, current terms without a title.
     *
     * @return the terms
     */
    public static AffiliationTerms untitled() {
        return titled(null);
    }

    /**
     * Returns a copy that is the person's primary affiliation.
     *
     * @return the copy
     */
    public AffiliationTerms asPrimary() {
        return new AffiliationTerms(title, true, startDate, endDate, notes);
    }

    /**
     * Returns a copy with another start date.
     *
     * @param date the start date, or {@code null} when unknown
     * @return the copy
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} when the end date is before it
     */
    public AffiliationTerms startingOn(LocalDate date) {
        return new AffiliationTerms(title, primary, date, endDate, notes);
    }

    /**
     * Returns a copy with another end date.
     *
     * @param date the end date, or {@code null} for a current affiliation
     * @return the copy
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} when it is before the start
     */
    public AffiliationTerms endingOn(LocalDate date) {
        return new AffiliationTerms(title, primary, startDate, date, notes);
    }

    /**
     * Returns a copy with other notes.
     *
     * @param notes the notes, or {@code null} for none
     * @return the copy
     */
    public AffiliationTerms withNotes(String notes) {
        return new AffiliationTerms(title, primary, startDate, endDate, notes);
    }

    /**
     * Tells whether the affiliation is current.
     *
     * @return {@code true} when there is no end date
     */
    public boolean isCurrent() {
        return endDate == null;
    }

    static void checkPeriod(LocalDate startDate, LocalDate endDate) {
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            throw new CompanyUnificationException(ErrorCode.INVALID_ARGUMENT,
                    "An affiliation cannot end on " + endDate + ", before it starts on " + startDate);
        }
    }
}

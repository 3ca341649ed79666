package org.companyunification.sync;

/**
 * The lengths of the unified text columns a legacy value is copied into, as the unified schema declares them,
 * and the rule for a value that does not fit: it is never cut short (a cut value would say something else, and
 * two cut names could meet), but left empty, kept in the origin record and reported as a warning naming the
 * field. The legacy schema declares the same lengths, so this happens only where a production table was widened.
 * Lengths count characters as PostgreSQL and MariaDB do (code points).
 */
final class UnifiedColumns {

    static final int COMPANY_NAME = 255;

    private UnifiedColumns() {}

    /** Tells whether a value is longer than a column of the given length. */
    static boolean tooLong(String value, int length) {
        return value != null && length(value) > length;
    }

    /** Returns the length of a value in characters (code points). */
    static int length(String value) {
        return value.codePointCount(0, value.length());
    }

    /** Returns the draft with every value that does not fit its unified column left empty and reported. */
    static CompanyDraft fit(CompanyDraft d, PageContext page, SourceValues kept) {
        return new CompanyDraft(d.sourceTable(), d.sourceId(), d.sourceName(), d.name(),
                fit(d, "company_type", "companies.company_type", 50, d.companyType(), page, kept),
                fit(d, "website", "companies.website", 255, d.website(), page, kept),
                fit(d, "country", "companies.country", 100, d.country(), page, kept),
                fit(d, "contact_email", "companies.contact_email", 255, d.contactEmail(), page, kept),
                fit(d, "contact_phone", "companies.contact_phone", 50, d.contactPhone(), page, kept),
                fit(d, "reactor_type", "companies.reactor_type", 100, d.reactorType(), page, kept),
                fit(d, "sector", "companies.sector", 100, d.sector(), page, kept),
                d.notes(), d.createdAt(), d.updatedAt(), d.relationshipStrength(), d.clientPriority(),
                d.relationshipNotes(), d.lastContactDate(), d.nextContactDate());
    }

    /** Returns a title that fits {@code person_company_affiliations.title}, or {@code null} with a warning. */
    static String fitTitle(long sourceId, String title, PageContext page) {
        if (!tooLong(title, 255)) {
            return title;
        }
        page.warn(sourceId, "role_title", "the title has " + length(title) + " characters, more than"
                + " person_company_affiliations.title holds (255); left empty, the full title remains in the legacy"
                + " row");
        return null;
    }

    private static String fit(CompanyDraft draft, String field, String column, int length, String value,
            PageContext page, SourceValues kept) {
        if (!tooLong(value, length)) {
            return value;
        }
        kept.put(field, value);
        page.warn(draft.sourceId(), field, "the value has " + length(value) + " characters, more than " + column
                + " holds (" + length + "); left empty, the original is kept in the origin record");
        return null;
    }
}

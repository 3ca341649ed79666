package org.companyunification.sync.duplicates;

import java.util.Set;
import org.companyunification.model.company.NameKey;

/**
 * The fixed word and domain lists of the search. Kept in one place: adding a word is one line.
 */
final class OrganisationWords {

    /** Words that join other words and say nothing about which organisation a name means. */
    static final Set<String> STOP_WORDS = Set.of("and", "of", "the", "for", "de", "du", "des", "la", "le", "del",
            "der", "die", "das", "und", "et", "y", "a", "an");

    /**
     * Words many organisations of the sector carry: sector and activity words, organisational words and legal
     * forms. A name that differs from another only by such words is a short or long form of it; a word of this
     * list shared by two names is weak evidence.
     */
    static final Set<String> GENERIC = Set.of(
            // organisation and legal form
            "company", "companies", "co", "corporation", "corp", "inc", "incorporated", "llc", "ltd", "limited",
            "plc", "gmbh", "ag", "sa", "nv", "bv", "lp", "llp", "pty", "srl", "spa", "group", "groups", "holding",
            "holdings", "international", "intl", "global", "worldwide", "enterprises", "enterprise", "services",
            "service", "solutions", "solution", "partners", "partner", "industries", "industry", "ventures",
            "associates", "operations", "operating", "development", "developments", "management", "trust", "fund",
            "capital", "investments", "technologies", "technology", "tech", "systems", "system", "engineering",
            "engineers", "consulting", "resources", "resource", "works", "work",
            // sector
            "energy", "energies", "power", "electric", "electricity", "electrical", "gas", "nuclear", "atomic",
            "atomics",
            "solar", "wind", "hydro", "hydrogen", "renewables", "renewable", "utilities", "utility", "generation",
            "generating", "grid", "grids", "fuels", "fuel", "reactors", "reactor", "turbines", "turbine",
            "thermal", "geothermal", "storage", "transmission", "distribution", "supply", "clean", "green",
            "offshore", "projects", "project");

    /**
     * Words of place and kind that many unrelated organisations start with ({@code National Grid},
     * {@code National Fuel Gas}): distinctive enough to keep, too common to make two names one on their own.
     */
    static final Set<String> QUALIFIERS = Set.of("national", "general", "american", "united", "pacific",
            "atlantic", "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
            "new", "first", "royal", "standard", "public", "state", "federal", "continental", "universal",
            "european", "asian", "african", "british", "french", "german", "korea", "china", "japan", "india",
            "canada", "texas", "california", "florida");

    /** Mail services anyone can use: sharing one says nothing about the organisation. */
    static final Set<String> FREE_MAIL_DOMAINS = Set.of("gmail.com", "googlemail.com", "yahoo.com", "yahoo.co.uk",
            "yahoo.fr", "yahoo.de", "ymail.com", "hotmail.com", "hotmail.co.uk", "hotmail.fr", "outlook.com",
            "live.com", "msn.com", "aol.com", "icloud.com", "me.com", "mac.com", "mail.com", "gmx.com", "gmx.de",
            "gmx.net", "web.de", "t-online.de", "protonmail.com", "proton.me", "yandex.com", "yandex.ru", "mail.ru",
            "qq.com", "163.com", "126.com", "naver.com", "orange.fr", "free.fr", "laposte.net", "libero.it",
            "zoho.com", "fastmail.com", "comcast.net", "verizon.net", "btinternet.com");

    /** Hosts of many organisations' pages: a page on one of them is not an organisation's own domain. */
    static final Set<String> SHARED_WEBSITE_DOMAINS = Set.of("facebook.com", "linkedin.com", "twitter.com", "x.com",
            "instagram.com", "youtube.com", "google.com", "sites.google.com", "wordpress.com", "wixsite.com",
            "blogspot.com", "github.io", "medium.com", "squarespace.com", "weebly.com", "yelp.com");

    private OrganisationWords() {}

    /** Whether a word of a name key is generic: listed above or a legal form the name key knows. */
    static boolean isGeneric(String word) {
        return GENERIC.contains(word) || NameKey.LEGAL_FORMS.contains(word);
    }

    /** Whether a word is a {@link #QUALIFIERS qualifier}. */
    static boolean isQualifier(String word) {
        return QUALIFIERS.contains(word);
    }
}

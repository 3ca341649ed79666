package org.companyunification.testing;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.companyunification.model.schema.DatabaseVendor;

/**
 * A hostile corpus: text values that break careless code (quotes, SQL fragments, {@code %} and {@code _},
 * backslashes, accents, CJK, right-to-left scripts, emoji with ZWJ sequences and surrogate pairs, control
 * characters, NUL, zero-width characters, names without letters, blank and over-long names, a note of about
 * 1 MB), and
 * legacy rows that carry them, for tests of the backfill, dual-write and queries.
 *
 * <pre>{@code
 * HostileValues.legacyData(db.vendor()).insertInto(db.dataSource());
 * for (HostileValues.Case c : HostileValues.cases()) { ... HostileValues.vendorId(c) ... }
 * }</pre>
 *
 * <p>Each case becomes one {@code technology_vendors} row, id {@link #vendorId(Case)}, whose {@code notes} hold
 * the value, whose name is the value when it fits a name column ({@link Case#nameValue()}) and whose
 * {@code website} is the value when it fits 255 characters. Most values carry a distinctive marker ({@code HV07})
 * so a test can look for them in recorded SQL ({@link SqlRecorder}). {@link #legacyData()} adds client rows with
 * dirty CRM values and impossible date pairs, an owner with a hostile {@code company_type}, and personnel
 * relationships with hostile titles and entity types in odd case and white space.
 *
 * <p>Not every database stores every value: PostgreSQL refuses NUL in text and a MariaDB {@code TEXT} holds
 * 65,535 bytes; {@link Case#storableOn(DatabaseVendor)} tells, and {@link #legacyData(DatabaseVendor)} leaves
 * those values out.
 */
public final class HostileValues {

    /** The first {@code technology_vendors} id of the corpus rows. */
    public static final long FIRST_VENDOR_ID = 9000;

    /** The {@code personnel_id} of the person whose relationships carry hostile titles and entity types. */
    public static final long PERSON_ID = 9000;

    private static final int MARIADB_TEXT_BYTES = 65_535;

    /**
     * One hostile value.
     *
     * @param number its number, unique in the corpus
     * @param description what it tests
     * @param value the value itself
     */
    public record Case(int number, String description, String value) {

        /**
         * Checks the parts.
         *
         * @throws NullPointerException when the description or value is missing
         */
        public Case {
            requireNonNull(description, "description");
            requireNonNull(value, "value");
        }

        /**
         * Returns the distinctive marker of the value, {@code HV} and the two-digit number, when the value holds
         * it.
         *
         * @return the marker, or empty for values that are only punctuation, blank or empty
         */
        public Optional<String> marker() {
            String marker = String.format("HV%02d", number);
            return value.contains(marker) ? Optional.of(marker) : Optional.empty();
        }

        /**
         * Returns the name of the case's vendor row: the value when a 255-character name column holds it (on
         * every database), otherwise the description and the marker.
         *
         * @return the name
         */
        public String nameValue() {
            return value.length() <= 255 ? value : description + " " + String.format("HV%02d", number);
        }

        /**
         * Tells whether the legacy tables of a database can hold the value.
         *
         * @param vendor the database
         * @return {@code false} for NUL on PostgreSQL and for more than 65,535 bytes on MariaDB
         */
        public boolean storableOn(DatabaseVendor vendor) {
            return switch (vendor) {
                case POSTGRESQL -> value.indexOf('\0') < 0;
                case MARIADB -> value.getBytes(StandardCharsets.UTF_8).length <= MARIADB_TEXT_BYTES;
                default -> true;
            };
        }
    }

    private static final List<Case> CASES = List.of(
            new Case(1, "single quote", "O'Brien Nuclear HV01"),
            new Case(2, "double quotes", "The \"Best\" Reactors HV02"),
            new Case(3, "SQL injection closing a call", "Robert'); DROP TABLE companies; -- HV03"),
            new Case(4, "SQL injection", "'; DROP TABLE companies; -- HV04"),
            new Case(5, "SQL tautology", "HV05' OR '1'='1"),
            new Case(6, "LIKE wildcards", "100% Power_Co HV06"),
            new Case(7, "a name of only a percent sign", "%"),
            new Case(8, "a name of only exclamation marks", "!!!"),
            new Case(9, "a name of only hyphens", "---"),
            new Case(10, "backslashes", "C:\\Reactors\\HV10\\"),
            new Case(11, "escaped quote and backslashes", "HV11 \\' escaped \\\\ quote"),
            new Case(12, "accents", "Électricité Énergie Ñandú HV12"),
            new Case(13, "a decomposed accent", "Cafe\u0301 Atomique HV13"),
            new Case(14, "Japanese", "東京電力ホールディングス HV14"),
            new Case(15, "Korean", "한국수력원자력 HV15"),
            new Case(16, "Arabic, right to left", "شركة الطاقة النووية HV16"),
            new Case(17, "Hebrew, right to left", "חברת חשמל לישראל HV17"),
            new Case(18, "a right-to-left override", "HV18 \u202Eevil\u202C name"),
            new Case(19, "emoji with a variation selector", "Sunny \u2600\uFE0F Power \uD83D\uDD0B HV19"),
            new Case(20, "an emoji ZWJ sequence", "Family \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D"
                    + "\uD83D\uDC66 Energy HV20"),
            new Case(21, "flags and mathematical letters (surrogate pairs)", "\uD83C\uDDEB\uD83C\uDDF7 HV21 "
                    + "\uD835\uDCE4\uD835\uDCF7\uD835\uDCF2"),
            new Case(22, "a supplementary CJK letter", "\uD840\uDC00\uD840\uDC01 Holdings HV22"),
            new Case(23, "tab and line break inside a name", "Tab\tSeparated\nHV23 Power"),
            new Case(24, "bell and terminal escape sequences", "Bell\u0007 HV24 \u001B[31mred\u001B[0m"),
            new Case(25, "a NUL character", "Nul\u0000Byte HV25"),
            new Case(26, "zero-width characters and a byte order mark", "Zero\u200BWidth\u200CHV26\uFEFF"),
            new Case(27, "an empty name", ""),
            new Case(28, "a blank name", "   "),
            new Case(29, "HTML and script", "<script>alert('HV29')</script>"),
            new Case(30, "format strings and a lookup", "%s %n %d {0} ${jndi:ldap://x/HV30}"),
            new Case(31, "line and paragraph separators", "Line\u2028Sep\u2029HV31"),
            new Case(32, "a 255-character name whose key grows past 255", longName("HV32", 'a')),
            new Case(33, "a 255-character name whose key differs from HV32's only after 255 characters",
                    longName("HV33", 'b')),
            new Case(34, "255 CJK characters", "HV34" + "東".repeat(251)),
            new Case(35, "about 1 MB of notes", "HV35 " + "Lorem ipsum dolor sit amet. ".repeat(35_000)),
            new Case(36, "60,000 characters with control characters", "HV36" + "\u0001\u001F\t".repeat(20_000)));

    private HostileValues() {}

    private static String longName(String marker, char last) {
        String body = "A&B ".repeat(62);
        String name = body + marker;
        return name + String.valueOf(last).repeat(255 - name.length());
    }

    /**
     * Returns every case, in number order.
     *
     * @return the cases, at least 30
     */
    public static List<Case> cases() {
        return CASES;
    }

    /**
     * Returns the cases a database can hold.
     *
     * @param vendor the database
     * @return the cases whose value {@link Case#storableOn(DatabaseVendor) it stores}
     */
    public static List<Case> cases(DatabaseVendor vendor) {
        requireNonNull(vendor, "vendor");
        return CASES.stream().filter(c -> c.storableOn(vendor)).toList();
    }

    /**
     * Returns the id of the {@code technology_vendors} row of a case.
     *
     * @param c the case
     * @return {@link #FIRST_VENDOR_ID} plus the case's number
     */
    public static long vendorId(Case c) {
        return FIRST_VENDOR_ID + c.number();
    }

    /**
     * Returns the corpus as legacy rows, every value included; inserting it into a database that cannot hold a
     * value fails with the table, row and column named.
     *
     * @return new legacy rows
     */
    public static LegacyData legacyData() {
        return legacyData(CASES);
    }

    /**
     * Returns the corpus as legacy rows, leaving out the values a database cannot hold.
     *
     * @param vendor the database
     * @return new legacy rows
     */
    public static LegacyData legacyData(DatabaseVendor vendor) {
        return legacyData(cases(vendor));
    }

    private static LegacyData legacyData(List<Case> cases) {
        LegacyData data = new LegacyData();
        List<Case> titled = new ArrayList<>();
        for (Case c : cases) {
            data.vendor(vendorId(c), c.nameValue(), v -> v.notes(c.value())
                    .website(c.value().length() <= 255 ? c.value() : null));
            if (c.value().length() <= 255) {
                titled.add(c);
            }
        }
        data.client(9001, "Hostile Client HV90", c -> c.relationshipStrength("STRONG'; --")
                .clientPriority("\uFF28\uFF29\uFF27\uFF28").relationshipNotes("Notes '; DROP TABLE x; -- HV90")
                .lastContactDate(LocalDate.of(2024, 5, 1)).nextContactDate(LocalDate.of(2020, 1, 1)));
        data.client(9002, "Hostile Client HV91", c -> c.relationshipStrength("Very Strong").clientPriority(" low\t")
                .lastContactDate(LocalDate.of(9999, 12, 31)));
        data.owner(9001, "Hostile Owner HV92", o -> o.companyType("'; DROP TABLE x; -- HV92"));
        data.person(PERSON_ID, "Hostile Person O'Neil HV93");
        String[] entityTypes = {"VENDOR", " Vendor\t", "vendor'; --", "\uD83D\uDE80", "Project", ""};
        long relationshipId = 9000;
        for (int i = 0; i < titled.size(); i++) {
            Case c = titled.get(i);
            long vendorId = vendorId(c);
            data.personAt(relationshipId++, PERSON_ID, "vendor", vendorId, a -> a.title(c.value()));
        }
        long firstVendor = vendorId(cases.get(0));
        for (String entityType : entityTypes) {
            data.personAt(relationshipId++, PERSON_ID, entityType, firstVendor);
        }
        data.personAt(relationshipId, PERSON_ID, "vendor", firstVendor, a -> a.title("Backwards dates HV94")
                .start(LocalDate.of(2024, 1, 1)).end(LocalDate.of(2001, 1, 1)));
        return data;
    }
}

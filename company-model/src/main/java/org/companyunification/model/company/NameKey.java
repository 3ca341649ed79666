package org.companyunification.model.company;

import static com.google.common.base.Preconditions.checkNotNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;

/**
 * The normalised form of a company name that matching compares ({@code companies.name_key}). Two names with the
 * same key are taken to name the same organisation; {@code NuScale Power}, {@code NUSCALE POWER, LLC.} and
 * {@code NuScale Power Corp} all have the key {@code nuscale power}.
 *
 * <p>{@link #of(String)} computes the key in these steps:
 * <ol>
 *   <li>Unicode NFKD decomposition, then every combining mark is removed ({@code É} becomes {@code E});</li>
 *   <li>lower case, in {@link Locale#ROOT};</li>
 *   <li>{@code &} is read as {@code " and "};</li>
 *   <li>a dotted initial, a single letter followed by a period, loses its period, so {@code S.A.}, {@code N.V.}
 *       and {@code J.P.} read as the words {@code sa}, {@code nv} and {@code jp};</li>
 *   <li>control and format characters that are not white space ({@code U+0000}, {@code U+200B} zero width
 *       space, {@code U+200D} zero width joiner, {@code U+202E} right-to-left override, ...) are ignored: they
 *       neither join nor separate words; white space, tab and line breaks included, separates words;</li>
 *   <li>each run of other characters that are not letters or digits becomes one space, and the result is
 *       trimmed;</li>
 *   <li>trailing legal-form words ({@link #LEGAL_FORMS}) are dropped repeatedly, but the last remaining word is
 *       always kept ({@code Company Inc} has the key {@code company});</li>
 *   <li>a key longer than {@value #MAX_LENGTH} characters (UTF-16 code units, so that it fits the column on
 *       every database) is never cut short, which would merge names that differ only further on: it becomes its
 *       first {@value #PREFIX_LENGTH} characters (without a trailing space), a space, and {@value #HASH_LENGTH}
 *       hexadecimal digits of the SHA-256 hash of the whole key. Equal keys still give equal forms, different
 *       keys different ones.</li>
 * </ol>
 * Abbreviations are not expanded: {@code Holtec International} and {@code Holtec Intl} keep different keys and
 * are left to duplicate review.
 *
 * @param value the key, already normalised
 */
public record NameKey(String value) {

    /** The longest key the column holds, in UTF-16 code units. */
    public static final int MAX_LENGTH = 255;

    /** How many hexadecimal digits of the hash end the key of a name whose key is longer than the column. */
    public static final int HASH_LENGTH = 16;

    /** How many characters of an over-long key are kept before its hash. */
    public static final int PREFIX_LENGTH = MAX_LENGTH - HASH_LENGTH - 1;

    /** The words read as legal forms and dropped from the end of a name. */
    public static final Set<String> LEGAL_FORMS = Set.of("inc", "incorporated", "llc", "ltd", "limited", "corp",
            "corporation", "co", "company", "plc", "gmbh", "ag", "sa", "nv", "bv", "lp", "llp", "pty", "srl", "spa");

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern DOTTED_INITIAL = Pattern.compile("(?<![\\p{L}\\p{Nd}])(\\p{L})\\.");

    /**
     * Wraps a key that is already normalised, for example one read from {@code companies.name_key}.
     *
     * @param value the key: lower-case letters and digits in words separated by single spaces
     * @throws NullPointerException when the value is {@code null}
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} when the value is not in
     *     normalised form; use {@link #of(String)} to compute the key of a name
     */
    public NameKey {
        checkNotNull(value, "name key must not be null");
        if (!isNormalised(value)) {
            throw new CompanyUnificationException(ErrorCode.INVALID_ARGUMENT, "'" + value
                    + "' is not a normalised name key: use NameKey.of(name) to compute the key of a name");
        }
    }

    /**
     * Computes the key of a company name.
     *
     * @param name the company name
     * @return its key
     * @throws NullPointerException when the name is {@code null}
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} when the name is blank or has
     *     no letters or digits
     */
    public static NameKey of(String name) {
        checkNotNull(name, "company name must not be null");
        if (name.isBlank()) {
            throw new CompanyUnificationException(ErrorCode.INVALID_ARGUMENT,
                    "A blank company name has no name key: got '" + name + "'");
        }
        // Checked on the name itself: '&' alone would otherwise become the key "and".
        String key = name.codePoints().anyMatch(Character::isLetterOrDigit) ? normalise(name) : "";
        if (key.isEmpty()) {
            throw new CompanyUnificationException(ErrorCode.INVALID_ARGUMENT,
                    "The company name '" + name + "' has no letters or digits to build a name key from");
        }
        return new NameKey(key);
    }

    private static String normalise(String name) {
        String text = Normalizer.normalize(name, Normalizer.Form.NFKD);
        text = COMBINING_MARKS.matcher(text).replaceAll("");
        text = text.toLowerCase(Locale.ROOT);
        text = text.replace("&", " and ");
        text = DOTTED_INITIAL.matcher(text).replaceAll("$1");
        List<String> words = new ArrayList<>(Arrays.asList(collapseSeparators(text).split(" ")));
        while (words.size() > 1 && LEGAL_FORMS.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        return fit(String.join(" ", words));
    }

    private static String collapseSeparators(String text) {
        StringBuilder result = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (isIgnored(codePoint)) {
                continue;
            }
            if (Character.isLetterOrDigit(codePoint)) {
                if (pendingSpace && result.length() > 0) {
                    result.append(' ');
                }
                pendingSpace = false;
                result.appendCodePoint(codePoint);
            } else {
                pendingSpace = true;
            }
        }
        return result.toString();
    }

    private static boolean isIgnored(int codePoint) {
        int type = Character.getType(codePoint);
        return (type == Character.CONTROL || type == Character.FORMAT) && !Character.isWhitespace(codePoint);
    }

    private static String fit(String key) {
        if (key.length() <= MAX_LENGTH) {
            return key;
        }
        int end = PREFIX_LENGTH;
        if (Character.isHighSurrogate(key.charAt(end - 1))) {
            end--;
        }
        return key.substring(0, end).strip() + " " + hash(key);
    }

    private static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static boolean isNormalised(String value) {
        if (value.isEmpty() || value.length() > MAX_LENGTH
                || !value.equals(value.toLowerCase(Locale.ROOT))) {
            return false;
        }
        boolean previousSpace = true;
        for (int i = 0; i < value.length(); ) {
            int codePoint = value.codePointAt(i);
            i += Character.charCount(codePoint);
            boolean space = codePoint == ' ';
            if (space ? previousSpace : !Character.isLetterOrDigit(codePoint)) {
                return false;
            }
            previousSpace = space;
        }
        return !previousSpace;
    }

    @Override
    public String toString() {
        return value;
    }
}

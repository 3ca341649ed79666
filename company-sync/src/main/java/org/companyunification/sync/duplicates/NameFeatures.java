package org.companyunification.sync.duplicates;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.companyunification.model.company.NameKey;

/**
 * What the search compares of a company name: the words of its name key (without joining words such as
 * {@code and} or {@code of}), its distinctive words (without {@link OrganisationWords#GENERIC generic} ones), the
 * key without spaces, and its acronym forms.
 *
 * @param key the name key
 * @param words the words of the key without stop words, in order (the key's words when it has only stop words)
 * @param core the distinctive words: {@code words} without generic words
 * @param compact the key without spaces
 * @param shortForms the acronyms the name may be ({@code pge} for {@code PG&E}, {@code tva} for {@code TVA}):
 *     a key of letters one or two at a time, or a name of one word in capitals, of 2 to 8 letters
 * @param longForms the acronyms of a name of two or more words that is not itself an acronym: the initials
 *     with and without joining words and legal forms, and the first short word followed by the initials of the
 *     others ({@code bwxt} for {@code BWX Technologies})
 */
record NameFeatures(String key, List<String> words, Set<String> core, String compact, Set<String> shortForms,
        Set<String> longForms) {

    private static final int MIN_ACRONYM = 2;
    private static final int MAX_ACRONYM = 8;

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{Nd}]+");

    static NameFeatures of(String name, String key) {
        List<String> keyWords = List.of(key.split(" "));
        List<String> words = keyWords.stream().filter(w -> !OrganisationWords.STOP_WORDS.contains(w)).toList();
        if (words.isEmpty()) {
            words = keyWords;
        }
        Set<String> core = new LinkedHashSet<>();
        words.stream().filter(w -> !OrganisationWords.isGeneric(w)).forEach(core::add);
        Set<String> shortForms = shortForms(name, words);
        // A name that is an acronym has no acronym of its own: PG&E is not the acronym of anything.
        return new NameFeatures(key, words, Set.copyOf(core), key.replace(" ", ""), shortForms,
                shortForms.isEmpty() ? longForms(name, keyWords, words) : Set.of());
    }

    private static Set<String> shortForms(String name, List<String> words) {
        Set<String> forms = new LinkedHashSet<>();
        String joined = String.join("", words);
        boolean letterGroups = words.size() > 1 && words.stream().allMatch(w -> w.length() <= 2);
        boolean capitals = words.size() == 1 && name.codePoints().filter(Character::isLetter)
                .allMatch(Character::isUpperCase);
        if ((letterGroups || capitals) && joined.length() >= MIN_ACRONYM && joined.length() <= MAX_ACRONYM) {
            forms.add(joined);
        }
        return Set.copyOf(forms);
    }

    private static Set<String> longForms(String name, List<String> keyWords, List<String> words) {
        if (words.size() < 2) {
            return Set.of();
        }
        Set<String> forms = new LinkedHashSet<>();
        List<String> rawWords = rawWords(name);
        forms.add(initials(rawWords.stream().filter(w -> !OrganisationWords.STOP_WORDS.contains(w)).toList()));
        forms.add(initials(words));
        forms.add(initials(keyWords));
        if (words.get(0).length() <= 3) {
            forms.add(words.get(0) + initials(words.subList(1, words.size())));
        }
        forms.removeIf(form -> form.length() < MIN_ACRONYM || form.length() > MAX_ACRONYM);
        return Set.copyOf(forms);
    }

    /** The words of the name itself, legal forms included: {@code Ultra Safe Nuclear Corporation} has four. */
    private static List<String> rawWords(String name) {
        String text = Normalizer.normalize(name, Normalizer.Form.NFKD);
        text = COMBINING_MARKS.matcher(text).replaceAll("").toLowerCase(Locale.ROOT).replace("&", " and ")
                .replace(".", "").replace("'", "");
        return Arrays.stream(NOT_WORD.split(text)).filter(w -> !w.isEmpty()).toList();
    }

    private static String initials(List<String> words) {
        StringBuilder initials = new StringBuilder(words.size());
        words.forEach(w -> initials.appendCodePoint(w.codePointAt(0)));
        return initials.toString();
    }

    /** The features of a name whose key is computed here ({@link NameKey#of}). */
    static NameFeatures of(String name) {
        return of(name, NameKey.of(name).value());
    }

    /** The acronym forms that one name's short forms share with the other's long forms, either way round. */
    static List<String> sharedAcronyms(NameFeatures a, NameFeatures b) {
        List<String> shared = new ArrayList<>();
        a.shortForms.stream().filter(b.longForms::contains).forEach(shared::add);
        b.shortForms.stream().filter(a.longForms::contains).forEach(shared::add);
        return shared;
    }
}

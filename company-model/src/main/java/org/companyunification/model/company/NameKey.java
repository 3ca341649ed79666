package org.companyunification.model.company;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Normalised company-name matching key (provisional). */
public record NameKey(String value) {
    private static final Set<String> LEGAL = Set.of("inc", "incorporated", "llc", "ltd", "limited", "corp",
            "corporation", "co", "company", "plc", "gmbh", "ag", "sa", "nv", "bv", "lp", "llp", "pty", "srl", "spa");

    public static NameKey of(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("blank name");
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT).replace("&", " and ");
        s = s.replaceAll("[^\\p{L}\\p{Nd}]+", " ").strip();
        List<String> words = new ArrayList<>(Arrays.asList(s.split(" ")));
        while (words.size() > 1 && LEGAL.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        String key = String.join(" ", words);
        return new NameKey(key.length() > 255 ? key.substring(0, 255) : key);
    }
}

package org.companyunification.sync.duplicates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which pairs of companies are compared at all. Companies are put in blocks by keys they share, and only
 * companies of the same block are compared:
 * <ul>
 *   <li>the {@value #WORDS_PER_COMPANY} rarest distinctive words of the name (its rarest words when it has no
 *       distinctive one);</li>
 *   <li>the web site domain and the e-mail domain (one block per domain, so that one company's e-mail domain
 *       meets another's web site);</li>
 *   <li>the acronyms of a name that are another name's short form ({@code pge} holds {@code PG&E} and
 *       {@code Pacific Gas and Electric});</li>
 * </ul>
 * and, to find spellings that differ by a letter, each company is also compared with its {@value #WINDOW}
 * neighbours in the order of the keys without spaces, and in the order of those keys written backwards. A block
 * of more companies than the limit compares nothing: a word or domain that common says little, and comparing all
 * its pairs would cost the square of its size.
 */
final class Blocking {

    static final int WORDS_PER_COMPANY = 2;
    static final int WINDOW = 3;

    private final List<CompanyRecord> companies;
    private final TokenWeights weights;
    private final int maxBlockSize;
    private int oversizedBlocks;

    Blocking(List<CompanyRecord> companies, TokenWeights weights, int maxBlockSize) {
        this.companies = companies;
        this.weights = weights;
        this.maxBlockSize = maxBlockSize;
    }

    /** The pairs to compare, as {@code first << 32 | second} of their indexes, first < second, sorted, unique. */
    long[] pairs() {
        PairCodes pairs = new PairCodes();
        for (List<Integer> block : blocks().values()) {
            if (block.size() > maxBlockSize) {
                oversizedBlocks++;
                continue;
            }
            for (int i = 0; i < block.size(); i++) {
                for (int j = i + 1; j < block.size(); j++) {
                    pairs.add(block.get(i), block.get(j));
                }
            }
        }
        String[] forwards = new String[companies.size()];
        String[] backwards = new String[companies.size()];
        for (int i = 0; i < forwards.length; i++) {
            forwards[i] = companies.get(i).features().compact();
            backwards[i] = new StringBuilder(forwards[i]).reverse().toString();
        }
        neighbours(Comparator.comparing(i -> forwards[i]), pairs);
        neighbours(Comparator.comparing(i -> backwards[i]), pairs);
        return pairs.sortedUnique();
    }

    int oversizedBlocks() {
        return oversizedBlocks;
    }

    private Map<String, List<Integer>> blocks() {
        Set<String> shortForms = new HashSet<>();
        companies.forEach(company -> shortForms.addAll(company.features().shortForms()));
        Map<String, List<Integer>> blocks = new HashMap<>();
        for (int index = 0; index < companies.size(); index++) {
            CompanyRecord company = companies.get(index);
            Set<String> keys = new HashSet<>();
            rarestWords(company.features()).forEach(word -> keys.add("w:" + word));
            if (company.websiteDomain() != null) {
                keys.add("d:" + company.websiteDomain());
            }
            if (company.emailDomain() != null) {
                keys.add("d:" + company.emailDomain());
            }
            company.features().shortForms().forEach(form -> keys.add("a:" + form));
            company.features().longForms().stream().filter(shortForms::contains).forEach(form -> keys.add("a:"
                    + form));
            for (String key : keys) {
                blocks.computeIfAbsent(key, k -> new ArrayList<>(2)).add(index);
            }
        }
        return blocks;
    }

    private List<String> rarestWords(NameFeatures features) {
        List<String> words = new ArrayList<>(new LinkedHashSet<>(features.core().isEmpty() ? features.words()
                : features.core()));
        words.sort(Comparator.comparingInt(weights::frequency).thenComparing(Comparator.naturalOrder()));
        List<String> rarest = new ArrayList<>(WORDS_PER_COMPANY);
        for (String word : words) {
            // A word held by more companies than a block may hold would only make an oversized block.
            if (rarest.size() < WORDS_PER_COMPANY && weights.frequency(word) <= maxBlockSize) {
                rarest.add(word);
            }
        }
        if (rarest.isEmpty() && !words.isEmpty()) {
            rarest.add(words.get(0));
        }
        return rarest;
    }

    private void neighbours(Comparator<Integer> order, PairCodes pairs) {
        Integer[] indexes = new Integer[companies.size()];
        Arrays.setAll(indexes, i -> i);
        Arrays.sort(indexes, order);
        for (int i = 0; i < indexes.length; i++) {
            for (int j = i + 1; j < Math.min(indexes.length, i + 1 + WINDOW); j++) {
                pairs.add(indexes[i], indexes[j]);
            }
        }
    }

    /** A growing array of pair codes. */
    private static final class PairCodes {

        private long[] codes = new long[1024];
        private int size;

        void add(int a, int b) {
            if (a == b) {
                return;
            }
            if (size == codes.length) {
                codes = Arrays.copyOf(codes, codes.length * 2);
            }
            codes[size++] = (long) Math.min(a, b) << 32 | Math.max(a, b);
        }

        long[] sortedUnique() {
            long[] sorted = Arrays.copyOf(codes, size);
            Arrays.sort(sorted);
            int unique = 0;
            for (int i = 0; i < sorted.length; i++) {
                if (unique == 0 || sorted[i] != sorted[unique - 1]) {
                    sorted[unique++] = sorted[i];
                }
            }
            return Arrays.copyOf(sorted, unique);
        }
    }
}

package org.companyunification.sync.duplicates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.commons.text.similarity.CosineSimilarity;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Scores a pair of companies. Each rule gives name evidence from 0 to 1 and the strongest counts:
 * <ul>
 *   <li>{@link ReasonCode#TOKEN_SIMILARITY}: the cosine similarity of the names' words weighted by {@link
 *       TokenWeights}; a word that differs by a letter or two (Jaro-Winkler at least {@value #SOFT_WORD}) counts
 *       as {@value #SOFT_SHARE} of a shared word. Names with the same distinctive words (what remains without
 *       generic words), not all of them {@link OrganisationWords#QUALIFIERS qualifiers}, give
 *       {@value #SAME_CORE};</li>
 *   <li>{@link ReasonCode#CONTAINED_NAME}: the words of one name are all in the other, and the other adds only
 *       generic words: {@value #CONTAINED};</li>
 *   <li>{@link ReasonCode#ACRONYM}: one name is an acronym of the other, {@value #ACRONYM} (of two letters,
 *       {@value #SHORT_ACRONYM});</li>
 *   <li>{@link ReasonCode#NAME_SIMILARITY}: the keys without spaces are equal, {@value #SAME_LETTERS}, or close
 *       (Jaro-Winkler at least {@value #CLOSE_KEYS} read forwards and backwards), that similarity times
 *       {@value #CLOSE_SHARE}.</li>
 * </ul>
 * The same web site domain and the same e-mail domain are independent evidence; the score combines them with the
 * name evidence as {@code 1 - (1 - name) * (1 - website) * (1 - email)}, with {@value #WEBSITE} for the same web
 * site domain and {@value #EMAIL} for the same e-mail domain (or one's e-mail domain the other's web site).
 * Contact data that disagrees is evidence against: when both companies have a web site and the domains differ,
 * the score is multiplied by {@value #DIFFERENT_DOMAIN}, and again when both have an e-mail address and the
 * domains differ (free-mail addresses are not counted either way).
 */
final class PairScorer {

    static final double SOFT_WORD = 0.9;
    static final double SOFT_SHARE = 0.8;
    static final double SAME_CORE = 0.88;
    static final double CONTAINED = 0.92;
    static final double ACRONYM = 0.9;
    static final double SHORT_ACRONYM = 0.75;
    static final double SAME_LETTERS = 0.95;
    static final double CLOSE_KEYS = 0.92;
    static final double CLOSE_SHARE = 0.8;
    static final double WEBSITE = 0.6;
    static final double EMAIL = 0.5;
    static final double DIFFERENT_DOMAIN = 0.9;

    /** Name evidence below this is not listed as a reason, unless it is the only name evidence. */
    private static final double LISTED = 0.5;

    private static final int SCALE = 1000;

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final CosineSimilarity COSINE = new CosineSimilarity();

    private final TokenWeights weights;
    private final Map<NameFeatures, Map<CharSequence, Integer>> vectors = new IdentityHashMap<>();

    PairScorer(TokenWeights weights) {
        this.weights = weights;
    }

    /** The score of a pair and its reasons, strongest first. */
    record Score(double score, List<MatchReason> reasons) {}

    /** Name evidence; its reason is written only for a pair that becomes a candidate. */
    private record Evidence(double value, Supplier<MatchReason> reason) {}

    Score score(CompanyRecord a, CompanyRecord b) {
        return score(a, b, 0);
    }

    /**
     * Scores a pair; the reasons are written only when the score reaches {@code listFrom} (an empty list below).
     */
    Score score(CompanyRecord a, CompanyRecord b, double listFrom) {
        NameFeatures x = a.features();
        NameFeatures y = b.features();
        List<Evidence> name = new ArrayList<>();
        tokens(x, y, name);
        acronym(x, y, name);
        letters(x, y, name);
        name.sort(Comparator.comparingDouble(Evidence::value).reversed());
        double nameEvidence = name.isEmpty() ? 0 : name.get(0).value();
        List<Supplier<MatchReason>> reasons = new ArrayList<>();
        for (int i = 0; i < name.size(); i++) {
            if (i == 0 || name.get(i).value() >= LISTED) {
                reasons.add(name.get(i).reason());
            }
        }
        double doubt = 1 - nameEvidence;
        double against = 1;
        if (a.websiteDomain() != null && a.websiteDomain().equals(b.websiteDomain())) {
            doubt *= 1 - WEBSITE;
            reasons.add(() -> new MatchReason(ReasonCode.SAME_WEBSITE_DOMAIN, "both web sites are on "
                    + a.websiteDomain()));
        } else if (a.websiteDomain() != null && b.websiteDomain() != null) {
            against *= DIFFERENT_DOMAIN;
            reasons.add(() -> new MatchReason(ReasonCode.DIFFERENT_WEBSITE_DOMAINS, "the web sites differ: "
                    + a.websiteDomain() + ", " + b.websiteDomain()));
        }
        String email = sharedEmailDomain(a, b);
        if (email != null) {
            doubt *= 1 - EMAIL;
            reasons.add(() -> new MatchReason(ReasonCode.SAME_EMAIL_DOMAIN, email));
        } else if (a.emailDomain() != null && b.emailDomain() != null) {
            against *= DIFFERENT_DOMAIN;
            reasons.add(() -> new MatchReason(ReasonCode.DIFFERENT_EMAIL_DOMAINS, "the e-mail domains differ: "
                    + a.emailDomain() + ", " + b.emailDomain()));
        }
        double score = Math.max(0, Math.min(1, Math.round((1 - doubt) * against * SCALE) / (double) SCALE));
        return new Score(score, score >= listFrom ? reasons.stream().map(Supplier::get).toList() : List.of());
    }

    private void tokens(NameFeatures x, NameFeatures y, List<Evidence> evidence) {
        Map<CharSequence, Integer> first = vector(x);
        Map<CharSequence, Integer> second = vector(y);
        Set<String> softlyMatched = null;
        List<String> shared = new ArrayList<>();
        for (CharSequence word : second.keySet()) {
            if (first.containsKey(word)) {
                shared.add(word.toString());
            }
        }
        if (shared.size() < second.size()) {
            // Words of the second name that the first lacks may be the first's words spelt differently.
            Map<CharSequence, Integer> turned = null;
            for (CharSequence word : second.keySet()) {
                if (first.containsKey(word)) {
                    continue;
                }
                if (softlyMatched == null) {
                    softlyMatched = new HashSet<>();
                }
                String close = closestWord(word.toString(), first.keySet(), second.keySet(), softlyMatched);
                if (close != null) {
                    // The word is turned partly towards its close match: its length stays, a share of it is shared.
                    if (turned == null) {
                        turned = new HashMap<>(second);
                    }
                    softlyMatched.add(close);
                    int weight = second.get(word);
                    turned.put(close, (int) Math.round(weight * SOFT_SHARE));
                    turned.put(word, (int) Math.round(weight * Math.sqrt(1 - SOFT_SHARE * SOFT_SHARE)));
                    shared.add(close + "~" + word);
                }
            }
            if (turned != null) {
                second = turned;
            }
        }
        double cosine = shared.isEmpty() ? 0 : COSINE.cosineSimilarity(first, second);
        if (cosine > 0) {
            evidence.add(new Evidence(cosine, () -> {
                List<String> words = new ArrayList<>(shared);
                words.sort(null);
                return new MatchReason(ReasonCode.TOKEN_SIMILARITY, String.format(Locale.ROOT,
                        "words in common: %s (weighted cosine %.2f)", String.join(", ", words), cosine));
            }));
        }
        if (!x.core().isEmpty() && x.core().equals(y.core())) {
            Set<String> firstWords = first.keySet().stream().map(CharSequence::toString).collect(Collectors.toSet());
            Set<String> secondWords = vector(y).keySet().stream().map(CharSequence::toString)
                    .collect(Collectors.toSet());
            if (firstWords.containsAll(secondWords) || secondWords.containsAll(firstWords)) {
                NameFeatures shorter = firstWords.size() <= secondWords.size() ? x : y;
                NameFeatures longer = shorter == x ? y : x;
                List<String> added = longer.words().stream().filter(w -> !shorter.words().contains(w)).toList();
                if (!added.isEmpty()) {
                    evidence.add(new Evidence(CONTAINED, () -> new MatchReason(ReasonCode.CONTAINED_NAME, "'"
                            + shorter.key() + "' is contained in '" + longer.key() + "', which adds only generic"
                            + " words (" + String.join(", ", added) + ")")));
                }
            } else if (!x.core().stream().allMatch(OrganisationWords::isQualifier)) {
                evidence.add(new Evidence(SAME_CORE, () -> new MatchReason(ReasonCode.TOKEN_SIMILARITY,
                        "the same distinctive words: " + String.join(" ", x.words().stream()
                                .filter(x.core()::contains).toList()))));
            }
        }
    }

    /** The words of a name with their weights, scaled to whole numbers, computed once a name. */
    private Map<CharSequence, Integer> vector(NameFeatures features) {
        return vectors.computeIfAbsent(features, f -> {
            Map<CharSequence, Integer> vector = new HashMap<>();
            f.words().forEach(word -> vector.put(word, Math.max(1, (int) Math.round(weights.weight(word) * SCALE))));
            return Map.copyOf(vector);
        });
    }

    private static String closestWord(String word, Set<CharSequence> candidates, Set<CharSequence> own,
            Set<String> taken) {
        String best = null;
        double bestSimilarity = SOFT_WORD;
        for (CharSequence candidate : candidates) {
            if (own.contains(candidate) || taken.contains(candidate.toString())
                    || Math.min(word.length(), candidate.length()) < 4) {
                continue;
            }
            double similarity = JARO_WINKLER.apply(word, candidate);
            if (similarity >= bestSimilarity) {
                best = candidate.toString();
                bestSimilarity = similarity;
            }
        }
        return best;
    }

    private static void acronym(NameFeatures x, NameFeatures y, List<Evidence> evidence) {
        for (String form : NameFeatures.sharedAcronyms(x, y)) {
            NameFeatures full = x.shortForms().contains(form) ? y : x;
            evidence.add(new Evidence(form.length() >= 3 ? ACRONYM : SHORT_ACRONYM, () -> new MatchReason(
                    ReasonCode.ACRONYM, "'" + form + "' is an acronym of '" + full.key() + "'")));
            return;
        }
    }

    private static void letters(NameFeatures x, NameFeatures y, List<Evidence> evidence) {
        if (x.compact().equals(y.compact())) {
            if (!x.key().equals(y.key())) {
                evidence.add(new Evidence(SAME_LETTERS, () -> new MatchReason(ReasonCode.NAME_SIMILARITY,
                        "the same letters apart from spaces: '" + x.key() + "' and '" + y.key() + "'")));
            }
            return;
        }
        int shorter = Math.min(x.compact().length(), y.compact().length());
        int longer = Math.max(x.compact().length(), y.compact().length());
        if (shorter < 4 || shorter < 0.75 * longer) {
            return;
        }
        // Jaro-Winkler rewards a common beginning; read backwards too, two names that only begin alike (a long
        // shared first word, different last words) are not close spellings.
        double similarity = Math.min(JARO_WINKLER.apply(x.compact(), y.compact()),
                JARO_WINKLER.apply(reversed(x.compact()), reversed(y.compact())));
        if (similarity >= CLOSE_KEYS) {
            evidence.add(new Evidence(similarity * CLOSE_SHARE, () -> new MatchReason(ReasonCode.NAME_SIMILARITY,
                    String.format(Locale.ROOT, "close spellings: '%s' and '%s' (Jaro-Winkler %.2f)", x.key(),
                            y.key(), similarity))));
        }
    }

    private static String reversed(String text) {
        return new StringBuilder(text).reverse().toString();
    }

    private static String sharedEmailDomain(CompanyRecord a, CompanyRecord b) {
        if (a.emailDomain() != null && a.emailDomain().equals(b.emailDomain())) {
            return "both e-mail addresses are on " + a.emailDomain();
        }
        if (a.emailDomain() != null && a.emailDomain().equals(b.websiteDomain())) {
            return "the e-mail domain of one is the web site of the other: " + a.emailDomain();
        }
        if (b.emailDomain() != null && b.emailDomain().equals(a.websiteDomain())) {
            return "the e-mail domain of one is the web site of the other: " + b.emailDomain();
        }
        return null;
    }
}

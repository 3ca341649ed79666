package org.companyunification.sync.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.companyunification.model.company.NameKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of the default thresholds on the labelled pairs of {@code duplicates/labelled-pairs.csv}.
 * Every name of the set is one company of one search, blocking included, so a pair the blocking never compares
 * counts as missed.
 */
class LabelledPairsTest {

    private static final String RESOURCE = "/duplicates/labelled-pairs.csv";

    private static List<LabelledPair> pairs;
    private static Map<String, DuplicateCandidate> found;

    private record LabelledPair(String name, String otherName, boolean same) {}

    /** Precision and recall of one way of reading the candidates. */
    record Figures(int truePositives, int falsePositives, int falseNegatives) {

        double precision() {
            return truePositives == 0 ? 0 : truePositives / (double) (truePositives + falsePositives);
        }

        double recall() {
            return truePositives == 0 ? 0 : truePositives / (double) (truePositives + falseNegatives);
        }
    }

    @BeforeAll
    static void searchTheLabelledNames() throws IOException {
        pairs = read();
        Map<String, Long> ids = new LinkedHashMap<>();
        pairs.forEach(pair -> {
            ids.putIfAbsent(pair.name(), ids.size() + 1L);
            ids.putIfAbsent(pair.otherName(), ids.size() + 1L);
        });
        List<CompanyRecord> companies = new ArrayList<>();
        ids.forEach((name, id) -> companies.add(CompanyRecord.of(id, name, NameKey.of(name).value(), null, null)));
        CandidateSearch.Outcome outcome = new CandidateSearch(DuplicateFinder.DEFAULT_STRONG_THRESHOLD,
                DuplicateFinder.DEFAULT_REVIEW_THRESHOLD, DuplicateFinder.DEFAULT_MAX_BLOCK_SIZE).run(companies);
        found = new HashMap<>();
        outcome.candidates().forEach(c -> found.put(c.companyName() + "|" + c.otherCompanyName(), c));
    }

    @Test
    void shouldHoldAtLeast80PairsOfBothKinds() {
        assertThat(pairs).hasSizeGreaterThanOrEqualTo(80);
        assertThat(pairs).filteredOn(LabelledPair::same).hasSizeGreaterThanOrEqualTo(30);
        assertThat(pairs).filteredOn(pair -> !pair.same()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(pairs).allSatisfy(pair -> assertThat(NameKey.of(pair.name()))
                .isNotEqualTo(NameKey.of(pair.otherName())));
    }

    @Test
    void shouldFindTheSameOrganisationsPreciselyAtTheDefaultThresholds() {
        Figures strong = figures(true);
        Figures any = figures(false);
        System.out.printf(Locale.ROOT, "Labelled pairs: %d (%d same organisation, %d different)%n", pairs.size(),
                pairs.stream().filter(LabelledPair::same).count(), pairs.stream().filter(p -> !p.same()).count());
        print("strong (score >= " + DuplicateFinder.DEFAULT_STRONG_THRESHOLD + ")", strong);
        print("strong or review (score >= " + DuplicateFinder.DEFAULT_REVIEW_THRESHOLD + ")", any);
        pairs.forEach(pair -> {
            DuplicateCandidate candidate = candidate(pair);
            boolean proposed = candidate != null;
            if (proposed != pair.same() || (candidate != null && candidate.band() == CandidateBand.REVIEW)) {
                System.out.printf(Locale.ROOT, "  %-9s %-50s %s%n", pair.same() ? "same" : "different",
                        pair.name() + " / " + pair.otherName(), candidate == null ? "not proposed"
                                : candidate.band() + " " + candidate.score() + " " + candidate.reasons());
            }
        });

        assertThat(strong.precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(strong.recall()).isGreaterThanOrEqualTo(0.8);
        assertThat(any.precision()).isGreaterThanOrEqualTo(0.85);
        assertThat(any.recall()).isGreaterThanOrEqualTo(0.85);
    }

    private static void print(String how, Figures figures) {
        System.out.printf(Locale.ROOT, "  %-40s precision %.3f (%d of %d), recall %.3f (%d of %d)%n", how,
                figures.precision(), figures.truePositives(), figures.truePositives() + figures.falsePositives(),
                figures.recall(), figures.truePositives(), figures.truePositives() + figures.falseNegatives());
    }

    private static Figures figures(boolean strongOnly) {
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        for (LabelledPair pair : pairs) {
            DuplicateCandidate candidate = candidate(pair);
            boolean proposed = candidate != null && (!strongOnly || candidate.band() == CandidateBand.STRONG);
            if (proposed && pair.same()) {
                truePositives++;
            } else if (proposed) {
                falsePositives++;
            } else if (pair.same()) {
                falseNegatives++;
            }
        }
        return new Figures(truePositives, falsePositives, falseNegatives);
    }

    private static DuplicateCandidate candidate(LabelledPair pair) {
        DuplicateCandidate candidate = found.get(pair.name() + "|" + pair.otherName());
        return candidate != null ? candidate : found.get(pair.otherName() + "|" + pair.name());
    }

    private static List<LabelledPair> read() throws IOException {
        try (InputStream in = LabelledPairsTest.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE).isNotNull();
            List<LabelledPair> result = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R");
            for (String line : lines) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("name,")) {
                    continue;
                }
                String[] fields = line.split(",", -1);
                assertThat(fields).as(line).hasSize(3);
                assertThat(fields[2]).as(line).isIn("same", "different");
                result.add(new LabelledPair(fields[0].strip(), fields[1].strip(), fields[2].equals("same")));
            }
            return result;
        }
    }
}

package org.companyunification.testing.generator;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** Random but repeatable values for generated rows: every value comes from a seeded {@link SplittableRandom}. */
final class RandomValues {

    static final List<String> COUNTRIES = List.of("United States", "Canada", "United Kingdom", "Germany", "France",
            "Japan", "South Korea", "Australia", "Norway", "Sweden", "Finland", "Poland", "Spain", "Netherlands",
            "Denmark", "Brazil", "South Africa", "India", "Czech Republic", "Romania");

    /** How another row of the same organisation may spell its country. */
    private static final List<String[]> COUNTRY_SPELLINGS = List.of(new String[] {"United States", "USA"},
            new String[] {"United Kingdom", "UK"}, new String[] {"Canada", "CA"}, new String[] {"Germany", "DE"},
            new String[] {"South Korea", "Korea, Republic of"}, new String[] {"Netherlands", "The Netherlands"});

    private static final long FIRST_DAY = LocalDate.of(2008, 1, 1).toEpochDay();
    private static final int DAYS = (int) (LocalDate.of(2024, 12, 31).toEpochDay() - FIRST_DAY);

    private RandomValues() {}

    /** Returns a generator for one stream of values: the same seed, stream and index give the same values. */
    static SplittableRandom random(long seed, long stream, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + stream * 0xBF58476D1CE4E5B9L + index * 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return new SplittableRandom(z ^ (z >>> 31));
    }

    static <T> T pick(SplittableRandom random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** Returns an index drawn with the given weights (which need not add up to 1). */
    static int weighted(SplittableRandom random, double[] weights) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double draw = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    static boolean chance(SplittableRandom random, double probability) {
        return random.nextDouble() < probability;
    }

    /** A day between 2008 and 2024. */
    static LocalDate date(SplittableRandom random) {
        return LocalDate.ofEpochDay(FIRST_DAY + random.nextInt(DAYS));
    }

    /** A moment between 2008 and 2024, to the second. */
    static LocalDateTime timestamp(SplittableRandom random) {
        return date(random).atStartOfDay().plusSeconds(random.nextInt(86_400));
    }

    /** A telephone number in the fictional 555 range. */
    static String phone(SplittableRandom random) {
        return String.format(Locale.ROOT, "+%d 555 %04d", 1 + random.nextInt(98), random.nextInt(10_000));
    }

    /** The country as another row of the same organisation might spell it: mostly the same. */
    static String respell(SplittableRandom random, String country) {
        if (random.nextInt(5) == 0) {
            for (String[] spelling : COUNTRY_SPELLINGS) {
                if (spelling[0].equals(country)) {
                    return spelling[1];
                }
            }
        }
        return country;
    }
}

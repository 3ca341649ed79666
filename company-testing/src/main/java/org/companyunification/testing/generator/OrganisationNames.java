package org.companyunification.testing.generator;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Invented organisation names for generated data, and the spellings under which legacy tables hold them.
 *
 * <p>A base name is a three-syllable word, a descriptor and a sector word ({@code "Norwencal Thermal Energy"},
 * {@code "Dunselmar Heat and Power Systems"}). Base names are numbered: {@link #base(long)} maps the numbers
 * {@code 0 .. capacity - 1} one to one onto the name space, through a permutation that depends on the seed, so
 * that neighbouring numbers get unrelated names and two numbers never share a matching key.
 *
 * <p>{@link #variant} rewrites a name in a way the default matching rule reads as the same organisation
 * (case, punctuation, legal-form suffixes, stray spaces, {@code &} for {@code and}, a hyphen for a space).
 * {@link #nearDuplicate(long)} gives a name one word-form away from a base name ({@code Energy} becomes
 * {@code Energies}); those sibling words never occur in base names, so a near-duplicate is always a different
 * organisation to the matching rule and never collides with another base name.
 */
final class OrganisationNames {

    private static final List<String> SYLLABLES = List.of("nor", "wen", "cal", "dun", "fen", "gar", "hal", "kel",
            "lor", "mar", "bel", "cor", "pel", "ros", "sel", "tor", "val", "ter", "mon", "vin", "sol", "rav", "tam",
            "bin", "dor", "lin", "kar", "mer", "sun", "ven", "bar", "tal");

    private static final List<String> DESCRIPTORS = List.of("Thermal", "Modular", "Atlantic", "Northern",
            "Coastal", "Valley", "Ridge", "Harbour", "Summit", "Meridian", "Crescent", "Highland", "Prairie", "Delta",
            "Pacific", "Alpine", "Heat and Power", "Light and Power", "Gas and Electric", "Water and Power");

    /** Sector words of base names, each with the sibling word-form its near-duplicates use instead. */
    private static final List<String[]> SECTORS = List.of(new String[] {"Energy", "Energies"},
            new String[] {"Systems", "System"}, new String[] {"Utilities", "Utility"},
            new String[] {"Renewables", "Renewable"}, new String[] {"Works", "Work"},
            new String[] {"Generation", "Generating"}, new String[] {"Technologies", "Technology"},
            new String[] {"Solutions", "Solution"}, new String[] {"Partners", "Partner"},
            new String[] {"Resources", "Resource"}, new String[] {"Industries", "Industry"},
            new String[] {"Fuels", "Fuel"}, new String[] {"Grid", "Grids"}, new String[] {"Reactors", "Reactor"},
            new String[] {"Turbines", "Turbine"});

    /** Legal-form suffixes the default matching rule drops, as legacy tables spell them. */
    private static final List<String> LEGAL_SUFFIXES = List.of(", Inc.", " Inc.", " Inc", " LLC", ", LLC",
            " Ltd.", " Ltd", " Limited", " GmbH", " Corp.", " Corporation", " plc", " PLC", " AG", " SA", " NV",
            " BV", " Co.");

    private static final int WORDS = SYLLABLES.size() * SYLLABLES.size() * SYLLABLES.size();

    /** How many distinct base names there are. */
    static final long CAPACITY = (long) WORDS * DESCRIPTORS.size() * SECTORS.size();

    /** A multiplier coprime with {@link #CAPACITY} (2^17 * 3 * 5^2): a prime above 5. */
    private static final long MULTIPLIER = 6_700_417L;

    private final long offset;

    OrganisationNames(long seed) {
        this.offset = Math.floorMod(seed * 0x9E3779B97F4A7C15L, CAPACITY);
    }

    /** Returns base name number {@code index}; distinct numbers give names with distinct matching keys. */
    String base(long index) {
        return compose(index, false);
    }

    /** Returns the near-duplicate of base name number {@code index}: its sector word in the sibling form. */
    String nearDuplicate(long index) {
        return compose(index, true);
    }

    /** Returns the lower-case first word of base name number {@code index}, for web sites and addresses. */
    String slug(long index) {
        return word(permute(index) / (DESCRIPTORS.size() * SECTORS.size())).toLowerCase(Locale.ROOT);
    }

    private String compose(long index, boolean sibling) {
        long p = permute(index);
        int sector = (int) (p % SECTORS.size());
        int descriptor = (int) (p / SECTORS.size() % DESCRIPTORS.size());
        long word = p / (DESCRIPTORS.size() * SECTORS.size());
        return word(word) + " " + DESCRIPTORS.get(descriptor) + " " + SECTORS.get(sector)[sibling ? 1 : 0];
    }

    private long permute(long index) {
        if (index < 0 || index >= CAPACITY) {
            throw new IllegalArgumentException("organisation number out of range 0.." + (CAPACITY - 1) + ": " + index);
        }
        return (index * MULTIPLIER + offset) % CAPACITY;
    }

    private static String word(long number) {
        int size = SYLLABLES.size();
        String text = SYLLABLES.get((int) (number % size)) + SYLLABLES.get((int) (number / size % size))
                + SYLLABLES.get((int) (number / size / size % size));
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /**
     * Rewrites a name as a legacy table might hold it, keeping its matching key: one of upper case, lower case,
     * a legal-form suffix, stray spaces, {@code &} for {@code and} (or the reverse), or a hyphen for the first
     * space, and now and then two of them.
     */
    static String variant(String name, SplittableRandom random) {
        String result = rewrite(name, random.nextInt(7), random);
        if (random.nextInt(4) == 0) {
            result = rewrite(result, random.nextInt(3) + 2, random);
        }
        return result;
    }

    private static String rewrite(String name, int kind, SplittableRandom random) {
        return switch (kind) {
            case 0 -> name.toUpperCase(Locale.ROOT);
            case 1 -> name.toLowerCase(Locale.ROOT);
            case 2 -> name + LEGAL_SUFFIXES.get(random.nextInt(LEGAL_SUFFIXES.size()));
            case 3 -> switch (random.nextInt(3)) {
                case 0 -> " " + name + " ";
                case 1 -> name.replace(" ", "  ");
                default -> name + "   ";
            };
            case 4 -> name.contains(" and ") ? name.replace(" and ", " & ")
                    : name.contains(" & ") ? name.replace(" & ", " and ")
                    : name + LEGAL_SUFFIXES.get(random.nextInt(LEGAL_SUFFIXES.size()));
            case 5 -> name.replaceFirst(" ", "-");
            default -> name.toUpperCase(Locale.ROOT) + LEGAL_SUFFIXES.get(random.nextInt(LEGAL_SUFFIXES.size()))
                    .toUpperCase(Locale.ROOT);
        };
    }
}

package org.companyunification.testing.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.companyunification.model.company.NameKey;
import org.junit.jupiter.api.Test;

class OrganisationNamesTest {

    private static final int NAMES = 50_000;

    @Test
    void shouldGiveEveryNumberANameWithItsOwnMatchingKey() {
        // given
        OrganisationNames names = new OrganisationNames(7);

        // when
        Set<String> keys = new HashSet<>();
        for (long i = 0; i < NAMES; i++) {
            keys.add(NameKey.of(names.base(i)).value());
        }

        // then
        assertThat(keys).hasSize(NAMES);
    }

    @Test
    void shouldSpellVariantsThatTheMatchingRuleJoinsToTheirName() {
        // given
        OrganisationNames names = new OrganisationNames(11);
        SplittableRandom random = new SplittableRandom(3);

        for (long i = 0; i < 5_000; i++) {
            String name = names.base(i);
            String key = NameKey.of(name).value();
            for (int v = 0; v < 5; v++) {
                // when
                String variant = OrganisationNames.variant(name, random);

                // then
                assertThat(NameKey.of(variant).value()).as("%s as %s", name, variant).isEqualTo(key);
            }
        }
    }

    @Test
    void shouldSpellVariantsOfEveryKind() {
        // given
        OrganisationNames names = new OrganisationNames(5);
        SplittableRandom random = new SplittableRandom(9);
        Set<String> seen = new HashSet<>();

        // when
        for (long i = 0; i < 2_000; i++) {
            String name = names.base(i);
            String variant = OrganisationNames.variant(name, random);
            if (variant.equals(variant.toUpperCase()) && !name.equals(variant)) {
                seen.add("upper");
            }
            if (variant.equals(variant.toLowerCase())) {
                seen.add("lower");
            }
            if (variant.contains("  ") || variant.startsWith(" ") || variant.endsWith(" ")) {
                seen.add("spaces");
            }
            if (variant.contains("&")) {
                seen.add("ampersand");
            }
            if (variant.contains("-")) {
                seen.add("hyphen");
            }
            if (variant.matches("(?i).*(inc\\.?|llc|ltd\\.?|gmbh|corp\\.|corporation|plc|ag|sa|nv|bv|co\\.|limited)")) {
                seen.add("legal suffix");
            }
        }

        // then
        assertThat(seen).containsExactlyInAnyOrder("upper", "lower", "spaces", "ampersand", "hyphen",
                "legal suffix");
    }

    @Test
    void shouldNameNearDuplicatesSoThatTheyMatchNoOtherOrganisation() {
        // given
        OrganisationNames names = new OrganisationNames(7);
        Set<String> baseKeys = new HashSet<>();
        for (long i = 0; i < NAMES; i++) {
            baseKeys.add(NameKey.of(names.base(i)).value());
        }

        for (long i = 0; i < NAMES; i += 7) {
            // when
            String nearDuplicate = names.nearDuplicate(i);

            // then
            assertThat(baseKeys.contains(NameKey.of(nearDuplicate).value())).as(nearDuplicate).isFalse();
            assertThat(nearDuplicate.substring(0, nearDuplicate.lastIndexOf(' ')))
                    .isEqualTo(names.base(i).substring(0, names.base(i).lastIndexOf(' ')));
        }
    }

    @Test
    void shouldNameTheSameNumberAlikeForTheSameSeedAndDifferentlyForAnother() {
        assertThat(new OrganisationNames(1).base(123)).isEqualTo(new OrganisationNames(1).base(123));
        assertThat(new OrganisationNames(1).base(123)).isNotEqualTo(new OrganisationNames(2).base(123));
    }

    @Test
    void shouldRefuseANumberOutsideTheNameSpace() {
        OrganisationNames names = new OrganisationNames(1);
        assertThatThrownBy(() -> names.base(OrganisationNames.CAPACITY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out of range");
        assertThat(names.base(OrganisationNames.CAPACITY - 1)).isNotBlank();
    }
}

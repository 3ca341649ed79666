package org.companyunification.model.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeyTest {

    @Test
    void shouldGiveSpellingsOfNuScaleTheSameKey() {
        assertThat(NameKey.of("NuScale Power").value()).isEqualTo("nuscale power");
        assertThat(NameKey.of("NUSCALE POWER, LLC.")).isEqualTo(NameKey.of("NuScale Power"));
        assertThat(NameKey.of("NuScale Power Corp")).isEqualTo(NameKey.of("NuScale Power"));
    }

    @Test
    void shouldReadAHyphenAsASpace() {
        assertThat(NameKey.of("GE-Hitachi Nuclear Energy")).isEqualTo(NameKey.of("GE Hitachi Nuclear Energy"));
        assertThat(NameKey.of("GE Hitachi Nuclear Energy").value()).isEqualTo("ge hitachi nuclear energy");
    }

    @Test
    void shouldKeepTheLastWordEvenWhenItIsALegalForm() {
        assertThat(NameKey.of("Company Inc").value()).isEqualTo("company");
        assertThat(NameKey.of("Co. Ltd.").value()).isEqualTo("co");
    }

    @Test
    void shouldRemoveDiacriticsAndDottedLegalForms() {
        assertThat(NameKey.of("Électricité de France S.A.").value()).isEqualTo("electricite de france");
    }

    @Test
    void shouldReadAnAmpersandAsAnd() {
        assertThat(NameKey.of("AT&T").value()).isEqualTo("at and t");
        assertThat(NameKey.of("Black & Veatch").value()).isEqualTo("black and veatch");
    }

    @Test
    void shouldKeepNearDuplicatesApart() {
        assertThat(NameKey.of("Holtec International")).isNotEqualTo(NameKey.of("Holtec Intl"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Acme Holdings Co., Ltd.        | acme holdings",
            "Siemens Energy AG              | siemens energy",
            "  Framatome   GmbH  &  Co. KG  | framatome gmbh and co kg",
            "Urenco N.V.                    | urenco",
            "E.ON                           | eon",
            "J.P. Morgan                    | jp morgan",
            "Bruce Power L.P.               | bruce power",
            "ＡＢＣ Ｅｎｅｒｇｙ             | abc energy",
            "Ontario Power Generation 2     | ontario power generation 2",
            "Westinghouse Electric Company LLC | westinghouse electric"})
    void shouldNormaliseNames(String name, String key) {
        assertThat(NameKey.of(name).value()).isEqualTo(key);
    }

    @Test
    void shouldRefuseABlankName() {
        assertThatThrownBy(() -> NameKey.of("  "))
                .isInstanceOf(CompanyUnificationException.class)
                .hasMessage("A blank company name has no name key: got '  '")
                .extracting(e -> ((CompanyUnificationException) e).errorCode())
                .isEqualTo(ErrorCode.INVALID_ARGUMENT);
    }

    @Test
    void shouldRefuseANameWithoutLettersOrDigits() {
        assertThatThrownBy(() -> NameKey.of("--- !!"))
                .isInstanceOf(CompanyUnificationException.class)
                .hasMessage("The company name '--- !!' has no letters or digits to build a name key from");
    }

    @Test
    void shouldRefuseAnAmpersandAloneThoughItReadsAsAnd() {
        assertThatThrownBy(() -> NameKey.of(" & "))
                .isInstanceOf(CompanyUnificationException.class)
                .hasMessage("The company name ' & ' has no letters or digits to build a name key from");
        assertThat(NameKey.of("AT&T").value()).isEqualTo("at and t");
    }

    @Test
    void shouldFitALongKeyIntoTheColumnWithAHashOfTheWholeKey() {
        String name = "abcd ".repeat(60);

        NameKey key = NameKey.of(name);

        assertThat(key.value()).hasSizeLessThanOrEqualTo(NameKey.MAX_LENGTH).doesNotEndWith(" ")
                .startsWith("abcd abcd").matches(".* [0-9a-f]{16}");
        assertThat(NameKey.of("  " + name.toUpperCase() + " Inc.")).isEqualTo(key);
    }

    @Test
    void shouldKeepNamesApartWhoseKeysDifferOnlyAfterTheColumnLength() {
        String common = "x".repeat(250);

        NameKey one = NameKey.of(common + " alpha");
        NameKey other = NameKey.of(common + " beta");

        assertThat(one).isNotEqualTo(other);
        assertThat(one.value()).hasSizeLessThanOrEqualTo(NameKey.MAX_LENGTH);
        assertThat(other.value()).hasSizeLessThanOrEqualTo(NameKey.MAX_LENGTH);
    }

    @Test
    void shouldKeepNamesApartWhoseKeysGrowPastTheColumnThroughAmpersandsAndDecomposition() {
        String ampersands = "a&".repeat(100);
        String ligatures = "\uFDFA".repeat(20);

        assertThat(NameKey.of(ampersands + "b")).isNotEqualTo(NameKey.of(ampersands + "c"));
        assertThat(NameKey.of(ligatures + " one")).isNotEqualTo(NameKey.of(ligatures + " two"));
        assertThat(NameKey.of(ligatures + " one").value()).hasSizeLessThanOrEqualTo(NameKey.MAX_LENGTH);
    }

    @Test
    void shouldNeverSplitASurrogatePairWhenFittingALongKey() {
        String name = "\uD840\uDC00".repeat(200);

        String key = NameKey.of(name).value();

        assertThat(key.length()).isLessThanOrEqualTo(NameKey.MAX_LENGTH);
        assertThat(key.codePoints().noneMatch(c -> Character.isSurrogate((char) c))).isTrue();
    }

    @Test
    void shouldIgnoreControlAndFormatCharactersAndReadWhiteSpaceControlsAsSpaces() {
        assertThat(NameKey.of("Acme\u0000Power").value()).isEqualTo("acmepower");
        assertThat(NameKey.of("Acme\u200BPower\u200D").value()).isEqualTo("acmepower");
        assertThat(NameKey.of("\u202EAcme\u0007 Power").value()).isEqualTo("acme power");
        assertThat(NameKey.of("Acme\tPower\r\n").value()).isEqualTo("acme power");
    }

    @Test
    void shouldRefuseANameOfOnlyControlCharacters() {
        assertThatThrownBy(() -> NameKey.of("\u0001\u0002"))
                .isInstanceOf(CompanyUnificationException.class)
                .hasMessageContaining("has no letters or digits");
    }

    @Test
    void shouldAcceptAStoredKeyAndRefuseAValueThatIsNotNormalised() {
        assertThat(new NameKey("nuscale power").value()).isEqualTo("nuscale power");
        assertThatThrownBy(() -> new NameKey("NuScale Power"))
                .isInstanceOf(CompanyUnificationException.class)
                .hasMessage("'NuScale Power' is not a normalised name key: use NameKey.of(name) to compute the key"
                        + " of a name");
        assertThatThrownBy(() -> new NameKey("nuscale  power")).isInstanceOf(CompanyUnificationException.class);
        assertThatThrownBy(() -> new NameKey("nuscale-power")).isInstanceOf(CompanyUnificationException.class);
    }
}

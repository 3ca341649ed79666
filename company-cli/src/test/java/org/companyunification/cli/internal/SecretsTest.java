package org.companyunification.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class SecretsTest {

    @Test
    void shouldMaskEveryOccurrenceOfARegisteredSecret() {
        Secrets secrets = new Secrets();
        secrets.add("hunter2");

        assertThat(secrets.mask("login hunter2 failed; hunter2 again")).isEqualTo("login **** failed; **** again");
    }

    @Test
    void shouldMaskALongerSecretWholeWhenItContainsAShorterOne() {
        Secrets secrets = new Secrets();
        secrets.add("abc");
        secrets.add("abcdef");

        assertThat(secrets.mask("x abcdef y abc")).isEqualTo("x **** y ****");
    }

    @Test
    void shouldMaskThePasswordOfAUrlRawAndDecoded() {
        Secrets secrets = new Secrets();
        secrets.addFromUrl("jdbc:postgresql://db/x?user=a&password=p%40ss&ssl=true");
        secrets.addFromUrl("jdbc:h2:file:./x;USER=sa;PASSWORD=h2secret");

        assertThat(secrets.mask("url ?password=p%40ss, typed p@ss, h2 PASSWORD=h2secret"))
                .isEqualTo("url ?password=****, typed ****, h2 PASSWORD=****");
    }

    @Test
    void shouldIgnoreBlankSecrets() {
        Secrets secrets = new Secrets();
        secrets.add("");
        secrets.add("  ");
        secrets.add(null);

        assertThat(secrets.mask("nothing to hide  here")).isEqualTo("nothing to hide  here");
    }

    @Test
    void shouldMaskASecretWrittenInPiecesBeforeTheLineReachesTheStream() throws IOException {
        Secrets secrets = new Secrets();
        secrets.add("s3cret");
        StringWriter target = new StringWriter();
        PrintWriter writer = new PrintWriter(new MaskingWriter(target, secrets));

        writer.print("password was s3");
        writer.print("cr");
        String beforeTheLineEnds = target.toString();
        writer.println("et, see?");
        writer.print("and s3cret without a newline");
        writer.flush();

        assertThat(beforeTheLineEnds).isEmpty();
        assertThat(target.toString()).isEqualTo("password was ****, see?" + System.lineSeparator()
                + "and **** without a newline");
    }

    @Test
    void shouldMaskThePasswordOfTheUserInfoPartOfAUrl() {
        Secrets secrets = new Secrets();
        secrets.addFromUrl("jdbc:postgresql://app:pg%2Fsecret@db:5432/x");
        secrets.addFromUrl("jdbc:mariadb://root:m@ria:pw@db:3306/x?user=a@b");

        assertThat(secrets.mask("pg%2Fsecret pg/secret m@ria:pw")).isEqualTo("**** **** ****");
    }

    @Test
    void shouldMaskTheUrlItselfForShowing() {
        assertThat(Secrets.maskUrl("jdbc:postgresql://app:secret@db:5432/x?ssl=true&password=p2&x=1"))
                .isEqualTo("jdbc:postgresql://app:****@db:5432/x?ssl=true&password=****&x=1");
        assertThat(Secrets.maskUrl("jdbc:mariadb://root:s@cret@db/x")).isEqualTo("jdbc:mariadb://root:****@db/x");
        assertThat(Secrets.maskUrl("jdbc:h2:file:./x;USER=sa;PASSWORD=p3")).isEqualTo("jdbc:h2:file:./x;USER=sa;PASSWORD=****");
        assertThat(Secrets.maskUrl("jdbc:postgresql://db:5432/x?user=a@b")).isEqualTo("jdbc:postgresql://db:5432/x?user=a@b");
        assertThat(Secrets.maskUrl("jdbc:mariadb://app@db/x")).isEqualTo("jdbc:mariadb://app@db/x");
    }
}

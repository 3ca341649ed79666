package org.companyunification.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SqlScriptTest {

    @Test
    void shouldNotSplitAtSemicolonsInsideStringsOrComments() {
        // given
        String script = """
                -- a comment; with a semicolon
                INSERT INTO t (a) VALUES ('x; y'), ('it''s; fine');
                /* block; comment */ INSERT INTO "odd;name" (a) VALUES (1)  ;

                ;
                UPDATE t SET a = 'z' -- trailing; comment
                """;

        // when / then
        assertThat(SqlScript.split(script)).containsExactly(
                "INSERT INTO t (a) VALUES ('x; y'), ('it''s; fine')",
                "INSERT INTO \"odd;name\" (a) VALUES (1)",
                "UPDATE t SET a = 'z'");
    }

    @Test
    void shouldRefuseAStringThatIsNeverClosed() {
        assertThatThrownBy(() -> SqlScript.split("INSERT INTO t VALUES ('open;"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unclosed string");
    }

    @Test
    void shouldSplitTheShippedScriptIntoOneInsertPerLegacyTable() {
        assertThat(DemoDataSet.statements()).hasSize(14)
                .allSatisfy(statement -> assertThat(statement).startsWith("INSERT INTO "))
                .extracting(statement -> statement.split("[ (]")[2])
                .containsExactlyElementsOf(DemoDataSet.rowsPerTable().keySet());
    }
}

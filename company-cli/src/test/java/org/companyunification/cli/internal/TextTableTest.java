package org.companyunification.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextTableTest {

    @Test
    void shouldAlignTextLeftAndNumbersRightInColumnsAsWideAsTheirWidestCell() {
        TextTable table = new TextTable().left("table").right("rows").left("");
        table.row("technology_vendors", 12, "ok").row("clients", 1500, null);

        assertThat(table.lines("  ")).containsExactly(
                "  table               rows",
                "  technology_vendors    12  ok",
                "  clients             1500");
    }

    @Test
    void shouldRefuseARowWithTheWrongNumberOfCells() {
        TextTable table = new TextTable().left("table").right("rows");

        assertThatThrownBy(() -> table.row("clients")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a row needs 2 cells, not 1: [clients]");
    }
}

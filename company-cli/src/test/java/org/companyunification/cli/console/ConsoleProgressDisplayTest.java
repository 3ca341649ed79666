package org.companyunification.cli.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ConsoleProgressDisplayTest {

    @Test
    void shouldDrawTheTaskNameAndItsRowsDoneOutOfTheTotal() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressDisplay display = new ConsoleProgressDisplay(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        try (ProgressDisplay.Task task = display.start("companies technology_vendors", 40)) {
            task.advance(15);
            task.advance(25);
        }

        String drawn = bytes.toString(StandardCharsets.UTF_8);
        assertThat(drawn).contains("companies technology_vendors").contains("100%").contains("40/40 rows")
                .endsWith(System.lineSeparator());
    }

    @Test
    void shouldEndTheLineOfALongTaskOnceSoThatTheNextBarStartsOnTheNextLine() throws InterruptedException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressDisplay display = new ConsoleProgressDisplay(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        try (ProgressDisplay.Task task = display.start("projects project_vendor_relationships", 10)) {
            task.advance(4);
            // long enough for the bar to be redrawn in the background
            Thread.sleep(600);
            task.advance(6);
        }
        try (ProgressDisplay.Task task = display.start("projects project_owner_relationships", 2)) {
            task.advance(2);
        }

        // a bar is redrawn in place after a carriage return; only the end of a task ends its line
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split(System.lineSeparator(), -1);
        assertThat(lines).hasSize(3);
        assertThat(lastDrawing(lines[0])).contains("project_vendor_relationships 100%").contains("10/10 rows");
        assertThat(lastDrawing(lines[1])).contains("project_owner_relationships 100%").contains("2/2 rows");
        assertThat(lines[2]).isEmpty();
    }

    private static String lastDrawing(String line) {
        return line.substring(line.lastIndexOf('\r') + 1);
    }
}

package org.companyunification.cli.internal;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table for the human-readable output of the commands: a header line and rows, each column as wide
 * as its widest cell, text columns aligned left and number columns right.
 *
 * <pre>{@code
 * TextTable table = new TextTable().left("table").right("rows");
 * table.row("companies", 12);
 * table.lines("  ").forEach(session::print);
 * }</pre>
 */
public final class TextTable {

    private final List<String> headers = new ArrayList<>();
    private final List<Boolean> rightAligned = new ArrayList<>();
    private final List<String[]> rows = new ArrayList<>();

    /**
     * Adds a column aligned left, for text.
     *
     * @param header the column's heading
     * @return this table
     */
    public TextTable left(String header) {
        headers.add(header);
        rightAligned.add(false);
        return this;
    }

    /**
     * Adds a column aligned right, for numbers.
     *
     * @param header the column's heading
     * @return this table
     */
    public TextTable right(String header) {
        headers.add(header);
        rightAligned.add(true);
        return this;
    }

    /**
     * Adds a row; {@code null} cells print empty, and control characters in a cell are escaped
     * ({@link TerminalText#safe}), so a value from the data cannot break the table or act on the terminal.
     *
     * @param cells one value a column, printed with {@link String#valueOf(Object)}
     * @return this table
     * @throws IllegalArgumentException when the number of cells differs from the number of columns
     */
    public TextTable row(Object... cells) {
        checkArgument(cells.length == headers.size(), "a row needs %s cells, not %s: %s", headers.size(),
                cells.length, Arrays.toString(cells));
        rows.add(Arrays.stream(cells).map(cell -> cell == null ? "" : TerminalText.safe(String.valueOf(cell)))
                .toArray(String[]::new));
        return this;
    }

    /**
     * Returns the header line and the rows, formatted.
     *
     * @param indent put in front of every line
     * @return the lines, without trailing spaces
     */
    public List<String> lines(String indent) {
        int[] widths = new int[headers.size()];
        for (int column = 0; column < widths.length; column++) {
            widths[column] = headers.get(column).length();
            for (String[] row : rows) {
                widths[column] = Math.max(widths[column], row[column].length());
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add(format(indent, headers.toArray(String[]::new), widths));
        for (String[] row : rows) {
            lines.add(format(indent, row, widths));
        }
        return lines;
    }

    private String format(String indent, String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder(indent);
        for (int column = 0; column < cells.length; column++) {
            if (column > 0) {
                line.append("  ");
            }
            String padding = " ".repeat(widths[column] - cells[column].length());
            line.append(rightAligned.get(column) ? padding + cells[column] : cells[column] + padding);
        }
        return line.toString().stripTrailing();
    }
}

package org.companyunification.cli.console;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Draws each task as a text progress bar ({@code me.tongfei:progressbar}) with rate and time left. */
final class ConsoleProgressDisplay implements ProgressDisplay {

    private static final int UPDATE_INTERVAL_MILLIS = 200;

    private final PrintStream stream;

    /**
     * Creates a display.
     *
     * @param stream where the bars are drawn
     */
    ConsoleProgressDisplay(PrintStream stream) {
        this.stream = requireNonNull(stream, "stream");
    }

    /**
     * Starts a bar.
     *
     * @param name the label in front of the bar
     * @param total the units at 100%
     * @return the bar
     */
    @Override
    public Task start(String name, long total) {
        LineEndingConsumer consumer = new LineEndingConsumer(stream);
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(name)
                .setInitialMax(Math.max(total, 0))
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" rows", 1)
                .setUpdateIntervalMillis(UPDATE_INTERVAL_MILLIS)
                .showSpeed()
                .setConsumer(consumer)
                .build();
        return new Task() {
            @Override
            public void advance(long units) {
                bar.stepBy(units);
            }

            @Override
            public void close() {
                bar.close();
                consumer.endLine();
            }
        };
    }

    /**
     * Draws on the stream and ends the bar's line when it is closed. The progress bar closes its consumer only
     * when it has been redrawn at least once since it started, so a bar closed within its first update interval
     * would leave the next output on its line; {@link #endLine()} ends the line in that case.
     */
    private static final class LineEndingConsumer extends ConsoleProgressBarConsumer {

        private volatile boolean closed;

        LineEndingConsumer(PrintStream stream) {
            super(stream);
        }

        @Override
        public void close() {
            closed = true;
            super.close();
        }

        void endLine() {
            if (!closed) {
                close();
            }
        }
    }

    /**
     * Tells whether this process's standard error is a terminal. On Linux this reads where file descriptor 2
     * points; elsewhere it falls back to whether the JVM has a console.
     *
     * @return {@code true} when a person watches standard error
     */
    static boolean standardErrorIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }
}

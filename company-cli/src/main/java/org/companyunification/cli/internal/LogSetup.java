package org.companyunification.cli.internal;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.spi.FilterReply;
import java.io.PrintWriter;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * Points the SLF4J logs of the library and its dependencies at the run's standard error: warnings only by
 * default, progress (INFO, DEBUG for the library itself) with {@code --verbose}. Standard output never carries
 * logs, so it stays fit for {@code --json} and scripts.
 */
public final class LogSetup {

    private static final String QUIET_PATTERN = "%-5level %msg%n%nopex";
    private static final String VERBOSE_PATTERN = "%d{HH:mm:ss.SSS} %-5level [%thread] %logger - %msg%n%ex";

    /**
     * Loggers held back without {@code --verbose}: the pool and the MariaDB driver log the very connection
     * failures the tool reports itself in one line, and Flyway echoes the database's notices on the shared
     * tables ("relation projects already exists, skipping") as warnings on every run.
     */
    private static final Map<String, Level> QUIET_UNLESS_VERBOSE = Map.of(
            "com.zaxxer.hikari", Level.OFF,
            "org.mariadb.jdbc", Level.OFF,
            "org.flywaydb.core.internal.sqlscript.DefaultSqlScriptExecutor", Level.ERROR);

    private LogSetup() {}

    /**
     * Sends all logs to the session's standard error, at the level its {@code --verbose} asks for: warnings,
     * or with {@code --verbose} INFO and the library's DEBUG. Without {@code --verbose} a few noisy loggers are
     * held back (see {@link #QUIET_UNLESS_VERBOSE}) and so are Flyway's error logs, which repeat the exception
     * the tool reports itself.
     *
     * @param session the run
     */
    public static void configure(Session session) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        boolean verbose = session.verbose();
        context.reset();
        PatternLayout layout = new PatternLayout();
        layout.setContext(context);
        layout.setPattern(verbose ? VERBOSE_PATTERN : QUIET_PATTERN);
        layout.start();
        WriterAppender appender = new WriterAppender(session.err(), layout);
        appender.setContext(context);
        appender.setName("stderr");
        if (!verbose) {
            appender.addFilter(new FlywayErrorFilter());
        }
        appender.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(verbose ? Level.INFO : Level.WARN);
        root.addAppender(appender);
        context.getLogger("org.companyunification").setLevel(verbose ? Level.DEBUG : Level.WARN);
        QUIET_UNLESS_VERBOSE.forEach((name, level) -> context.getLogger(name).setLevel(verbose ? null : level));
    }

    /** Returns logging to the configuration found on the class path, once a run is over. */
    public static void restoreDefaults() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        context.reset();
        try {
            new ContextInitializer(context).autoConfig();
        } catch (JoranException e) {
            // Logback has reported the broken configuration on its status channel; keep the reset context.
        }
    }

    /**
     * Drops Flyway's error logs: Flyway also throws, and the tool reports the exception as its one error line.
     */
    private static final class FlywayErrorFilter extends Filter<ILoggingEvent> {
        @Override
        public FilterReply decide(ILoggingEvent event) {
            return event.getLevel() == Level.ERROR && event.getLoggerName().startsWith("org.flywaydb.")
                    ? FilterReply.DENY : FilterReply.NEUTRAL;
        }
    }

    /**
     * Formats each event with a layout and prints it to a writer, which masks secrets, each line made safe with
     * {@link TerminalText#safe}.
     */
    private static final class WriterAppender extends AppenderBase<ILoggingEvent> {

        private final PrintWriter writer;
        private final PatternLayout layout;

        WriterAppender(PrintWriter writer, PatternLayout layout) {
            this.writer = writer;
            this.layout = layout;
        }

        @Override
        protected void append(ILoggingEvent event) {
            // Log messages can carry values from the data: each line is made safe for the terminal.
            layout.doLayout(event).lines().map(TerminalText::safeKeepingTabs).forEach(writer::println);
            writer.flush();
        }
    }
}

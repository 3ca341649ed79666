package org.companyunification.model.persistence;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Records what the code under test logs through SLF4J below some logger names, at a given level and above, while
 * it is open; closing it restores the levels the configuration set.
 */
final class CapturedLog implements AutoCloseable {

    private final List<Logger> loggers;
    private final List<Level> previousLevels;
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    private CapturedLog(Level level, List<String> names) {
        this.loggers = names.stream().map(name -> (Logger) LoggerFactory.getLogger(name)).toList();
        this.previousLevels = loggers.stream().map(Logger::getLevel).toList();
        appender.start();
        for (Logger logger : loggers) {
            logger.setLevel(level);
            logger.setAdditive(false);
            logger.addAppender(appender);
        }
    }

    /**
     * Starts recording.
     *
     * @param level the lowest level recorded
     * @param names the logger names, each with the loggers below it
     * @return the open capture
     */
    static CapturedLog of(Level level, String... names) {
        return new CapturedLog(level, List.of(names));
    }

    /** Returns what was logged so far. */
    List<ILoggingEvent> events() {
        return List.copyOf(appender.list);
    }

    /** Returns the events at a level or above. */
    List<String> atOrAbove(Level level) {
        return events().stream().filter(e -> e.getLevel().isGreaterOrEqual(level))
                .map(e -> e.getLevel() + " " + e.getLoggerName() + ": " + e.getFormattedMessage()).toList();
    }

    @Override
    public void close() {
        for (int i = 0; i < loggers.size(); i++) {
            loggers.get(i).detachAppender(appender);
            loggers.get(i).setAdditive(true);
            loggers.get(i).setLevel(previousLevels.get(i));
        }
        appender.stop();
    }
}

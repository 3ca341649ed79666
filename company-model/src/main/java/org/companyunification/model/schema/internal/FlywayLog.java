package org.companyunification.model.schema.internal;

import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes the log of the Flyway instances the library creates to SLF4J, one level down for routine output: Flyway's
 * progress lines ("Migrating schema ... to version 1", "Successfully applied 2 migrations") are debug output for
 * an application that embeds the library, which logs its own one-line summary instead. Warnings and errors keep
 * their level, under Flyway's own logger names, so an application still sees what means something.
 *
 * <p>Flyway instantiates this class by name (see {@code FluentConfiguration.loggers}), so it must stay public with
 * a public no-argument constructor.
 */
public final class FlywayLog implements LogCreator {

    /** For Flyway, which creates it by name. */
    public FlywayLog() {}

    @Override
    public Log createLogger(Class<?> clazz) {
        Logger logger = LoggerFactory.getLogger(clazz);
        return new Log() {
            @Override
            public boolean isDebugEnabled() {
                return logger.isDebugEnabled();
            }

            @Override
            public void debug(String message) {
                logger.debug(message);
            }

            @Override
            public void info(String message) {
                debug(message);
            }

            @Override
            public void notice(String message) {
                debug(message);
            }

            @Override
            public void warn(String message) {
                logger.warn(message);
            }

            @Override
            public void error(String message) {
                logger.error(message);
            }

            @Override
            public void error(String message, Exception e) {
                logger.error(message, e);
            }

        };
    }
}

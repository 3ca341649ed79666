package org.companyunification.model.internal;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps Hibernate's start-up report out of an application's log where Hibernate logs through {@code
 * java.util.logging}, which jboss-logging picks when the application has neither Logback nor Log4j 2: its
 * version, the database details and the batching in use are logged at {@code INFO} by every factory, and a
 * console handler prints them. Warnings and errors still pass.
 */
public final class HibernateLogLevel {

    /**
     * Held so that the level set here stays: {@code java.util.logging} keeps only weak references to its
     * loggers.
     */
    private static final Logger HIBERNATE = Logger.getLogger("org.hibernate");

    private HibernateLogLevel() {}

    /**
     * Sets {@code org.hibernate} to {@code WARNING} in {@code java.util.logging}, unless the application has set a
     * level for it already (in {@code logging.properties} or in code), which then wins. Has no effect where
     * Hibernate logs through SLF4J or Log4j 2.
     */
    public static synchronized void quietStartUp() {
        if (HIBERNATE.getLevel() == null) {
            HIBERNATE.setLevel(Level.WARNING);
        }
    }
}

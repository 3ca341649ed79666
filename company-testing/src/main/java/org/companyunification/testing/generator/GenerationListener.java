package org.companyunification.testing.generator;

/**
 * Receives the progress of a {@link LegacyDataGenerator}, for a progress bar. Called on the generating thread
 * after each JDBC batch is committed.
 */
@FunctionalInterface
public interface GenerationListener {

    /** A listener that ignores progress. */
    GenerationListener NONE = (written, total) -> {};

    /**
     * Tells how far the generator got.
     *
     * @param written rows written and committed so far, over all tables
     * @param total rows the generator will write in all
     */
    void progress(long written, long total);
}

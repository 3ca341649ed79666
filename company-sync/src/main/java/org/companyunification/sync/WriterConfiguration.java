package org.companyunification.sync;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import java.time.Duration;
import javax.sql.DataSource;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.companyunification.model.schema.DatabaseVendor;

/**
 * Settings shared by every operation that writes under the one-writer lock ({@link Backfill}, {@link Sync}, the
 * merge and the duplicate review): the database, and how long to wait for the lock. Each has a default but the
 * data source. Every setter checks its value when it is called and returns this configuration, typed as the
 * operation's own, so the calls chain.
 *
 * <p>Only the library's operations extend it.
 *
 * @param <C> the configuration's own type, which the setters return
 * @param <T> the operation {@link #load()} returns
 */
public abstract class WriterConfiguration<C extends WriterConfiguration<C, T>, T> {

    private DataSource dataSource;
    private Duration lockWait = Duration.ZERO;

    /** Starts a configuration with the defaults. */
    protected WriterConfiguration() {}

    /**
     * Sets the database (required): the one holding the unified schema and, for a backfill or sync, the legacy
     * tables.
     *
     * @param dataSource the data source
     * @return this configuration
     */
    public final C dataSource(DataSource dataSource) {
        this.dataSource = requireNonNull(dataSource, "dataSource");
        return self();
    }

    /**
     * Sets how long the operation waits for another writer (a backfill, sync, rollback, merge or review) to let
     * go of the writer lock before it gives up with {@link ErrorCode#WRITER_BUSY} (default: zero, refuse at
     * once).
     *
     * @param lockWait a duration, zero or more
     * @return this configuration
     * @throws IllegalArgumentException when negative
     */
    public final C lockWait(Duration lockWait) {
        requireNonNull(lockWait, "lockWait");
        checkArgument(!lockWait.isNegative(), "lock wait must not be negative: %s", lockWait);
        this.lockWait = lockWait;
        return self();
    }

    /**
     * Connects once to detect the database and returns the operation.
     *
     * @return the operation, with these settings
     * @throws IllegalStateException when no data source was set
     * @throws CompanyUnificationException with {@link ErrorCode#DATABASE_UNAVAILABLE} when the database
     *     cannot be reached
     */
    public final T load() {
        checkState(dataSource != null, "a data source is required: call dataSource(...) before load()");
        return create(dataSource, DatabaseVendor.of(dataSource), lockWait);
    }

    /**
     * Creates the operation once {@link #load()} has checked the settings and detected the database.
     *
     * @param dataSource the database
     * @param vendor its vendor, detected by {@link #load()}
     * @param lockWait how long to wait for the writer lock
     * @return the operation
     */
    protected abstract T create(DataSource dataSource, DatabaseVendor vendor, Duration lockWait);

    /** Returns this configuration as the operation's own type, for the setters to return. */
    @SuppressWarnings("unchecked")
    final C self() {
        return (C) this;
    }
}

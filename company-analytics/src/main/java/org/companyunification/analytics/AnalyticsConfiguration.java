package org.companyunification.analytics;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import javax.sql.DataSource;
import org.companyunification.analytics.internal.Reads;

/**
 * Configures {@link Analytics} on a data source, like Flyway's {@code Flyway.configure()}:
 * <pre>{@code
 * Analytics analytics = Analytics.configure().dataSource(dataSource).load();
 * }</pre>
 * The analytics read with plain SQL through connections of the data source, one connection a call; the network
 * reads run in a transaction that is rolled back at the end. Nothing is written, and no Hibernate is started.
 */
public final class AnalyticsConfiguration {

    private DataSource dataSource;

    AnalyticsConfiguration() {}

    /**
     * Sets the database (default: none, required). The analytics borrow connections and never close it.
     *
     * @param dataSource the database with the unified schema
     * @return this configuration
     * @throws NullPointerException when the data source is {@code null}
     */
    public AnalyticsConfiguration dataSource(DataSource dataSource) {
        this.dataSource = checkNotNull(dataSource, "data source must not be null");
        return this;
    }

    /**
     * Returns the analytics.
     *
     * @return the analytics
     * @throws IllegalStateException when no data source was set
     */
    public Analytics load() {
        checkState(dataSource != null, "no data source: call dataSource(...) before load()");
        return new Analytics(Reads.of(dataSource));
    }
}

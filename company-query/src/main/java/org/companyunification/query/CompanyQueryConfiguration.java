package org.companyunification.query;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import jakarta.persistence.EntityManagerFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.companyunification.model.persistence.CompanyPersistence;
import org.companyunification.query.internal.ReadOnlyReads;
import org.companyunification.query.internal.ShadowReads;
import org.companyunification.query.shadow.ShadowReadListener;

/**
 * Configures a {@link CompanyQuery} that boots its own Hibernate on a data source, like Flyway's {@code
 * Flyway.configure()}:
 * <pre>{@code
 * try (CompanyQuery query = CompanyQuery.configure().dataSource(dataSource).load()) { ... }
 * }</pre>
 * Hibernate maps the unified entities only ({@code CompanyPersistence.Options.defaults().withoutLegacyEntities()}),
 * the legacy-row bookkeeping of the detail included, and validates them against the schema, so the unified
 * migrations must have run. Hibernate's criteria plan cache is on ({@code hibernate.criteria.plan_cache_enabled}),
 * so each query shape is compiled once; an application that passes its own {@code EntityManager} to {@link
 * CompanyQuery#using(jakarta.persistence.EntityManager)} sets it in its own configuration.
 */
public final class CompanyQueryConfiguration {

    private DataSource dataSource;
    private final Map<String, Object> properties = new LinkedHashMap<>();
    private ShadowReadListener shadowReadListener;

    CompanyQueryConfiguration() {}

    /**
     * Sets the database (default: none, required). The query borrows connections and never closes it.
     *
     * @param dataSource the database with the unified schema
     * @return this configuration
     */
    public CompanyQueryConfiguration dataSource(DataSource dataSource) {
        this.dataSource = checkNotNull(dataSource, "data source must not be null");
        return this;
    }

    /**
     * Adds a Hibernate or Jakarta Persistence property, applied last (default: none).
     *
     * @param name the property name
     * @param value its value
     * @return this configuration
     */
    public CompanyQueryConfiguration property(String name, Object value) {
        properties.put(checkNotNull(name, "property name must not be null"),
                checkNotNull(value, "property value must not be null"));
        return this;
    }

    /**
     * Turns shadow reads on (default: off): the role and project questions are also answered from the legacy
     * tables and every difference goes to the listener, as {@link CompanyQuery#withShadowReads} describes. The
     * database must then hold the legacy tables too; {@link #load()} checks that it does.
     *
     * @param listener who hears the mismatches, for example {@link ShadowReadListener#logging()}
     * @return this configuration
     * @throws NullPointerException when the listener is {@code null}
     */
    public CompanyQueryConfiguration shadowReads(ShadowReadListener listener) {
        this.shadowReadListener = checkNotNull(listener,
                "shadow read listener must not be null: use ShadowReadListener.logging()");
        return this;
    }

    /**
     * Boots Hibernate and returns the query, which owns it: close the query when done.
     *
     * @return the query
     * @throws IllegalStateException when no data source was set
     * @throws org.companyunification.model.CompanyUnificationException with {@code SCHEMA_MISSING} when the
     *     unified migrations have not run, or when shadow reads are on and the database lacks a legacy table
     * @throws jakarta.persistence.PersistenceException when Hibernate cannot start, for example when the database
     *     cannot be reached
     */
    public CompanyQuery load() {
        checkState(dataSource != null, "no data source: call dataSource(...) before load()");
        CompanyPersistence.Options options = CompanyPersistence.Options.defaults().withoutLegacyEntities();
        for (Map.Entry<String, Object> property : properties.entrySet()) {
            options = options.withProperty(property.getKey(), property.getValue());
        }
        EntityManagerFactory factory = CompanyPersistence.createEntityManagerFactory(dataSource, options);
        ReadOnlyReads reads = ReadOnlyReads.opening(factory);
        if (shadowReadListener == null) {
            return new CompanyQuery(reads, factory, Optional.empty());
        }
        try {
            return new CompanyQuery(reads, factory, Optional.of(ShadowReads.checked(reads, shadowReadListener)));
        } catch (RuntimeException e) {
            factory.close();
            throw e;
        }
    }
}

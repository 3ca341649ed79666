package org.companyunification.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.companyunification.model.schema.DatabaseVendor;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test method once on each database: H2 always, PostgreSQL and MariaDB when reachable (see
 * {@link DatabaseSettings}). Each run gets a fresh {@link TestDatabase} parameter with the requested schemas
 * applied, dropped after the test. An unreachable server skips its run with the reason, unless
 * {@code COMPANY_TEST_REQUIRE_DATABASES} names it, in which case the run fails.
 *
 * <pre>{@code
 * @DatabaseTest
 * void shouldRefuseASecondGlobalVendorRole(TestDatabase db) { ... }
 * }</pre>
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(DatabaseTestExtension.class)
public @interface DatabaseTest {

    /**
     * Which schemas the test database starts with.
     *
     * @return the schemas (default: legacy and unified)
     */
    Schema schema() default Schema.LEGACY_AND_UNIFIED;

    /**
     * The databases to run on.
     *
     * @return the vendors (default: all three)
     */
    DatabaseVendor[] vendors() default {DatabaseVendor.H2, DatabaseVendor.POSTGRESQL, DatabaseVendor.MARIADB};

    /** The schemas a test database is created with. */
    enum Schema {
        /** An empty database. */
        NONE,
        /** Only the legacy schema (with the shared projects and personnel tables). */
        LEGACY,
        /** Only the unified schema (with the shared projects and personnel tables). */
        UNIFIED,
        /** The legacy schema, then the unified schema: a migrated production database. */
        LEGACY_AND_UNIFIED
    }
}

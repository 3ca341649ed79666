package org.companyunification.testing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.companyunification.model.schema.DatabaseVendor;

/**
 * Where the test databases are, read from environment variables (or system properties of the same name in lower
 * case with dots, for example {@code company.test.postgresql.url}):
 *
 * <table>
 *   <caption>Settings and defaults</caption>
 *   <tr><th>variable</th><th>default</th></tr>
 *   <tr><td>{@code COMPANY_TEST_POSTGRESQL_URL}</td><td>{@code jdbc:postgresql://127.0.0.1:5432/test}</td></tr>
 *   <tr><td>{@code COMPANY_TEST_POSTGRESQL_USER}</td><td>{@code postgres}</td></tr>
 *   <tr><td>{@code COMPANY_TEST_POSTGRESQL_PASSWORD}</td><td>empty</td></tr>
 *   <tr><td>{@code COMPANY_TEST_MARIADB_URL}</td><td>{@code jdbc:mariadb://127.0.0.1:3306/test}</td></tr>
 *   <tr><td>{@code COMPANY_TEST_MARIADB_USER}</td><td>{@code root}</td></tr>
 *   <tr><td>{@code COMPANY_TEST_MARIADB_PASSWORD}</td><td>empty</td></tr>
 *   <tr><td>{@code COMPANY_TEST_REQUIRE_DATABASES}</td><td>empty: comma-separated vendors ({@code postgresql},
 *       {@code mariadb}, or {@code all}) whose tests fail instead of skipping when the server is
 *       unreachable</td></tr>
 * </table>
 *
 * @param vendor the database
 * @param url the JDBC URL of a database the user may create schemas (PostgreSQL) or databases (MariaDB) in
 * @param user the user name
 * @param password the password, empty for none
 */
public record DatabaseSettings(DatabaseVendor vendor, String url, String user, String password) {

    /**
     * Returns the settings of a database from the environment.
     *
     * @param vendor the database
     * @return its settings
     */
    public static DatabaseSettings of(DatabaseVendor vendor) {
        return switch (vendor) {
            case H2 -> new DatabaseSettings(vendor, "jdbc:h2:mem:", "sa", "");
            case POSTGRESQL -> new DatabaseSettings(vendor,
                    setting("COMPANY_TEST_POSTGRESQL_URL", "jdbc:postgresql://127.0.0.1:5432/test"),
                    setting("COMPANY_TEST_POSTGRESQL_USER", "postgres"),
                    setting("COMPANY_TEST_POSTGRESQL_PASSWORD", ""));
            case MARIADB -> new DatabaseSettings(vendor,
                    setting("COMPANY_TEST_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test"),
                    setting("COMPANY_TEST_MARIADB_USER", "root"),
                    setting("COMPANY_TEST_MARIADB_PASSWORD", ""));
        };
    }

    /**
     * Tells whether tests on a database must fail, rather than skip, when it cannot be reached.
     *
     * @param vendor the database
     * @return {@code true} when {@code COMPANY_TEST_REQUIRE_DATABASES} names it or says {@code all}
     */
    public static boolean required(DatabaseVendor vendor) {
        if (vendor == DatabaseVendor.H2) {
            return true;
        }
        Set<String> required = Arrays.stream(setting("COMPANY_TEST_REQUIRE_DATABASES", "").split(","))
                .map(s -> s.trim().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
        return required.contains("all") || required.contains(vendor.id());
    }

    /**
     * Reads one setting: the environment variable, else the system property of the same name in lower case with
     * dots, else the default.
     *
     * @param name the environment variable name
     * @param defaultValue the value when neither is set
     * @return the value
     */
    static String setting(String name, String defaultValue) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            value = System.getProperty(name.toLowerCase(Locale.ROOT).replace('_', '.').replace(".require.", ".require-"));
        }
        return value == null || value.isBlank() ? defaultValue : value;
    }
}

package org.companyunification.cli.internal;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One named database environment from the configuration file, such as {@code staging}.
 *
 * @param name the name given to {@code --env}
 * @param url the JDBC URL
 * @param user the user, unless {@code --user} or the driver's default applies
 * @param passwordFile a file holding the password, used when neither {@code --password-file} nor
 *     {@code COMPANY_DB_PASSWORD} is given
 * @param production whether writing to it asks for confirmation first
 */
public record NamedEnvironment(
        String name, String url, Optional<String> user, Optional<Path> passwordFile, boolean production) {

    /**
     * Creates an environment.
     *
     * @throws NullPointerException when a component is {@code null}
     */
    public NamedEnvironment {
        requireNonNull(name, "name");
        requireNonNull(url, "url");
        requireNonNull(user, "user");
        requireNonNull(passwordFile, "passwordFile");
    }
}

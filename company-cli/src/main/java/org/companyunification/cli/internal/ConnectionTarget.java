package org.companyunification.cli.internal;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Where a command connects, resolved from the options, the environment variables and the configuration file.
 *
 * @param url the JDBC URL
 * @param user the user, or empty for the driver's default
 * @param password the password, or empty for none; never printed (see {@link #toString()})
 * @param environment the named environment it came from, if any
 * @param production whether that environment is marked production
 */
public record ConnectionTarget(
        String url, Optional<String> user, Optional<String> password, Optional<String> environment,
        boolean production) {

    /**
     * Creates a target.
     *
     * @throws NullPointerException when a component is {@code null}
     */
    public ConnectionTarget {
        requireNonNull(url, "url");
        requireNonNull(user, "user");
        requireNonNull(password, "password");
        requireNonNull(environment, "environment");
    }

    /**
     * Describes the target for messages: the URL, and the environment name when there is one.
     *
     * @return for example {@code jdbc:postgresql://db:5432/projects (environment production)}, passwords masked
     */
    public String describe() {
        return displayUrl() + environment.map(name -> " (environment " + name + ")").orElse("");
    }

    /**
     * Returns the URL to show: with the passwords of its parameters and of its user-info part masked.
     *
     * @return for example {@code jdbc:postgresql://app:****@db:5432/projects}
     */
    public String displayUrl() {
        return Secrets.maskUrl(url);
    }

    /**
     * Describes the target without the password.
     *
     * @return the URL, user and environment
     */
    @Override
    public String toString() {
        return "ConnectionTarget[url=" + displayUrl() + ", user=" + user.orElse("") + ", environment="
                + environment.orElse("") + ", production=" + production + "]";
    }
}

package org.companyunification.cli.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The named environments of a properties file ({@code company-cli.properties} by default):
 *
 * <pre>
 * env.staging.url=jdbc:postgresql://db-staging:5432/projects
 * env.staging.user=company_tool
 * env.staging.password-file=/run/secrets/staging-db
 * env.production.url=jdbc:postgresql://db:5432/projects
 * env.production.production=true
 * </pre>
 *
 * <p>Keys are {@code env.NAME.url} (required), {@code env.NAME.user}, {@code env.NAME.password-file} (resolved
 * against the file's directory) and {@code env.NAME.production} ({@code true} or {@code false}, default
 * {@code false}). Passwords themselves never belong in the file; any other key is refused, so a typo does not
 * pass unnoticed.
 */
public final class EnvironmentConfig {

    /** The file read when {@code --config} is not given, in the working directory. */
    public static final String DEFAULT_FILE_NAME = "company-cli.properties";

    private static final Pattern KEY = Pattern.compile("env\\.([A-Za-z0-9_-]+)\\.([a-z-]+)");

    private final Path file;
    private final Map<String, NamedEnvironment> environments;

    private EnvironmentConfig(Path file, Map<String, NamedEnvironment> environments) {
        this.file = file;
        this.environments = Collections.unmodifiableMap(environments);
    }

    /**
     * Reads a configuration file.
     *
     * @param file the properties file
     * @return its environments
     * @throws CliException when the file cannot be read or holds a key or value that is not understood
     */
    public static EnvironmentConfig load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (NoSuchFileException e) {
            throw new CliException("the configuration file " + file + " does not exist: create it or name"
                    + " another with --config FILE");
        } catch (IOException | IllegalArgumentException e) {
            throw new CliException("cannot read the configuration file " + file + ": " + e.getMessage(), e);
        }
        Map<String, Map<String, String>> attributes = new TreeMap<>();
        for (String key : new TreeSet<>(properties.stringPropertyNames())) {
            Matcher matcher = KEY.matcher(key);
            if (!matcher.matches()) {
                throw new CliException("unknown key '" + key + "' in " + file + ": expected env.NAME.url,"
                        + " env.NAME.user, env.NAME.password-file or env.NAME.production");
            }
            String attribute = matcher.group(2);
            if (attribute.equals("password")) {
                throw new CliException("the configuration file " + file + " must not hold passwords (key '" + key
                        + "'): use env." + matcher.group(1) + ".password-file or the COMPANY_DB_PASSWORD"
                        + " environment variable");
            }
            if (!attribute.equals("url") && !attribute.equals("user") && !attribute.equals("password-file")
                    && !attribute.equals("production")) {
                throw new CliException("unknown key '" + key + "' in " + file + ": expected env.NAME.url,"
                        + " env.NAME.user, env.NAME.password-file or env.NAME.production");
            }
            attributes.computeIfAbsent(matcher.group(1), name -> new LinkedHashMap<>())
                    .put(attribute, properties.getProperty(key).strip());
        }
        Map<String, NamedEnvironment> environments = new LinkedHashMap<>();
        attributes.forEach((name, values) -> environments.put(name, environment(file, name, values)));
        return new EnvironmentConfig(file, environments);
    }

    /**
     * Returns the file this configuration was read from.
     *
     * @return the file
     */
    public Path file() {
        return file;
    }

    /**
     * Returns the environments by name, in name order.
     *
     * @return an unmodifiable map
     */
    public Map<String, NamedEnvironment> environments() {
        return environments;
    }

    /**
     * Returns one environment.
     *
     * @param name the name given to {@code --env}
     * @return the environment
     * @throws CliException when the file defines no environment of that name
     */
    public NamedEnvironment environment(String name) {
        NamedEnvironment environment = environments.get(name);
        if (environment == null) {
            throw new CliException("no environment '" + name + "' in " + file + " (defined: "
                    + (environments.isEmpty() ? "none" : String.join(", ", environments.keySet()))
                    + "): add env." + name + ".url to it");
        }
        return environment;
    }

    private static NamedEnvironment environment(Path file, String name, Map<String, String> values) {
        String url = values.get("url");
        if (url == null || url.isEmpty()) {
            throw new CliException("environment '" + name + "' in " + file + " has no URL: add env." + name
                    + ".url=JDBC_URL");
        }
        Optional<String> user = Optional.ofNullable(values.get("user")).filter(value -> !value.isEmpty());
        Path directory = file.toAbsolutePath().getParent();
        Optional<Path> passwordFile = Optional.ofNullable(values.get("password-file"))
                .filter(value -> !value.isEmpty())
                .map(value -> directory.resolve(value));
        String production = values.getOrDefault("production", "false").toLowerCase(Locale.ROOT);
        if (!production.equals("true") && !production.equals("false")) {
            throw new CliException("env." + name + ".production in " + file + " must be true or false, not '"
                    + values.get("production") + "'");
        }
        return new NamedEnvironment(name, url, user, passwordFile, production.equals("true"));
    }
}

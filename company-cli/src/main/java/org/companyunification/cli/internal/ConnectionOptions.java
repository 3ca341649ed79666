package org.companyunification.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The connection options every database command mixes in ({@code @Mixin ConnectionOptions connection}), and
 * the rules that turn them into a {@link Database}:
 *
 * <ul>
 *   <li>{@code --url} names the database; without it and without {@code --env}, an embedded H2 database in
 *       {@value #DEFAULT_H2_NAME} in the working directory is used (created when missing).
 *   <li>{@code --env NAME} takes URL, user, password file and production flag from the configuration file
 *       ({@code --config}, default {@value EnvironmentConfig#DEFAULT_FILE_NAME} in the working directory).
 *   <li>The password comes from {@code --password-file}, else the {@value #PASSWORD_VARIABLE} environment
 *       variable, else the environment's {@code password-file}; never from the command line.
 *   <li>Writing to an environment marked production asks on the terminal unless {@code --yes}.
 * </ul>
 */
public final class ConnectionOptions {

    /** The environment variable that holds the database password. */
    public static final String PASSWORD_VARIABLE = "COMPANY_DB_PASSWORD";

    /** The file name of the default embedded database, in the working directory. */
    public static final String DEFAULT_H2_NAME = "company-unification";

    private static final String H2_DEFAULT_USER = "sa";

    @Option(names = "--url", paramLabel = "JDBC_URL",
            description = "The database: jdbc:h2:..., jdbc:postgresql://HOST:PORT/DB or jdbc:mariadb://HOST:PORT/DB"
                    + " (default: an embedded H2 database ./" + DEFAULT_H2_NAME + " in the working directory).")
    private String url;

    @Option(names = "--user", paramLabel = "NAME",
            description = "The database user (default: the environment's user; sa for H2).")
    private String user;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Read the password from FILE (its first line). Without it the password comes from the "
                    + PASSWORD_VARIABLE + " environment variable.")
    private Path passwordFile;

    @Option(names = "--env", paramLabel = "NAME",
            description = "Connect to a named environment (dev, staging, production...) of the configuration"
                    + " file instead of giving --url.")
    private String environmentName;

    @Option(names = "--config", paramLabel = "FILE",
            description = "The configuration file of the named environments (default: "
                    + EnvironmentConfig.DEFAULT_FILE_NAME + " in the working directory).")
    private Path configFile;

    @Option(names = "--yes",
            description = "Do not ask before writing to an environment marked production.")
    private boolean yes;

    /**
     * Resolves the options and opens a pooled connection to the database, asking first when the command writes
     * to a production environment. Registers the password with the session's secrets before anything can print
     * it.
     *
     * @param session the run
     * @param access whether the command writes
     * @param action what the command is about to do, for the confirmation question ("apply the schema
     *     migrations")
     * @return the open database; close it when done
     * @throws CliException when an option or the configuration is wrong, the confirmation is refused or
     *     impossible, or the database cannot be reached
     */
    public Database open(Session session, Access access, String action) {
        ConnectionTarget target = resolve(session);
        if (access == Access.WRITE && target.production() && !yes) {
            confirm(session, target, action);
        }
        return Database.open(target);
    }

    /**
     * Tells whether {@code --url} or {@code --env} names the database, for a command whose default database is
     * not the embedded one in the working directory.
     *
     * @return {@code true} when either option was given
     */
    public boolean namesADatabase() {
        return url != null || environmentName != null;
    }

    /**
     * Works out where to connect, without connecting.
     *
     * @param session the run
     * @return the target
     * @throws CliException when the options contradict each other or a file cannot be read
     */
    ConnectionTarget resolve(Session session) {
        Path workingDirectory = session.environment().workingDirectory();
        if (url != null && environmentName != null) {
            throw new CliException("give either --url or --env, not both: --env " + environmentName
                    + " takes its URL from the configuration file");
        }
        Optional<NamedEnvironment> environment = Optional.ofNullable(environmentName).map(name -> {
            Path file = workingDirectory.resolve(
                    configFile != null ? configFile : Path.of(EnvironmentConfig.DEFAULT_FILE_NAME));
            return EnvironmentConfig.load(file).environment(name);
        });
        String resolvedUrl = environment.map(NamedEnvironment::url)
                .or(() -> Optional.ofNullable(url))
                .orElseGet(() -> "jdbc:h2:file:" + workingDirectory.resolve(DEFAULT_H2_NAME));
        session.secrets().addFromUrl(resolvedUrl);
        Optional<String> resolvedUser = Optional.ofNullable(user)
                .or(() -> environment.flatMap(NamedEnvironment::user))
                .or(() -> resolvedUrl.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:")
                        ? Optional.of(H2_DEFAULT_USER) : Optional.empty());
        Optional<String> password = Optional.ofNullable(passwordFile)
                .map(file -> readPassword(workingDirectory.resolve(file), "--password-file"))
                .or(() -> session.environment().variable(PASSWORD_VARIABLE))
                .or(() -> environment.flatMap(NamedEnvironment::passwordFile)
                        .map(file -> readPassword(file, "env." + environmentName + ".password-file")));
        password.ifPresent(session.secrets()::add);
        return new ConnectionTarget(resolvedUrl, resolvedUser, password, environment.map(NamedEnvironment::name),
                environment.map(NamedEnvironment::production).orElse(false));
    }

    private static String readPassword(Path file, String source) {
        try {
            String content = Files.readString(file, StandardCharsets.UTF_8);
            int lineEnd = content.indexOf('\n');
            String firstLine = lineEnd < 0 ? content : content.substring(0, lineEnd);
            return firstLine.endsWith("\r") ? firstLine.substring(0, firstLine.length() - 1) : firstLine;
        } catch (NoSuchFileException e) {
            throw new CliException("the password file " + file + " (" + source + ") does not exist");
        } catch (IOException e) {
            throw new CliException("cannot read the password file " + file + " (" + source + "): "
                    + e.getClass().getSimpleName(), e);
        }
    }

    private static void confirm(Session session, ConnectionTarget target, String action) {
        String environment = target.environment().orElseThrow();
        Optional<String> answer = session.environment().terminal().readLine("About to " + action
                + " on the production environment '" + environment + "' (" + target.displayUrl()
                + "). Type yes to continue: ");
        if (answer.isEmpty()) {
            throw new CliException("refusing to " + action + " on the production environment '" + environment
                    + "' without confirmation: there is no terminal to ask on; pass --yes to confirm");
        }
        if (!answer.get().strip().equalsIgnoreCase("yes")) {
            throw new CliException("cancelled: did not " + action + " on the production environment '"
                    + environment + "'");
        }
    }
}

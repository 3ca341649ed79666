package org.companyunification.cli;

import org.companyunification.cli.console.ProgressDisplay;
import org.companyunification.cli.console.Terminal;
import org.companyunification.cli.console.CliEnvironment;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.companyunification.cli.internal.CommandFactory;
import org.companyunification.cli.internal.Session;
import picocli.CommandLine;

/** Runs the tool in this JVM with captured output, chosen environment variables and a scripted terminal. */
final class CliRunner {

    private final Path workingDirectory;
    private final Map<String, String> variables = new HashMap<>();
    private Terminal terminal = Terminal.none();
    private ProgressDisplay progress = ProgressDisplay.none();
    private final List<String> prompts = new ArrayList<>();
    private String input = "";

    CliRunner(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    /** The names of the tool's commands, as picocli registers them. */
    static Set<String> commandNames() {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        Session session = new Session(new CliEnvironment(sink, sink, Map.of(), Path.of("."), Terminal.none()));
        return new CommandLine(CompanyCli.class, new CommandFactory(session)).getSubcommands().keySet();
    }

    CliRunner withVariable(String name, String value) {
        variables.put(name, value);
        return this;
    }

    /** A terminal that answers every question with the given line and records the questions. */
    CliRunner answering(String answer) {
        terminal = prompt -> {
            prompts.add(prompt);
            return Optional.of(answer);
        };
        return this;
    }

    /** Feeds the given text to standard input, as a pipe would. */
    CliRunner withInput(String text) {
        input = text;
        return this;
    }

    /** Draws progress on the given display instead of nowhere. */
    CliRunner withProgress(ProgressDisplay display) {
        progress = display;
        return this;
    }

    List<String> prompts() {
        return prompts;
    }

    CliResult run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Charset charset = Charset.defaultCharset();
        int exitCode = Main.run(new CliEnvironment(new PrintStream(out, true, charset),
                new PrintStream(err, true, charset), variables, workingDirectory, terminal, progress,
                new ByteArrayInputStream(input.getBytes(charset))), args);
        return new CliResult(exitCode, out.toString(charset), err.toString(charset));
    }

    /** Writes a password file in the working directory and returns its path. */
    Path passwordFile(String password) {
        try {
            return Files.writeString(Files.createTempFile(workingDirectory, "password", ".txt"), password + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What one run printed and returned. */
    record CliResult(int exitCode, String out, String err) {

        List<String> errLines() {
            return err.lines().toList();
        }

        /** The tool's own error line, wherever the logs of a verbose run put it. */
        String errorLine() {
            return err.lines().filter(line -> line.startsWith("company-cli")).findFirst().orElse("");
        }

        String all() {
            return out + err;
        }
    }
}

package org.companyunification.cli.console;

import java.io.Console;
import java.util.Optional;

/** Where the tool asks a person for confirmation: the console, or nobody when none is attached. */
@FunctionalInterface
public interface Terminal {

    /**
     * Shows a prompt and reads one line of answer.
     *
     * @param prompt the question, shown as is
     * @return the answer, or empty when no person can be asked (no console, or the input has ended)
     */
    Optional<String> readLine(String prompt);

    /**
     * Returns the terminal of this process: {@link System#console()}, when there is one.
     *
     * @return the system terminal
     */
    static Terminal system() {
        return prompt -> {
            Console console = System.console();
            return console == null ? Optional.empty() : Optional.ofNullable(console.readLine("%s", prompt));
        };
    }

    /**
     * Returns a terminal that can never ask, as when the tool runs in a script or a pipeline.
     *
     * @return a terminal whose answers are always empty
     */
    static Terminal none() {
        return prompt -> Optional.empty();
    }
}

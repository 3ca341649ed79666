package org.companyunification.cli.internal;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.companyunification.model.company.RoleCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The ranges of the numeric options, checked while the command line is parsed, before any work starts: a value
 * outside its range is a one-line error with exit code {@value ExitCode#ERROR}. Each option states its range in
 * its help text.
 */
public final class OptionRanges {

    /**
     * The largest {@code --batch-size}: one transaction of the backfill holds this many legacy rows and what they
     * become in memory, so larger batches only risk running out of heap without getting faster.
     */
    public static final int MAX_BATCH_SIZE = 50_000;

    private OptionRanges() {}

    /**
     * Checks a {@code --batch-size}.
     *
     * @param spec the command being parsed
     * @param batchSize the value given
     * @return the value, when from 1 to {@value #MAX_BATCH_SIZE}
     * @throws ParameterException when it is outside that range
     */
    public static int batchSize(CommandSpec spec, int batchSize) {
        require(spec, batchSize >= 1 && batchSize <= MAX_BATCH_SIZE,
                "--batch-size must be a number of rows from 1 to %,d, not %s", MAX_BATCH_SIZE, batchSize);
        return batchSize;
    }

    /**
     * Reads a {@code --role}: a role code in any case, with spaces around it ignored.
     *
     * @param spec the command being parsed
     * @param value the value given
     * @return the role
     * @throws ParameterException when no role has this code, naming the codes there are
     */
    public static RoleCode roleCode(CommandSpec spec, String value) {
        String code = value.trim().toLowerCase(Locale.ROOT);
        Optional<RoleCode> match = Arrays.stream(RoleCode.values()).filter(r -> r.code().equals(code)).findFirst();
        require(spec, match.isPresent(), "--role must be one of %s, not '%s'",
                Arrays.stream(RoleCode.values()).map(RoleCode::code).collect(Collectors.joining(", ")), value);
        return match.orElseThrow();
    }

    /**
     * Refuses an option value outside its range.
     *
     * @param spec the command being parsed
     * @param inRange whether the value is in its range
     * @param format the message, naming the option, its range and the value given
     * @param arguments the message's arguments
     * @throws ParameterException when {@code inRange} is {@code false}
     */
    public static void require(CommandSpec spec, boolean inRange, String format, Object... arguments) {
        requireNonNull(spec, "spec");
        if (!inRange) {
            throw new ParameterException(spec.commandLine(), String.format(Locale.ROOT, format, arguments));
        }
    }
}

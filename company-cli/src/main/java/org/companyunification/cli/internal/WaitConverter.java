package org.companyunification.cli.internal;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads the value of {@code --wait}: a whole number followed by {@code s}, {@code m} or {@code h} ({@code 30s},
 * {@code 5m}, {@code 1h}), or {@code 0}; from zero to {@value #MAX_HOURS} hours.
 */
public final class WaitConverter implements ITypeConverter<Duration> {

    /** The longest wait, in hours. */
    public static final int MAX_HOURS = 24;

    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})([smh])");

    @Override
    public Duration convert(String value) {
        String text = value.strip().toLowerCase(Locale.ROOT);
        if (text.equals("0")) {
            return Duration.ZERO;
        }
        Matcher matcher = DURATION.matcher(text);
        if (!matcher.matches()) {
            throw new TypeConversionException("'" + value + "' is not a duration: expected a number with s, m or h,"
                    + " for example 30s, 5m or 1h (0 to " + MAX_HOURS + "h)");
        }
        long amount = Long.parseLong(matcher.group(1));
        Duration wait = switch (matcher.group(2)) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
        };
        if (wait.compareTo(Duration.ofHours(MAX_HOURS)) > 0) {
            throw new TypeConversionException("'" + value + "' is too long a wait: at most " + MAX_HOURS + "h");
        }
        return wait;
    }
}

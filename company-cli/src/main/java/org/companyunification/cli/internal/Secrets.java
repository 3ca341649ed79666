package org.companyunification.cli.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The secrets of one run (the database password, a password inside a JDBC URL), so that every line the tool
 * prints or logs can be masked before it leaves the process. A password can sit in a URL in two places, and both
 * are found: a parameter ({@code ?password=...}, {@code &password=...}, {@code ;PASSWORD=...}) and the user-info
 * part ({@code jdbc:postgresql://user:secret@host/db}, {@code jdbc:mariadb://user:secret@host/db}).
 * {@link #maskUrl} masks both in a URL about to be shown, even before its secrets are registered.
 */
public final class Secrets {

    /** What a secret is replaced with. */
    public static final String MASK = "****";

    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)password=([^&;]+)");

    /** The scheme of a URL with an authority: {@code jdbc:postgresql://}, {@code jdbc:mariadb:loadbalance://}. */
    private static final Pattern AUTHORITY_START = Pattern.compile("(?i)^jdbc:[a-z0-9]+:(?:[a-z0-9+.-]+:)?//");

    private final Set<String> values = new CopyOnWriteArraySet<>();

    /**
     * Registers a secret; blank values are ignored.
     *
     * @param secret the value never to print
     */
    public void add(String secret) {
        if (secret != null && !secret.isBlank()) {
            values.add(secret);
        }
    }

    /**
     * Registers the password parameters of a JDBC URL ({@code ?password=...} or {@code ;PASSWORD=...}), raw and
     * URL-decoded.
     *
     * @param url the JDBC URL
     */
    public void addFromUrl(String url) {
        if (url == null) {
            return;
        }
        Matcher matcher = URL_PASSWORD.matcher(url);
        while (matcher.find()) {
            addRawAndDecoded(matcher.group(1));
        }
        userInfoPassword(url).ifPresent(range -> addRawAndDecoded(url.substring(range[0], range[1])));
    }

    /**
     * Masks the passwords of a JDBC URL, in its parameters and in its user-info part, for showing the URL.
     *
     * @param url a JDBC URL, may be {@code null}
     * @return for example {@code jdbc:postgresql://app:****@db/x?ssl=true&password=****}
     */
    public static String maskUrl(String url) {
        if (url == null) {
            return null;
        }
        String masked = userInfoPassword(url)
                .map(range -> url.substring(0, range[0]) + MASK + url.substring(range[1]))
                .orElse(url);
        return URL_PASSWORD.matcher(masked).replaceAll(match -> Matcher.quoteReplacement(
                match.group().substring(0, match.group().length() - match.group(1).length()) + MASK));
    }

    /**
     * Finds the password of the user-info part of a URL: between the first colon after {@code //} and the last
     * {@code @} before the query, so that a password holding {@code @}, {@code :} or {@code /} is found whole.
     */
    private static Optional<int[]> userInfoPassword(String url) {
        Matcher start = AUTHORITY_START.matcher(url);
        if (!start.find()) {
            return Optional.empty();
        }
        int from = start.end();
        int query = url.indexOf('?', from);
        int end = query < 0 ? url.length() : query;
        int at = url.lastIndexOf('@', end - 1);
        if (at < from) {
            return Optional.empty();
        }
        int colon = url.indexOf(':', from);
        if (colon < 0 || colon >= at || colon + 1 == at) {
            return Optional.empty();
        }
        return Optional.of(new int[] {colon + 1, at});
    }

    private void addRawAndDecoded(String raw) {
        add(raw);
        try {
            add(URLDecoder.decode(raw, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException malformed) {
            // Not URL-encoded; the raw value is registered already.
        }
    }

    /**
     * Replaces every registered secret in a text with {@value #MASK}.
     *
     * @param text any text, may be {@code null}
     * @return the masked text, or {@code null} for {@code null}
     */
    public String mask(String text) {
        if (text == null || values.isEmpty()) {
            return text;
        }
        String masked = text;
        // Longest first, so a secret that contains another is masked whole.
        List<String> secrets = values.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        for (String secret : secrets) {
            masked = masked.replace(secret, MASK);
        }
        return masked;
    }
}

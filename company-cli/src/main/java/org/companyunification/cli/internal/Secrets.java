package org.companyunification.cli.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The secrets of one run (the database password, a password inside a JDBC URL), so that every line the tool
 * prints or logs can be masked before it leaves the process.
 */
public final class Secrets {

    /** What a secret is replaced with. */
    public static final String MASK = "****";

    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)password=([^&;]+)");

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
            String raw = matcher.group(1);
            add(raw);
            try {
                add(URLDecoder.decode(raw, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException malformed) {
                // Not URL-encoded; the raw value is registered already.
            }
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

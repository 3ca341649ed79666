package org.companyunification.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Legacy values that the unified row does not carry as they were: a value that lost to another row's, one
 * that was normalised or left empty. Stored as a JSON object in the origin record, so nothing is lost.
 */
final class SourceValues {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The most bytes {@code company_origins.source_values} holds on every database (a MariaDB TEXT). */
    static final int MAX_BYTES = 65_535;

    private final Map<String, String> values = new LinkedHashMap<>();
    private boolean shortened;

    void put(String field, Object value) {
        if (value != null) {
            values.put(field, value.toString());
        }
    }

    boolean isEmpty() {
        return values.isEmpty();
    }

    /**
     * Returns the JSON object, or {@code null} when there is nothing to keep. When the object would be longer
     * than the column holds ({@value #MAX_BYTES} bytes of UTF-8), its longest values, one after the other, are
     * replaced by a note of their length (they remain in the legacy row) until it fits; {@link #shortened()} then
     * tells so.
     */
    String toJson() {
        if (values.isEmpty()) {
            return null;
        }
        String json = write();
        while (json.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            Map.Entry<String, String> longest = values.entrySet().stream()
                    .max(Comparator.comparingInt(e -> e.getValue().length())).orElseThrow();
            longest.setValue("(" + longest.getValue().length() + " characters, too long to keep here: see the"
                    + " legacy row)");
            shortened = true;
            json = write();
        }
        return json;
    }

    /**
     * Returns a stored JSON object without some fields: the legacy row now agrees with the unified row on them.
     *
     * @param json the stored object, or {@code null}
     * @param fields the fields to drop
     * @return the object without them, or {@code null} when nothing is left
     */
    static String without(String json, Set<String> fields) {
        if (json == null || fields.isEmpty()) {
            return json;
        }
        try {
            Map<String, String> kept = JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() {});
            kept.keySet().removeAll(fields);
            return kept.isEmpty() ? null : JSON.writeValueAsString(kept);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tells whether {@link #toJson()} had to replace values by a note of their length. */
    boolean shortened() {
        return shortened;
    }

    private String write() {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}

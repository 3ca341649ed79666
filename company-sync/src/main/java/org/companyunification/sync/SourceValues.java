package org.companyunification.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Legacy values that the unified row does not carry as they were: a value that lost to another row's, one
 * that was normalised or left empty. Stored as a JSON object in the origin record, so nothing is lost.
 */
final class SourceValues {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> values = new LinkedHashMap<>();

    void put(String field, Object value) {
        if (value != null) {
            values.put(field, value.toString());
        }
    }

    boolean isEmpty() {
        return values.isEmpty();
    }

    /** Returns the JSON object, or {@code null} when there is nothing to keep. */
    String toJson() {
        if (values.isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}

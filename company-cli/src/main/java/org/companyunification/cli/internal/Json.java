package org.companyunification.cli.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Prints command results as JSON for {@code --json}: records become objects, one document per run. */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {}

    /**
     * Prints a value as an indented JSON document on the session's standard output, even with {@code --quiet}.
     *
     * @param session the run
     * @param value a record, list or map
     * @throws IllegalArgumentException when the value cannot be written as JSON
     */
    public static void print(Session session, Object value) {
        try {
            session.out().println(MAPPER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}

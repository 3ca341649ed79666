package org.companyunification.cli.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Locale;

/**
 * Prints command results as JSON for {@code --json}: records become objects, one document per run. Besides the
 * control characters JSON escapes anyway, the characters {@link TerminalText#isUnsafe} names (bidi overrides, C1
 * controls, line separators) are written as {@code \}{@code uXXXX} escapes, so a document printed to a terminal
 * cannot act on it; parsed, the values are unchanged.
 */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static {
        MAPPER.getFactory().setCharacterEscapes(new TerminalSafeEscapes());
    }

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

    /** Escapes what JSON escapes by default, and the characters above ASCII that could act on a terminal. */
    private static final class TerminalSafeEscapes extends CharacterEscapes {

        private static final long serialVersionUID = 1L;

        private final int[] ascii = standardAsciiEscapesForJSON();

        TerminalSafeEscapes() {
            ascii[0x7f] = ESCAPE_CUSTOM;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch <= Character.MAX_VALUE && TerminalText.isUnsafe((char) ch)
                    ? new SerializedString(String.format(Locale.ROOT, "\\u%04x", ch)) : null;
        }
    }
}

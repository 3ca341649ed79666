package org.companyunification.analytics.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.IOException;
import java.io.Writer;

/**
 * Jackson streaming generators: plain ones for JSON files, and ones safe inside an HTML {@code <script>} element,
 * which escape {@code <}, {@code >} and {@code &} (so a company named {@code </script>} cannot end the element)
 * and every character above ASCII (so the line separators U+2028 and U+2029 cannot break the script either).
 */
final class JsonOutput {

    private static final JsonFactory PLAIN = JsonFactory.builder().build();

    private static final JsonFactory HTML_SAFE = new JsonFactoryBuilder()
            .characterEscapes(new HtmlEscapes()).enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private JsonOutput() {}

    static JsonGenerator plain(Writer writer) throws IOException {
        return PLAIN.createGenerator(writer).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    static JsonGenerator htmlSafe(Writer writer) throws IOException {
        return HTML_SAFE.createGenerator(writer).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    /** Escapes {@code <}, {@code >} and {@code &} as unicode escapes, besides what JSON escapes anyway. */
    private static final class HtmlEscapes extends CharacterEscapes {

        private static final long serialVersionUID = 1L;

        private final int[] ascii = standardAsciiEscapesForJSON();

        HtmlEscapes() {
            ascii['<'] = ESCAPE_STANDARD;
            ascii['>'] = ESCAPE_STANDARD;
            ascii['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public com.fasterxml.jackson.core.SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}

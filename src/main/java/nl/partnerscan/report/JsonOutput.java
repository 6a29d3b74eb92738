package nl.partnerscan.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import nl.partnerscan.core.Language;
import nl.partnerscan.core.ReferenceData;
import nl.partnerscan.core.ScreeningResult;
import nl.partnerscan.core.Taxonomy;
import nl.partnerscan.report.ReferenceJson.ContactsDocument;
import nl.partnerscan.report.ReferenceJson.ListsDocument;
import nl.partnerscan.report.ReferenceJson.QuestionsDocument;
import nl.partnerscan.report.ReferenceJson.SectorsDocument;
import nl.partnerscan.report.ReferenceJson.TaxonomyDocument;

/**
 * Writes results and reference data as JSON for programs. Field names are snake_case and stable; the
 * objects are the records of {@link ResultJson} and {@link ReferenceJson}, whose components give the
 * fields and their order. The object for a screening result is the one that {@code batch} writes per row
 * too, so one parser serves both.
 */
public final class JsonOutput {
    // One mapper for every JSON partnerscan writes, so that the names cannot differ between commands.
    private static final ObjectMapper MAPPER = new ObjectMapper(new JsonFactory()
            .setCharacterEscapes(new ControlEscapes()))
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private static final ObjectWriter INDENTED = MAPPER.writerWithDefaultPrettyPrinter();
    private static final ObjectWriter COMPACT = MAPPER.writer();

    private JsonOutput() {
    }

    /** One screening result as a JSON object, followed by a newline. */
    public static void writeResult(Writer out, ScreeningResult result, Language language) {
        write(out, ResultJson.of(result, language));
    }

    /** The loaded lists with their source, date, licence and number of entries. */
    public static void writeLists(Writer out, ReferenceData data) {
        write(out, ListsDocument.of(data));
    }

    /** The table with flags, technologies and terms, in both languages. */
    public static void writeSectors(Writer out, ReferenceData data) {
        write(out, SectorsDocument.of(data));
    }

    /** A taxonomy of the EU with its areas, items and terms, in both languages. */
    public static void writeTaxonomy(Writer out, ReferenceData data, Taxonomy taxonomy) {
        write(out, TaxonomyDocument.of(data, taxonomy));
    }

    /** The six questions with their checks, in both languages. */
    public static void writeQuestions(Writer out, ReferenceData data) {
        write(out, QuestionsDocument.of(data));
    }

    /** The contacts, the primary one first. */
    public static void writeContacts(Writer out, ReferenceData data) {
        write(out, ContactsDocument.of(data));
    }

    /**
     * A value on one line, without a newline: a record built on {@link ResultJson}, for output of one
     * object a line.
     */
    public static String line(Object value) {
        try {
            return COMPACT.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * JSON escapes the control characters below U+0020 by itself; these escapes add DEL and the C1 controls
     * (U+007F to U+009F), so that no control character from an input reaches a terminal through JSON either.
     */
    private static final class ControlEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii = standardAsciiEscapesForJSON();

        ControlEscapes() {
            ascii[0x7F] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch >= 0x80 && ch <= 0x9F ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }

    private static void write(Writer out, Object value) {
        try {
            INDENTED.writeValue(out, value);
            out.write("\n");
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

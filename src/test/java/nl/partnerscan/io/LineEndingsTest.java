package nl.partnerscan.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineEndingsTest {
    /** Reads everything through LineEndings, {@code chunk} chars at a time, so that CRLF falls across reads. */
    private static String read(String text, int chunk) throws IOException {
        StringBuilder out = new StringBuilder();
        try (Reader reader = new LineEndings(new StringReader(text) {
            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                return super.read(buffer, offset, Math.min(length, chunk));
            }
        })) {
            char[] buffer = new char[7];
            int n;
            while ((n = reader.read(buffer, 0, buffer.length)) >= 0) {
                out.append(buffer, 0, n);
            }
        }
        return out.toString();
    }

    @ParameterizedTest
    @CsvSource({"1", "2", "3", "1000"})
    void everyLineEndingBecomesOneLf(int chunk) throws IOException {
        assertThat(read("a\r\nb\rc\nd\r\r\ne\r", chunk)).isEqualTo("a\nb\nc\nd\n\ne\n");
        assertThat(read("\r\n\r\n", chunk)).isEqualTo("\n\n");
        assertThat(read("no line end", chunk)).isEqualTo("no line end");
    }
}

package nl.partnerscan.io;

import java.io.IOException;
import java.io.Reader;

/**
 * A reader that turns every line ending into a single LF: CRLF and a lone CR (old Mac files, or a cell
 * edited on one) both become LF, inside quoted fields too, where a line break stays a line break.
 *
 * <p>Why: FastCSV 4.0.0 (and 3.7.0) silently drops, or merges with the next, a record whose quoted field
 * other than the first contains a lone CR. With only LF line endings that input never reaches it. Line
 * numbers do not change: CRLF, CR and LF each end one line.
 */
public final class LineEndings extends Reader {
    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    /** The last char read was a CR, already given out as LF: a following LF belongs to it. */
    private boolean afterCr;

    public LineEndings(Reader in) {
        this.in = in;
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (true) {
            int n = in.read(buffer, 0, Math.min(length, buffer.length));
            if (n < 0) {
                return -1;
            }
            int written = 0;
            for (int i = 0; i < n; i++) {
                char c = buffer[i];
                if (c == '\n' && afterCr) {
                    afterCr = false;
                    continue;
                }
                afterCr = c == '\r';
                target[offset + written++] = afterCr ? '\n' : c;
            }
            if (written > 0) {
                return written;
            }
            // The chunk was a single LF after a CR: read on, so as not to signal end of input.
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

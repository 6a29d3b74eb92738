package nl.partnerscan.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Locale;
import nl.partnerscan.core.DesignationList;

/**
 * A list file given on the command line ({@code --list FILE}), in any format partnerscan reads: YAML like
 * the bundled lists, an own CSV ({@link ListCsv}), the FollowTheMoney entity lines of OpenSanctions
 * ({@link FtmLines}), or the US Consolidated Screening List as CSV or JSON ({@link UsScreeningList}). The
 * format is told by the file's name and first bytes. Large files are read as a stream, never whole.
 */
final class ListFiles {
    private static final int SNIFF = 1 << 16;

    private ListFiles() {
    }

    static DesignationList load(Path file) {
        String label = file.toString();
        String lower = label.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return ReferenceDataBinder.designationList(new DataFiles.FileContent(label, readYaml(file, label)));
        }
        String date = fileDate(file);
        try (InputStream in = Files.newInputStream(file)) {
            PushbackInputStream bytes = new PushbackInputStream(in, 3);
            skipByteOrderMark(bytes);
            BufferedReader text = new BufferedReader(new InputStreamReader(bytes, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), SNIFF);
            text.mark(SNIFF);
            char[] head = new char[SNIFF];
            int read = Math.max(0, text.read(head, 0, SNIFF));
            text.reset();
            String start = new String(head, 0, read).stripLeading();
            if (start.startsWith("{") && FtmLines.looksLike(start)) {
                return FtmLines.read(label, text, date);
            }
            if (start.startsWith("{") || start.startsWith("[")) {
                return UsScreeningList.readJson(label, text, date);
            }
            if (UsScreeningList.looksLikeCsv(start)) {
                return UsScreeningList.readCsv(label, text, date);
            }
            return ListCsv.read(label, text, date);
        } catch (NoSuchFileException e) {
            throw new DataException(label, 0, 0, ListTexts.of("list.no_such_file"));
        } catch (CharacterCodingException e) {
            throw new DataException(label, 0, 0, ListTexts.of("list.not_utf8"));
        } catch (IOException e) {
            throw new DataException(label, 0, 0, ListTexts.of("list.unreadable", e.getMessage()));
        }
    }

    private static byte[] readYaml(Path file, String label) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(SafeYaml.MAX_BYTES + 1);
            if (bytes.length > SafeYaml.MAX_BYTES) {
                throw new DataException(label, 0, 0, ListTexts.of("list.yaml_too_large", SafeYaml.MAX_BYTES));
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new DataException(label, 0, 0, ListTexts.of("list.no_such_file"));
        } catch (IOException e) {
            throw new DataException(label, 0, 0, ListTexts.of("list.unreadable", e.getMessage()));
        }
    }

    /** The day the file was last changed, as the date of a list that states none. */
    private static String fileDate(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant().atZone(ZoneOffset.UTC).toLocalDate() + " (file date)";
        } catch (IOException e) {
            return "not stated";
        }
    }

    private static void skipByteOrderMark(PushbackInputStream in) throws IOException {
        byte[] first = new byte[3];
        int n = in.readNBytes(first, 0, 3);
        boolean bom = n == 3 && (first[0] & 0xFF) == 0xEF && (first[1] & 0xFF) == 0xBB && (first[2] & 0xFF) == 0xBF;
        if (!bom && n > 0) {
            in.unread(first, 0, n);
        }
    }

    /** Bytes of a list file as text: UTF-8, a byte-order mark skipped, anything else refused. */
    static String decode(String label, byte[] bytes) {
        int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
        } catch (CharacterCodingException e) {
            throw new DataException(label, 0, 0, ListTexts.of("list.not_utf8"));
        }
    }

    /** A list's id from its file name: lower case letters, digits, '-' and '.'. */
    static String id(String fileName) {
        String id = fileName.replaceFirst("\\.[^.]*$", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]+", "-")
                .replaceAll("^[^a-z0-9]+", "");
        return id.isEmpty() ? "own" : id;
    }
}

package nl.partnerscan.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import nl.partnerscan.core.DesignationList;
import nl.partnerscan.io.FileSignatures;
import nl.partnerscan.io.Utf8OrWindows1252;

/**
 * A list file given on the command line ({@code --list FILE}), in any format partnerscan reads: YAML like
 * the bundled lists, an own CSV ({@link ListCsv}), the FollowTheMoney entity lines of OpenSanctions
 * ({@link FtmLines}), or the US Consolidated Screening List as CSV or JSON ({@link UsScreeningList}). The
 * format is told by the file's name and first bytes. Large files are read as a stream, never whole.
 *
 * <p>A list is kept in a spreadsheet, so its text is read as spreadsheets save it: UTF-8 (with or without
 * a byte-order mark), UTF-16 with its mark (Excel's "Unicode text"), or, when the bytes are not UTF-8,
 * Windows-1252 (Excel's default CSV), as a batch's input is read ({@link Utf8OrWindows1252}); a byte that
 * is no text in the encoding chosen refuses the list. A workbook itself (.xlsx, .xls) is refused with what
 * to do instead.
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
            BufferedReader text = new BufferedReader(decoded(label, in), SNIFF);
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
        } catch (IOException | UncheckedIOException e) {
            throw readFailure(label, e);
        }
    }

    /**
     * What to say when a list file's bytes could not be read: that they are no text in its encoding (also
     * when a CSV reader passes that on, wrapped), else the system's reason.
     */
    static DataException readFailure(String label, Exception e) {
        if (e instanceof CharacterCodingException || e.getCause() instanceof CharacterCodingException) {
            return new DataException(label, 0, 0, ListTexts.of("list.bad_encoding"));
        }
        return new DataException(label, 0, 0, ListTexts.of("list.unreadable", e.getMessage()));
    }

    /**
     * The text of a list file: after a byte-order mark in its encoding, else UTF-8 or Windows-1252; a
     * workbook (the zip of .xlsx, the compound file of .xls) is refused.
     */
    private static Reader decoded(String label, InputStream in) throws IOException {
        PushbackInputStream bytes = new PushbackInputStream(in, FileSignatures.WORKBOOK_LENGTH);
        byte[] first = new byte[FileSignatures.WORKBOOK_LENGTH];
        int n = bytes.readNBytes(first, 0, first.length);
        if (FileSignatures.isWorkbook(first, n)) {
            throw new DataException(label, 0, 0, ListTexts.of("list.workbook"));
        }
        Optional<FileSignatures.ByteOrderMark> mark = FileSignatures.byteOrderMark(first, n);
        int skip = mark.map(FileSignatures.ByteOrderMark::length).orElse(0);
        bytes.unread(first, skip, n - skip);
        if (mark.isPresent()) {
            return new InputStreamReader(bytes, mark.get().charset().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        }
        return Utf8OrWindows1252.strict(bytes);
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
            throw readFailure(label, e);
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

    /** Bytes of a list file as text: UTF-8, a byte-order mark skipped, anything else refused. */
    static String decode(String label, byte[] bytes) {
        int skip = FileSignatures.byteOrderMark(bytes, bytes.length)
                .filter(mark -> mark.charset().equals(StandardCharsets.UTF_8)).map(FileSignatures.ByteOrderMark::length)
                .orElse(0);
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

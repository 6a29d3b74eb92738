package nl.partnerscan.data;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.partnerscan.core.DesignationList;
import nl.partnerscan.core.ListedOrganisation;
import nl.partnerscan.core.Localized;
import nl.partnerscan.io.Printable;
import nl.partnerscan.io.Separators;

/**
 * A user's own list of organisations as a spreadsheet export: a CSV with a header holding {@code name}
 * and, if wanted, {@code aliases} (separated by {@code ;} or {@code |}), {@code country}, {@code kind} and
 * {@code source}. The list is named after its file and is of kind {@code own}.
 */
public final class ListCsv {
    private ListCsv() {
    }

    /** Reads a list from CSV bytes; {@code label} is the file as the user knows it. */
    public static DesignationList read(String label, byte[] bytes) {
        String text = decode(label, bytes);
        List<ListedOrganisation> entries = new ArrayList<>();
        try {
            Iterator<CsvRecord> records = CsvReader.builder().fieldSeparator(Separators.detect(text))
                    .allowMissingFields(true).allowExtraFields(true).skipEmptyLines(true)
                    .ofCsvRecord(text).iterator();
            if (!records.hasNext()) {
                throw new DataException(label, 0, 0, "the list is empty; it needs a header with a column 'name'");
            }
            List<String> header = records.next().getFields().stream().map(h -> h.strip().toLowerCase(Locale.ROOT))
                    .toList();
            int name = header.indexOf("name");
            if (name < 0) {
                throw new DataException(label, 1, 0, "no column 'name'; a list's header has name, and if wanted"
                        + " aliases, country, kind, source");
            }
            while (records.hasNext()) {
                CsvRecord record = records.next();
                String value = field(label, record, name);
                if (value.isBlank()) {
                    throw new DataException(label, (int) record.getStartingLineNumber(), 0,
                            "the name is empty; every row of a list names an organisation");
                }
                List<String> aliases = new ArrayList<>();
                for (String alias : field(label, record, header.indexOf("aliases")).split("[;|]")) {
                    if (!alias.isBlank()) {
                        aliases.add(alias.strip());
                    }
                }
                String kind = field(label, record, header.indexOf("kind"));
                entries.add(new ListedOrganisation(value.strip(), field(label, record, header.indexOf("country")).strip(),
                        kind.isBlank() ? Optional.empty() : Optional.of(kind.strip()), aliases));
            }
        } catch (CsvParseException e) {
            throw new DataException(label, 0, 0, "not valid CSV: " + e.getMessage());
        }
        // Named after its file, whose name may hold anything a file name can: made safe to print.
        String fileName = Printable.of(Path.of(label).getFileName().toString());
        String id = fileName.replaceFirst("\\.[^.]*$", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]+", "-");
        return new DesignationList(id.isEmpty() ? "own" : id, fileName, DesignationList.Kind.OWN, "your own list",
                Printable.of(label),
                "not stated", "not stated", "not stated", "", new Localized(
                        "Uw eigen lijst; wat een treffer betekent, bepaalt u zelf.",
                        "Your own list; what a hit means is for you to decide."), entries);
    }

    /**
     * The value in column {@code index}, or empty. A control character is refused: names are printed on
     * terminals, and no escape sequence from a list may reach one.
     */
    private static String field(String label, CsvRecord record, int index) {
        String value = index >= 0 && index < record.getFieldCount() ? record.getField(index) : "";
        for (int i = 0; i < value.length(); i++) {
            if (Character.getType(value.charAt(i)) == Character.CONTROL) {
                throw new DataException(label, (int) record.getStartingLineNumber(), index + 1, "a control character (U+"
                        + String.format("%04X", (int) value.charAt(i)) + "); a list holds printable text only");
            }
        }
        return value;
    }

    private static String decode(String label, byte[] bytes) {
        int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
        } catch (CharacterCodingException e) {
            throw new DataException(label, 0, 0, "the list is not UTF-8 text; save it as CSV UTF-8");
        }
    }
}

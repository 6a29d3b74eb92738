package nl.partnerscan.data;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.partnerscan.core.DesignationList;
import nl.partnerscan.core.ListedOrganisation;
import nl.partnerscan.core.Localized;
import nl.partnerscan.io.LineEndings;
import nl.partnerscan.io.Printable;
import nl.partnerscan.io.Separators;

/**
 * A user's own list of organisations as a spreadsheet export: a CSV with a header holding {@code name}
 * and, if wanted, {@code aliases} (separated by {@code ;} or {@code |}), {@code country}, {@code kind} and
 * {@code source}. The list is named after its file and is of kind {@code own}. Line endings are read as
 * LF first ({@link LineEndings}), as for every CSV partnerscan reads, so that a lone CR inside a quoted
 * field loses no entry.
 */
public final class ListCsv {
    /** Between aliases in one field: compiled once, a list may have a hundred thousand rows. */
    private static final Pattern ALIAS_SEPARATOR = Pattern.compile("[;|]");
    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n\\t]+");

    private ListCsv() {
    }

    /** Reads a list from CSV bytes (a file of a data directory); {@code label} is the file as the user knows it. */
    public static DesignationList read(String label, byte[] bytes) {
        return read(label, new StringReader(ListFiles.decode(label, bytes)), "not stated");
    }

    /**
     * Reads a list from CSV text.
     *
     * @param date the list's date as shown (the file's date when the list states none)
     */
    static DesignationList read(String label, Reader text, String date) {
        List<ListedOrganisation> entries = new ArrayList<>();
        try {
            BufferedReader lines = new BufferedReader(new LineEndings(text), 1 << 16);
            lines.mark(1 << 16);
            String first = lines.readLine();
            lines.reset();
            Iterator<CsvRecord> records = CsvReader.builder().fieldSeparator(Separators.detect(first == null ? "" : first))
                    .allowMissingFields(true).allowExtraFields(true).skipEmptyLines(true)
                    .ofCsvRecord(lines).iterator();
            if (!records.hasNext()) {
                throw new DataException(label, 0, 0, ListTexts.of("list.empty"));
            }
            List<String> header = records.next().getFields().stream().map(h -> h.strip().toLowerCase(Locale.ROOT))
                    .toList();
            int name = header.indexOf("name");
            if (name < 0) {
                throw new DataException(label, 1, 0, ListTexts.of("list.no_name_column"));
            }
            while (records.hasNext()) {
                CsvRecord record = records.next();
                String value = field(label, record, name);
                if (value.isBlank()) {
                    throw new DataException(label, (int) record.getStartingLineNumber(), 0,
                            ListTexts.of("list.empty_name"));
                }
                List<String> aliases = new ArrayList<>();
                for (String alias : ALIAS_SEPARATOR.split(field(label, record, header.indexOf("aliases")))) {
                    if (!alias.isBlank()) {
                        aliases.add(alias.strip());
                    }
                }
                String kind = field(label, record, header.indexOf("kind"));
                entries.add(new ListedOrganisation(value.strip(), field(label, record, header.indexOf("country")).strip(),
                        kind.isBlank() ? Optional.empty() : Optional.of(kind.strip()), aliases));
            }
        } catch (CsvParseException e) {
            throw new DataException(label, 0, 0, ListTexts.of("list.bad_csv", e.getMessage()));
        } catch (IOException | UncheckedIOException e) {
            throw ListFiles.readFailure(label, e);
        }
        // Named after its file, whose name may hold anything a file name can: made safe to print.
        String fileName = Printable.of(Path.of(label).getFileName().toString());
        return new DesignationList(ListFiles.id(fileName), fileName, DesignationList.Kind.OWN, "your own list",
                Printable.of(label), date, "not stated", "not stated", "", new Localized(
                        "Uw eigen lijst; wat een treffer betekent, bepaalt u zelf.",
                        "Your own list; what a hit means is for you to decide."), entries);
    }

    /**
     * The value in column {@code index}, or empty. A line break or tab inside a quoted field is read as a space
     * (a name is one line); any other control character is refused: names are printed on terminals, and no
     * escape sequence from a list may reach one.
     */
    private static String field(String label, CsvRecord record, int index) {
        String value = index >= 0 && index < record.getFieldCount() ? record.getField(index) : "";
        if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\t') >= 0) {
            value = LINE_BREAKS.matcher(value).replaceAll(" ");
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.getType(value.charAt(i)) == Character.CONTROL) {
                throw new DataException(label, (int) record.getStartingLineNumber(), index + 1,
                        ListTexts.of("list.control_character", String.format("%04X", (int) value.charAt(i))));
            }
        }
        return value;
    }
}

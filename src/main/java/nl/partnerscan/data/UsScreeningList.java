package nl.partnerscan.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.partnerscan.core.DesignationList;
import nl.partnerscan.core.ListedOrganisation;
import nl.partnerscan.core.Localized;
import nl.partnerscan.io.LineEndings;

/**
 * The US Consolidated Screening List (International Trade Administration; the export-control and sanctions
 * lists of Commerce, State and Treasury in one), as the CSV or JSON file it is downloaded as: columns or
 * fields {@code source}, {@code type}, {@code name}, {@code alt_names}, {@code addresses}. Entities only:
 * rows of type Individual, Vessel or Aircraft are skipped. The JSON is read as a stream, its
 * {@code results} one at a time; its date is the latest {@code source_last_updated} of
 * {@code sources_used}, the CSV's the file's own date.
 */
final class UsScreeningList {
    private static final Set<String> NOT_ORGANISATIONS = Set.of("individual", "vessel", "aircraft");
    private static final ObjectMapper JSON = new ObjectMapper();

    private UsScreeningList() {
    }

    /** Whether the header is the Consolidated Screening List's. */
    static boolean looksLikeCsv(String start) {
        int end = start.indexOf('\n');
        String header = (end < 0 ? start : start.substring(0, end)).toLowerCase(Locale.ROOT);
        return header.contains("alt_names") && header.contains("source") && header.contains("name");
    }

    static DesignationList readCsv(String label, BufferedReader text, String fileDate) {
        List<ListedOrganisation> entries = new ArrayList<>();
        try {
            Iterator<CsvRecord> records = CsvReader.builder().allowMissingFields(true).allowExtraFields(true)
                    .skipEmptyLines(true).ofCsvRecord(new BufferedReader(new LineEndings(text), 1 << 16)).iterator();
            List<String> header = records.next().getFields().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)
                    .replaceFirst("^_", "")).toList();
            int name = header.indexOf("name");
            while (records.hasNext()) {
                CsvRecord record = records.next();
                String value = field(record, name);
                if (value.isBlank() || NOT_ORGANISATIONS.contains(field(record, header.indexOf("type")).strip()
                        .toLowerCase(Locale.ROOT))) {
                    continue;
                }
                List<String> aliases = new ArrayList<>();
                for (String alias : field(record, header.indexOf("alt_names")).split(";")) {
                    if (!alias.isBlank()) {
                        aliases.add(alias.strip());
                    }
                }
                String addresses = field(record, header.indexOf("addresses"));
                String country = addresses.isBlank() ? "" : lastPart(addresses.split(";")[0]);
                entries.add(new ListedOrganisation(value.strip(), country,
                        optional(field(record, header.indexOf("source"))), aliases));
            }
        } catch (CsvParseException e) {
            throw new DataException(label, 0, 0, ListTexts.of("list.bad_csv", e.getMessage()));
        }
        return list(label, fileDate, entries);
    }

    static DesignationList readJson(String label, BufferedReader text, String fileDate) throws IOException {
        List<ListedOrganisation> entries = new ArrayList<>();
        String latest = "";
        try (JsonParser parser = new JsonFactory().createParser(text)) {
            parser.setCodec(JSON);
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_ARRAY) {
                readResults(parser, entries);
            } else if (first == JsonToken.START_OBJECT) {
                boolean results = false;
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if (field.equals("results") && value == JsonToken.START_ARRAY) {
                        results = true;
                        readResults(parser, entries);
                    } else if (field.equals("sources_used") && value == JsonToken.START_ARRAY) {
                        for (JsonNode source : (JsonNode) parser.readValueAsTree()) {
                            String updated = source.path("source_last_updated").asText("");
                            if (updated.length() >= 10 && updated.substring(0, 10).compareTo(latest) > 0) {
                                latest = updated.substring(0, 10);
                            }
                        }
                    } else {
                        parser.skipChildren();
                    }
                }
                if (!results) {
                    // Another JSON file given by mistake would otherwise be an own list of no one, silently.
                    throw new DataException(label, 1, 1, ListTexts.of("list.not_screening_list_json"));
                }
            } else {
                throw new DataException(label, 1, 1, ListTexts.of("list.not_screening_list_json"));
            }
        } catch (JsonProcessingException e) {
            throw new DataException(label, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    e.getLocation() == null ? 0 : e.getLocation().getColumnNr(),
                    ListTexts.of("list.bad_json", e.getOriginalMessage()));
        }
        return list(label, latest.isEmpty() ? fileDate : latest, entries);
    }

    private static void readResults(JsonParser parser, List<ListedOrganisation> entries) throws IOException {
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            JsonNode result = parser.readValueAsTree();
            String name = result.path("name").asText("").strip();
            if (name.isEmpty() || NOT_ORGANISATIONS.contains(result.path("type").asText("").toLowerCase(Locale.ROOT))) {
                continue;
            }
            List<String> aliases = new ArrayList<>();
            JsonNode alternatives = result.has("alt_names") ? result.path("alt_names") : result.path("altNames");
            alternatives.forEach(alias -> {
                if (!alias.asText("").isBlank()) {
                    aliases.add(alias.asText().strip());
                }
            });
            String country = "";
            for (JsonNode address : result.path("addresses")) {
                country = address.isTextual() ? lastPart(address.asText()) : address.path("country").asText("");
                if (!country.isEmpty()) {
                    break;
                }
            }
            entries.add(new ListedOrganisation(name, country, optional(result.path("source").asText("")), aliases));
        }
    }

    private static DesignationList list(String label, String date, List<ListedOrganisation> entries) {
        String fileName = Path.of(label).getFileName().toString();
        return new DesignationList(ListFiles.id(fileName), "US Consolidated Screening List (" + fileName + ")",
                DesignationList.Kind.OWN, "International Trade Administration, US Department of Commerce (your copy)",
                label, date, "not stated", "US government work", "", new Localized(
                        "Uw kopie van de Amerikaanse Consolidated Screening List: exportcontrole- en sanctielijsten van de"
                                + " VS in één; alleen de organisaties worden gelezen. Een treffer is een reden om verder te kijken.",
                        "Your copy of the US Consolidated Screening List: the US export-control and sanctions lists in"
                                + " one; only the organisations are read. A hit is a reason to look further."), entries);
    }

    /** The last comma-separated part of an address: its country code. */
    private static String lastPart(String address) {
        String[] parts = address.split(",");
        return parts[parts.length - 1].strip();
    }

    private static Optional<String> optional(String text) {
        return text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }

    private static String field(CsvRecord record, int index) {
        return index >= 0 && index < record.getFieldCount() ? record.getField(index) : "";
    }
}

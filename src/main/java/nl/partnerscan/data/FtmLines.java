package nl.partnerscan.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.partnerscan.core.DesignationList;
import nl.partnerscan.core.ListedOrganisation;
import nl.partnerscan.core.Localized;

/**
 * The FollowTheMoney entity lines of OpenSanctions ({@code entities.ftm.json}): one JSON object a line with
 * {@code schema}, {@code properties} ({@code name}, {@code alias}, {@code previousName}, {@code weakAlias},
 * {@code country}, ...) and {@code datasets}. Organisations only (schemas Organization, Company,
 * LegalEntity, PublicBody); persons, vessels, sanctions and relations are skipped. The user brings the
 * file: OpenSanctions data is licensed for non-commercial use, and partnerscan ships none of it. The list's
 * date is the latest {@code last_change} (or {@code last_seen}) of its entities.
 */
final class FtmLines {
    private static final Set<String> ORGANISATIONS = Set.of("Organization", "Company", "LegalEntity", "PublicBody");
    private static final ObjectMapper JSON = new ObjectMapper();

    private FtmLines() {
    }

    /** Whether the first line is an entity: a JSON object with a schema and properties. */
    static boolean looksLike(String start) {
        int end = start.indexOf('\n');
        String line = end < 0 ? start : start.substring(0, end);
        try {
            JsonNode node = JSON.readTree(line);
            return node != null && node.has("schema") && node.has("properties");
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    static DesignationList read(String label, BufferedReader lines, String fileDate) throws IOException {
        List<ListedOrganisation> entries = new ArrayList<>();
        Set<String> datasets = new TreeSet<>();
        String latest = "";
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode entity;
            try {
                entity = JSON.readTree(line);
            } catch (JsonProcessingException e) {
                throw new DataException(label, number, e.getLocation() == null ? 0 : e.getLocation().getColumnNr(),
                        ListTexts.of("list.bad_ftm_line", e.getOriginalMessage()));
            }
            if (!ORGANISATIONS.contains(entity.path("schema").asText())) {
                continue;
            }
            JsonNode properties = entity.path("properties");
            List<String> names = values(properties, "name");
            if (names.isEmpty()) {
                continue;
            }
            List<String> aliases = new ArrayList<>(names.subList(1, names.size()));
            for (String property : List.of("alias", "previousName", "weakAlias", "abbreviation")) {
                aliases.addAll(values(properties, property));
            }
            List<String> countries = new ArrayList<>(values(properties, "country"));
            countries.addAll(values(properties, "jurisdiction"));
            countries.addAll(values(properties, "mainCountry"));
            entity.path("datasets").forEach(d -> datasets.add(d.asText()));
            for (String field : List.of("last_change", "last_seen")) {
                String seen = entity.path(field).asText("");
                if (seen.length() >= 10 && seen.substring(0, 10).compareTo(latest) > 0) {
                    latest = seen.substring(0, 10);
                }
            }
            entries.add(new ListedOrganisation(names.get(0), countries.isEmpty() ? "" : countries.get(0).toUpperCase(Locale.ROOT),
                    Optional.of(entity.path("schema").asText()), aliases));
        }
        String fileName = Path.of(label).getFileName().toString();
        String sets = datasets.size() <= 5 ? String.join(", ", datasets)
                : String.join(", ", new ArrayList<>(datasets).subList(0, 5)) + " and " + (datasets.size() - 5) + " more";
        return new DesignationList(ListFiles.id(fileName), "OpenSanctions (" + fileName + ")", DesignationList.Kind.OWN,
                "OpenSanctions (your copy)", label + (sets.isEmpty() ? "" : "; datasets: " + sets),
                latest.isEmpty() ? fileDate : latest, "not stated", "OpenSanctions: non-commercial use (see opensanctions.org/licensing)",
                "Data from OpenSanctions.org", new Localized(
                        "Uw kopie van OpenSanctions: sanctielijsten en andere lijsten van personen en organisaties; alleen de"
                                + " organisaties worden gelezen. Een treffer is een reden om verder te kijken.",
                        "Your copy of OpenSanctions: sanctions lists and other lists of persons and organisations; only the"
                                + " organisations are read. A hit is a reason to look further."), entries);
    }

    private static List<String> values(JsonNode properties, String property) {
        List<String> values = new ArrayList<>();
        for (JsonNode value : properties.path(property)) {
            String text = value.asText("").strip();
            if (!text.isEmpty() && !values.contains(text)) {
                values.add(text);
            }
        }
        return values;
    }
}

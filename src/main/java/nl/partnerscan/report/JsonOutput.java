package nl.partnerscan.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import nl.partnerscan.core.Check;
import nl.partnerscan.core.Contact;
import nl.partnerscan.core.DesignationList;
import nl.partnerscan.core.Flag;
import nl.partnerscan.core.Language;
import nl.partnerscan.core.Localized;
import nl.partnerscan.core.OpenQuestion;
import nl.partnerscan.core.PartnerHit;
import nl.partnerscan.core.Question;
import nl.partnerscan.core.ReferenceData;
import nl.partnerscan.core.ScreeningResult;
import nl.partnerscan.core.Sector;
import nl.partnerscan.core.Taxonomy;
import nl.partnerscan.core.Technology;
import nl.partnerscan.core.match.Term;

/**
 * Writes results and reference data as JSON for programs. Field names are snake_case and stable; texts
 * are in the chosen language. The object for a screening result is the one that {@code batch} writes
 * per row too, so one parser serves both.
 */
public final class JsonOutput {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private JsonOutput() {
    }

    /** One screening result as a JSON object, followed by a newline. */
    public static void writeResult(Writer out, ScreeningResult result, Language language) {
        write(out, result(result, language));
    }

    /** The fields of a screening result, in output order, ready for a JSON or other writer. */
    public static Map<String, Object> result(ScreeningResult result, Language language) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("verdict", result.verdict().id());
        json.put("verdict_label", result.verdictText().label().in(language));
        json.put("advice", result.verdictText().advice().in(language));
        json.put("score", result.score());
        json.put("sectors", result.sectors().stream().map(Sector::id).toList());
        json.put("technologies", result.technologies().stream().map(Technology::id).toList());
        List<Map<String, Object>> matches = new ArrayList<>();
        result.matches().forEach(m -> {
            Map<String, Object> match = new LinkedHashMap<>();
            match.put("text", m.matchedText());
            match.put("term", m.term().text());
            match.put("term_origin", origin(m.term()));
            match.put("entry", m.entryId());
            match.put("sector", m.sector().id());
            match.put("technology", m.technology().map(Technology::id).orElse(null));
            matches.add(match);
        });
        json.put("matches", matches);
        List<Map<String, Object>> taxonomyMatches = new ArrayList<>();
        result.taxonomyMatches().forEach(m -> {
            Map<String, Object> match = new LinkedHashMap<>();
            match.put("taxonomy", m.taxonomy().id());
            match.put("label", m.taxonomy().label().in(language));
            match.put("source", m.taxonomy().source());
            match.put("text", m.matchedText());
            match.put("term", m.term().text());
            match.put("area", m.area().id());
            match.put("area_name", m.area().name().in(language));
            match.put("item", m.item().map(Taxonomy.Item::id).orElse(null));
            taxonomyMatches.add(match);
        });
        json.put("taxonomy_matches", taxonomyMatches);
        json.put("eu_areas", result.areasOf(Taxonomy.EU_CRITICAL).stream().map(Taxonomy.Area::id).toList());
        json.put("dual_use", result.areasOf(Taxonomy.DUAL_USE).stream().map(Taxonomy.Area::id).toList());
        json.put("export_control", result.exportControl().map(t -> t.in(language)).orElse(null));
        List<Map<String, Object>> signals = new ArrayList<>();
        result.partnerSignals().forEach(s -> {
            Map<String, Object> signal = new LinkedHashMap<>();
            signal.put("text", s.matchedText());
            signal.put("indicator", s.indicator().id());
            signal.put("term", s.term().text());
            signals.add(signal);
        });
        json.put("partner_signals", signals);
        List<Map<String, Object>> hits = new ArrayList<>();
        result.partnerHits().forEach(h -> hits.add(partnerHit(h)));
        json.put("partner_hits", hits);
        List<Map<String, Object>> reasons = new ArrayList<>();
        result.reasons().forEach(r -> {
            Map<String, Object> reason = new LinkedHashMap<>();
            reason.put("code", r.code());
            reason.put("points", r.points());
            reason.put("text", r.text().in(language));
            reasons.add(reason);
        });
        json.put("reasons", reasons);
        Map<String, Object> answers = new LinkedHashMap<>();
        result.answers().forEach((check, answer) -> answers.put(check, answer.name().toLowerCase(Locale.ROOT)));
        json.put("answers", answers);
        List<Map<String, Object>> open = new ArrayList<>();
        for (OpenQuestion question : result.openQuestions()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", question.question().id());
            item.put("question", question.question().question().in(language));
            item.put("checks", question.openChecks().stream().map(c -> Map.of("id", c.id(), "text",
                    c.text().in(language))).map(JsonOutput::ordered).toList());
            open.add(item);
        }
        json.put("open_questions", open);
        json.put("contact", contact(result.contact(), language));
        json.put("notice", result.notice().in(language));
        json.put("caveats", result.caveats().stream().map(c -> c.text().in(language)).toList());
        json.put("language", language.code());
        json.put("data_version", result.dataVersion());
        return json;
    }

    /**
     * The fields of {@link #result} for a row that could not be screened: the same keys, with no verdict
     * and empty lists, so that one parser reads both.
     */
    public static Map<String, Object> emptyResult(Language language, String dataVersion) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("verdict", null);
        json.put("verdict_label", null);
        json.put("advice", null);
        json.put("score", null);
        json.put("sectors", List.of());
        json.put("technologies", List.of());
        json.put("matches", List.of());
        json.put("taxonomy_matches", List.of());
        json.put("eu_areas", List.of());
        json.put("dual_use", List.of());
        json.put("export_control", null);
        json.put("partner_signals", List.of());
        json.put("partner_hits", List.of());
        json.put("reasons", List.of());
        json.put("answers", Map.of());
        json.put("open_questions", List.of());
        json.put("contact", null);
        json.put("notice", null);
        json.put("caveats", List.of());
        json.put("language", language.code());
        json.put("data_version", dataVersion);
        return json;
    }

    /** One partner hit: the list and its kind, the entry's official name, what matched, how, how closely. */
    public static Map<String, Object> partnerHit(PartnerHit hit) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("list", hit.list().id());
        json.put("list_name", hit.list().name());
        json.put("list_kind", hit.list().kind().id());
        json.put("name", hit.entry().name());
        json.put("country", hit.entry().country());
        json.put("matched", hit.matched());
        json.put("text", hit.text());
        json.put("match", hit.match().id());
        json.put("similarity", Math.round(hit.similarity() * 1000) / 1000.0);
        return json;
    }

    /** The loaded lists with their source, date, licence and number of entries. */
    public static void writeLists(Writer out, ReferenceData data) {
        List<Map<String, Object>> lists = new ArrayList<>();
        for (DesignationList list : data.lists()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", list.id());
            json.put("name", list.name());
            json.put("kind", list.kind().id());
            json.put("publisher", list.publisher());
            json.put("source", list.source());
            json.put("date", list.date());
            json.put("retrieved", list.retrieved());
            json.put("licence", list.licence());
            json.put("attribution", list.attribution());
            json.put("meaning", localized(list.meaning()));
            json.put("entries", list.entries().size());
            lists.add(json);
        }
        write(out, document(data, "lists", lists));
    }

    /** The table with flags, technologies and terms, in both languages. */
    public static void writeSectors(Writer out, ReferenceData data) {
        List<Map<String, Object>> sectors = new ArrayList<>();
        for (Sector sector : data.sectors()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", sector.id());
            json.put("name", localized(sector.name()));
            sector.description().ifPresent(d -> json.put("description", localized(d)));
            json.put("topsector", flag(sector.topsector()));
            json.put("key_technology", flag(sector.keyTechnology()));
            json.put("source", sector.source());
            json.put("terms", terms(sector.terms()));
            List<Map<String, Object>> technologies = new ArrayList<>();
            for (Technology technology : sector.technologies()) {
                Map<String, Object> tech = new LinkedHashMap<>();
                tech.put("id", technology.id());
                tech.put("name", localized(technology.name()));
                tech.put("source", technology.source());
                tech.put("terms", terms(technology.terms()));
                technologies.add(tech);
            }
            json.put("technologies", technologies);
            sectors.add(json);
        }
        Map<String, Object> root = document(data, "sectors", sectors);
        root.put("caveats", data.caveats().stream().map(c -> ordered(Map.of("id", c.id(), "text",
                localized(c.text()), "source", c.source()))).toList());
        write(out, root);
    }

    /** A taxonomy of the EU with its areas, items and terms, in both languages. */
    public static void writeTaxonomy(Writer out, ReferenceData data, Taxonomy taxonomy) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("data_version", data.dataVersion());
        root.put("taxonomy", taxonomy.id());
        root.put("name", localized(taxonomy.name()));
        root.put("label", localized(taxonomy.label()));
        root.put("source", taxonomy.source());
        root.put("meaning", localized(taxonomy.meaning()));
        List<Map<String, Object>> areas = new ArrayList<>();
        for (Taxonomy.Area area : taxonomy.allAreas()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", area.id());
            // null for the uncategorised entry, which the source does not list.
            json.put("number", area.number().isPresent() ? area.number().getAsInt() : null);
            json.put("name", localized(area.name()));
            json.put("priority", area.priority());
            json.put("verified", area.verified());
            json.put("terms", terms(area.terms()));
            json.put("items", area.items().stream().map(item -> {
                Map<String, Object> i = new LinkedHashMap<>();
                i.put("id", item.id());
                i.put("name", localized(item.name()));
                i.put("verified", item.verified());
                i.put("terms", terms(item.terms()));
                return i;
            }).toList());
            areas.add(json);
        }
        root.put("areas", areas);
        write(out, root);
    }

    /** The six questions with their checks, in both languages. */
    public static void writeQuestions(Writer out, ReferenceData data) {
        List<Map<String, Object>> questions = new ArrayList<>();
        for (Question question : data.questions()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", question.id());
            json.put("question", localized(question.question()));
            json.put("explanation", localized(question.explanation()));
            json.put("weight", question.weight());
            json.put("source", question.source());
            List<Map<String, Object>> checks = new ArrayList<>();
            for (Check check : question.checks()) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("id", check.id());
                item.put("text", localized(check.text()));
                item.put("wording", check.wording().name().toLowerCase(Locale.ROOT));
                check.basedOn().ifPresent(b -> item.put("based_on", b));
                item.put("risk_if", check.riskIf().stream().sorted().map(a -> a.name().toLowerCase(Locale.ROOT)).toList());
                item.put("weight", check.weight());
                item.put("source", check.source());
                checks.add(item);
            }
            json.put("checks", checks);
            questions.add(json);
        }
        write(out, document(data, "questions", questions));
    }

    /** The contacts, the primary one first. */
    public static void writeContacts(Writer out, ReferenceData data) {
        List<Map<String, Object>> contacts = new ArrayList<>();
        for (Contact contact : data.contacts()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", contact.id());
            json.put("name", localized(contact.name()));
            contact.email().ifPresent(e -> json.put("email", e));
            contact.website().ifPresent(w -> json.put("website", w));
            contact.instruction().ifPresent(i -> json.put("instruction", localized(i)));
            json.put("purpose", localized(contact.purpose()));
            json.put("source", contact.source());
            contacts.add(json);
        }
        write(out, document(data, "contacts", contacts));
    }

    /** A listing: the data version first, then the entries, in a fixed order. */
    private static Map<String, Object> document(ReferenceData data, String key, Object entries) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("data_version", data.dataVersion());
        root.put(key, entries);
        return root;
    }

    private static Map<String, Object> contact(Contact contact, Language language) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", contact.id());
        json.put("name", contact.name().in(language));
        json.put("email", contact.email().orElse(null));
        json.put("website", contact.website().orElse(null));
        json.put("purpose", contact.purpose().in(language));
        json.put("source", contact.source());
        return json;
    }

    private static List<Map<String, Object>> terms(List<Term> terms) {
        return terms.stream().map(t -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("text", t.text());
            json.put("origin", origin(t));
            if (t.caseSensitive()) {
                json.put("case_sensitive", true);
            }
            return json;
        }).toList();
    }

    private static String origin(Term term) {
        return term.origin() == Term.Origin.QUOTED ? "quoted" : "added";
    }

    private static String flag(Flag flag) {
        return flag.name().toLowerCase(Locale.ROOT);
    }

    private static Map<String, Object> localized(Localized text) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("nl", text.nl());
        json.put("en", text.en());
        return json;
    }

    /** A small map with its keys in a fixed (sorted) order, so that output is the same on every run. */
    private static Map<String, Object> ordered(Map<String, ?> map) {
        return new TreeMap<>(map);
    }

    private static void write(Writer out, Object value) {
        try {
            MAPPER.writeValue(out, value);
            out.write("\n");
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package nl.partnerscan.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.partnerscan.core.Contact;
import nl.partnerscan.core.Language;
import nl.partnerscan.core.OpenQuestion;
import nl.partnerscan.core.Organisation;
import nl.partnerscan.core.PartnerHit;
import nl.partnerscan.core.PartnerSignal;
import nl.partnerscan.core.Reason;
import nl.partnerscan.core.RoutedContact;
import nl.partnerscan.core.ScreeningResult;
import nl.partnerscan.core.Sector;
import nl.partnerscan.core.Signal;
import nl.partnerscan.core.SignalMatch;
import nl.partnerscan.core.Taxonomy;
import nl.partnerscan.core.TaxonomyMatch;
import nl.partnerscan.core.Technology;
import nl.partnerscan.core.TopicMatch;
import nl.partnerscan.io.ToolVersion;

/**
 * The JSON object of one screening result, as {@code screen --format json} prints it and as each row of
 * {@code batch} carries it. A row that could not be screened uses this same type ({@link #unscreened}), so
 * that the two cannot drift apart and one parser reads both. Components are in output order; {@link
 * JsonOutput} writes them in snake_case, texts in the chosen language. Every object names the build of
 * partnerscan that made it ({@link ToolVersion#full()}), beside the version of the reference data.
 */
public record ResultJson(
        String verdict,
        String verdictLabel,
        String advice,
        Integer score,
        List<String> sectors,
        List<String> technologies,
        List<MatchJson> matches,
        List<TaxonomyMatchJson> taxonomyMatches,
        List<String> euAreas,
        List<String> dualUse,
        String exportControl,
        List<PartnerSignalJson> partnerSignals,
        List<PartnerHitJson> partnerHits,
        List<SignalJson> signals,
        List<ReasonJson> reasons,
        Map<String, String> answers,
        List<OpenQuestionJson> openQuestions,
        List<String> urgentChecks,
        String organisation,
        ContactJson contact,
        List<RoutedContactJson> contacts,
        String notice,
        List<String> caveats,
        String language,
        String dataVersion,
        String partnerscanVersion) {

    /** A screening result in the given language. */
    public static ResultJson of(ScreeningResult result, Language language) {
        Map<String, String> answers = new LinkedHashMap<>();
        result.answers().forEach((check, answer) -> answers.put(check, answer.id()));
        return new ResultJson(
                result.verdict().id(),
                result.verdictText().label().in(language),
                result.verdictText().advice().in(language),
                result.score(),
                result.sectors().stream().map(Sector::id).toList(),
                result.technologies().stream().map(Technology::id).toList(),
                result.matches().stream().map(MatchJson::of).toList(),
                result.taxonomyMatches().stream().map(m -> TaxonomyMatchJson.of(m, language)).toList(),
                result.areasOf(Taxonomy.EU_CRITICAL).stream().map(Taxonomy.Area::id).toList(),
                result.areasOf(Taxonomy.DUAL_USE).stream().map(Taxonomy.Area::id).toList(),
                result.exportControl().map(t -> t.in(language)).orElse(null),
                result.partnerSignals().stream().map(PartnerSignalJson::of).toList(),
                result.partnerHits().stream().map(PartnerHitJson::of).toList(),
                result.signals().stream().map(m -> SignalJson.of(m, language)).toList(),
                result.reasons().stream().map(r -> ReasonJson.of(r, language)).toList(),
                answers,
                result.openQuestions().stream().map(q -> OpenQuestionJson.of(q, language)).toList(),
                result.urgentChecks(),
                result.organisation().map(Organisation::id).orElse(null),
                ContactJson.of(result.contact(), language),
                result.contacts().stream().map(c -> RoutedContactJson.of(c, language)).toList(),
                result.notice().in(language),
                result.caveats().stream().map(c -> c.text().in(language)).toList(),
                language.code(),
                result.dataVersion(),
                ToolVersion.current().full());
    }

    /**
     * A row that could not be screened: no verdict, no texts, empty lists; only the language and the data
     * version are known.
     */
    public static ResultJson unscreened(Language language, String dataVersion) {
        return new ResultJson(null, null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), null, List.of(), List.of(), List.of(), List.of(), Map.of(), List.of(), List.of(), null, null,
                List.of(), null, List.of(), language.code(), dataVersion, ToolVersion.current().full());
    }

    /**
     * Words of the topic or description that raised one of the brochure's other risks, with the brochure's
     * sentence it rests on, the checks it makes urgent and the contacts it calls for.
     */
    public record SignalJson(String signal, String name, String text, String term, String basedOn,
                             List<String> checks, List<String> contacts) {
        static SignalJson of(SignalMatch match, Language language) {
            Signal signal = match.signal();
            return new SignalJson(signal.id(), signal.name().in(language), match.matchedText(), match.term().text(),
                    signal.basedOn(), signal.checks(), signal.contacts());
        }
    }

    /** Words of the text that matched a term of the brochure's table. */
    public record MatchJson(String text, String term, String termOrigin, String entry, String sector,
                            String technology) {
        static MatchJson of(TopicMatch match) {
            return new MatchJson(match.matchedText(), match.term().text(), TermJson.origin(match.term()),
                    match.entryId(), match.sector().id(), match.technology().map(Technology::id).orElse(null));
        }
    }

    /** Words of the text that matched an area (and perhaps an item) of an EU taxonomy. */
    public record TaxonomyMatchJson(String taxonomy, String label, String source, String text, String term,
                                    String area, String areaName, String item) {
        static TaxonomyMatchJson of(TaxonomyMatch match, Language language) {
            return new TaxonomyMatchJson(match.taxonomy().id(), match.taxonomy().label().in(language),
                    match.taxonomy().source(), match.matchedText(), match.term().text(), match.area().id(),
                    match.area().name().in(language), match.item().map(Taxonomy.Item::id).orElse(null));
        }
    }

    /** Words of the partner's description that point to a kind of partner that raises the risk. */
    public record PartnerSignalJson(String text, String indicator, String term) {
        static PartnerSignalJson of(PartnerSignal signal) {
            return new PartnerSignalJson(signal.matchedText(), signal.indicator().id(), signal.term().text());
        }
    }

    /**
     * A listed organisation named in a screened text: the list and its kind, the entry, what matched, how, how
     * closely, in which field, and why (the basis and its detail).
     */
    public record PartnerHitJson(String list, String listName, String listKind, String name, String country,
                                 String matched, String text, String match, double similarity, String field,
                                 String basis, String detail) {
        static PartnerHitJson of(PartnerHit hit) {
            // Three decimals: enough to rank near spellings, and stable across platforms.
            return new PartnerHitJson(hit.list().id(), hit.list().name(), hit.list().kind().id(), hit.entry().name(),
                    hit.entry().country(), hit.matched(), hit.text(), hit.match().id(),
                    Math.round(hit.similarity() * 1000) / 1000.0, hit.field().id(), hit.basis().id(), hit.detail());
        }
    }

    /** One line of the score's explanation. */
    public record ReasonJson(String code, int points, String text) {
        static ReasonJson of(Reason reason, Language language) {
            return new ReasonJson(reason.code(), reason.points(), reason.text().in(language));
        }
    }

    /** A question with the checks that are still unanswered. */
    public record OpenQuestionJson(String id, String question, List<OpenCheckJson> checks) {
        static OpenQuestionJson of(OpenQuestion open, Language language) {
            return new OpenQuestionJson(open.question().id(), open.question().question().in(language),
                    open.openChecks().stream().map(c -> new OpenCheckJson(c.id(), c.text().in(language))).toList());
        }
    }

    /** An unanswered check: its id, to answer it with, and its text. */
    public record OpenCheckJson(String id, String text) {
    }

    /**
     * A contact for this screening with why it is listed: the ids of the organisation that asks, the findings
     * ({@code dual-use}) and the brochure's risks ({@code espionage}) that brought it; empty for the default.
     */
    public record RoutedContactJson(String id, String name, String email, String website, String purpose,
                                    String source, List<String> because) {
        static RoutedContactJson of(RoutedContact routed, Language language) {
            Contact contact = routed.contact();
            return new RoutedContactJson(contact.id(), contact.name().in(language), contact.email().orElse(null),
                    contact.website().orElse(null), contact.purpose().in(language), contact.source(),
                    routed.because().stream().map(RoutedContact.Because::id).toList());
        }
    }

    /** Whom to contact, in the result's language; an address the source does not give is null. */
    public record ContactJson(String id, String name, String email, String website, String purpose, String source) {
        static ContactJson of(Contact contact, Language language) {
            return new ContactJson(contact.id(), contact.name().in(language), contact.email().orElse(null),
                    contact.website().orElse(null), contact.purpose().in(language), contact.source());
        }
    }
}

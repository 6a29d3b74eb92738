package nl.partnerscan.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import nl.partnerscan.core.Answer;
import nl.partnerscan.core.Check;
import nl.partnerscan.core.Contact;
import nl.partnerscan.core.DesignationList;
import nl.partnerscan.core.Language;
import nl.partnerscan.core.OpenQuestion;
import nl.partnerscan.core.PartnerHit;
import nl.partnerscan.core.Question;
import nl.partnerscan.core.Reason;
import nl.partnerscan.core.ReferenceData;
import nl.partnerscan.core.RoutedContact;
import nl.partnerscan.core.ScreeningRequest;
import nl.partnerscan.core.ScreeningResult;
import nl.partnerscan.core.Sector;
import nl.partnerscan.core.SignalMatch;
import nl.partnerscan.core.Taxonomy;
import nl.partnerscan.core.TaxonomyMatch;
import nl.partnerscan.core.TopicMatch;
import nl.partnerscan.io.ProgramVersion;

/**
 * A record of one screening for the dossier, as the brochure asks: "De beslissing om wel of niet bepaalde
 * samenwerkingen met China aan te gaan, blijft altijd een afweging tussen kansen en risico's." Who asked and
 * who assessed, the case, when, the next review; the decision and its reasoning; what was screened; partnerscan's
 * verdict with every point of its score; what was found, each taxonomy apart; the partner's hits (or that no
 * partner was named, so nothing was checked); every answer and the checks still open; whom to contact and why;
 * the caveats; and what made it: partnerscan's version and commit, and the reference data's version, digest and
 * the date of every list.
 *
 * <p>Just over 300 lines: one section per part of the record, in the order the record prints them, so that
 * the record's outline reads top to bottom in one file; a section moved elsewhere would be read out of order.
 */
public final class DecisionRecord {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

    private final ScreeningRequest request;
    private final ScreeningResult result;
    private final ReferenceData data;
    private final RecordDetails details;
    private final Messages messages;
    private final Language language;
    private final Document doc;

    private DecisionRecord(ScreeningRequest request, ScreeningResult result, ReferenceData data, RecordDetails details,
                           Messages messages) {
        this.request = request;
        this.result = result;
        this.data = data;
        this.details = details;
        this.messages = messages;
        this.language = messages.language();
        this.doc = new Document(messages.get("record.title"), messages);
    }

    public static Document build(ScreeningRequest request, ScreeningResult result, ReferenceData data,
                                 RecordDetails details, Messages messages) {
        return new DecisionRecord(request, result, data, details, messages).build();
    }

    /** The date to screen again: the one given, else the scoring rules' period for the verdict, if they give one. */
    public static Optional<LocalDate> nextReview(ScreeningResult result, ReferenceData data, RecordDetails details) {
        return details.nextReview().or(() -> Optional.ofNullable(data.scoring().reviewMonths().get(result.verdict()))
                .map(months -> details.when().toLocalDate().plusMonths(months)));
    }

    private Document build() {
        doc.footer(messages.get("record.title") + details.caseReference().map(c -> " · " + c).orElse(""));
        doc.fields(List.of(
                field("record.organisation", result.organisation().map(o -> o.name().in(language))),
                field("record.assessor", details.assessor()),
                field("record.case", details.caseReference()),
                new Document.Field(messages.get("record.when"), details.when().format(WHEN)),
                field("record.next_review", nextReview(result, data, details).map(LocalDate::toString)),
                field("record.topic", given(String.join("; ", request.topics()))),
                field("record.description", given(request.description())),
                new Document.Field(messages.get("record.partner"), request.partner().isBlank()
                        ? messages.get("record.no_partner") : request.partner())));

        doc.heading(1, messages.get("record.decision_heading"));
        doc.fields(List.of(field("record.decision", details.decision()), field("record.reasoning", details.reasoning())));

        doc.heading(1, messages.get("record.verdict"));
        doc.strong(result.verdictText().label().in(language) + " (" + messages.format("score", result.score()) + ")");
        doc.paragraph(result.verdictText().advice().in(language));
        doc.paragraph(messages.get("record.weights"));

        doc.heading(1, messages.get("reasons"));
        List<List<String>> reasons = new ArrayList<>();
        for (Reason reason : result.reasons()) {
            reasons.add(List.of((reason.points() >= 0 ? "+" : "") + reason.points(), reason.text().in(language)));
        }
        reasons.add(List.of(Integer.toString(result.score()), messages.get("record.total")));
        doc.table(List.of(messages.get("record.points"), messages.get("record.reason")), reasons, false);

        table();
        data.taxonomies().forEach(this::taxonomy);
        signals();
        partner();
        answers();
        contacts();

        doc.heading(1, messages.get("caveats"));
        List<String> caveats = new ArrayList<>();
        caveats.add(result.notice().in(language));
        result.caveats().forEach(caveat -> caveats.add(caveat.text().in(language)));
        doc.bullets(caveats);

        provenance();
        return doc;
    }

    /** A value the build recorded, or "unknown" in the record's language. */
    private String known(String value) {
        return value.equals(ProgramVersion.UNKNOWN) ? messages.get("record.unknown") : value;
    }

    private static Optional<String> given(String text) {
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    private Document.Field field(String label, Optional<String> value) {
        return new Document.Field(messages.get(label), value.orElse(messages.get("record.not_given")));
    }

    /** The brochure's table: the words that matched, and the sectors with their flags. */
    private void table() {
        doc.heading(1, messages.get("found"));
        if (!request.includes(ScreeningRequest.NCTV)) {
            doc.paragraph(messages.get("record.not_screened"));
            return;
        }
        if (result.matches().isEmpty()) {
            doc.paragraph(messages.get("found.none"));
            return;
        }
        List<List<String>> found = new ArrayList<>();
        for (TopicMatch match : result.matches()) {
            found.add(List.of(match.matchedText(), match.sector().name().in(language),
                    match.technology().map(t -> t.name().in(language)).orElse(""), match.term().text()));
        }
        doc.table(List.of(messages.get("record.words"), messages.get("record.sector"), messages.get("record.item"),
                messages.get("record.term")), found, false);
        List<String> sectors = new ArrayList<>();
        for (Sector sector : result.sectors()) {
            sectors.add(sector.name().in(language) + " [" + sector.id() + "]: " + messages.format("flags",
                    messages.flag(sector.topsector()), messages.flag(sector.keyTechnology())));
        }
        doc.bullets(sectors);
    }

    /** One EU taxonomy in its own section: what matched, what a hit means; for dual-use, the export-control line. */
    private void taxonomy(Taxonomy taxonomy) {
        String label = taxonomy.label().in(language);
        doc.heading(1, Character.toUpperCase(label.charAt(0)) + label.substring(1));
        doc.paragraph(taxonomy.name().in(language));
        if (!request.includes(taxonomy.id())) {
            doc.paragraph(messages.get("record.not_screened"));
            return;
        }
        List<List<String>> found = new ArrayList<>();
        for (TaxonomyMatch match : result.taxonomyMatches()) {
            if (match.taxonomy().id().equals(taxonomy.id())) {
                found.add(List.of(match.matchedText(), match.area().numbered() + match.area().name().in(language),
                        match.item().map(i -> i.name().in(language)).orElse(""), match.term().text()));
            }
        }
        if (found.isEmpty()) {
            doc.paragraph(messages.get("record.nothing_found"));
            return;
        }
        doc.table(List.of(messages.get("record.words"), messages.get("record.area"), messages.get("record.item"),
                messages.get("record.term")), found, false);
        doc.paragraph(taxonomy.meaning().in(language));
        if (taxonomy.id().equals(Taxonomy.DUAL_USE)) {
            result.exportControl().ifPresent(line -> doc.strong(line.in(language)));
        }
    }

    /** The brochure's other risks found in the text, with the words that raised each. */
    private void signals() {
        doc.heading(1, messages.get("record.signals"));
        Map<String, Set<String>> words = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (SignalMatch match : result.signals()) {
            names.putIfAbsent(match.signal().id(), match.signal().name().in(language));
            words.computeIfAbsent(match.signal().id(), k -> new LinkedHashSet<>()).add("'" + match.matchedText() + "'");
        }
        if (names.isEmpty()) {
            doc.paragraph(messages.get("record.nothing_found"));
            return;
        }
        List<String> found = new ArrayList<>();
        names.forEach((id, name) -> found.add(name + ": " + String.join(", ", words.get(id))));
        doc.bullets(found);
    }

    /**
     * The hits on the lists, in the partner or named in the topic or description; or, when no partner was named
     * and no name was found elsewhere, that nothing was checked.
     */
    private void partner() {
        doc.heading(1, messages.get("lists"));
        if (request.partner().isBlank() && result.partnerHits().isEmpty()) {
            doc.paragraph(messages.get("record.no_partner"));
            return;
        }
        List<String> hits = new ArrayList<>();
        for (PartnerHit hit : result.partnerHits()) {
            hits.add(hit.entry().name() + " — " + messages.format("lists.on", hit.list().name(),
                    messages.get("kind." + hit.list().kind().id())) + "; " + messages.format("lists.matched", hit.text(),
                    hit.matched(), messages.get("match." + hit.match().id())) + String.format(Locale.ROOT,
                    " (%.0f%%)", hit.similarity() * 100) + (hit.field() == PartnerHit.Field.PARTNER ? ""
                    : " " + messages.format("lists.where", messages.get("field." + hit.field().id())))
                    + "; " + messages.format("lists.why", messages.format("why." + hit.basis().id(), hit.detail())));
        }
        if (hits.isEmpty()) {
            hits.add(messages.format("record.no_hits", data.lists().size()));
        }
        int maxAge = data.scoring().partnerLists().maxAgeMonths();
        for (DesignationList list : data.lists()) {
            OptionalInt months = list.monthsOld(details.when().toLocalDate());
            if (months.isPresent() && months.getAsInt() > maxAge) {
                hits.add(messages.format("record.stale", list.name(), months.getAsInt(), list.date(), maxAge));
            }
        }
        doc.bullets(hits);
        if (!result.partnerSignals().isEmpty()) {
            doc.bullets(result.partnerSignals().stream().map(s -> messages.get("partner") + ": '" + s.matchedText()
                    + "' → " + s.indicator().name().in(language)).toList());
        }
        doc.paragraph(result.listNotice().in(language));
    }

    private void answers() {
        doc.heading(1, messages.get("answers"));
        List<List<String>> answers = new ArrayList<>();
        for (Question question : data.questions()) {
            for (Check check : question.checks()) {
                Answer answer = result.answers().get(check.id());
                answers.add(List.of(check.id(), check.text().in(language),
                        answer == null ? messages.get("record.unanswered") : messages.answer(answer)));
            }
        }
        doc.table(List.of(messages.get("record.check"), messages.get("record.text"), messages.get("record.answer")),
                answers, false);

        doc.heading(1, messages.get("open"));
        List<String> open = new ArrayList<>();
        for (OpenQuestion question : result.openQuestions()) {
            question.openChecks().forEach(check -> open.add(check.id() + ": " + check.text().in(language)));
        }
        if (open.isEmpty()) {
            open.add(messages.get("open.none"));
        }
        doc.bullets(open);
    }

    /** Whom to contact for this screening and why, then the other desks the sources name. */
    private void contacts() {
        doc.heading(1, messages.get("contact"));
        Set<String> routed = new LinkedHashSet<>();
        List<String> lines = new ArrayList<>();
        for (RoutedContact contact : result.contacts()) {
            routed.add(contact.contact().id());
            String because = contact.because().stream().map(b -> b.name().in(language))
                    .collect(Collectors.joining("; "));
            lines.add(describe(contact.contact()) + (because.isEmpty() ? "" : " (" + because + ")"));
        }
        doc.bullets(lines);
        List<String> others = data.contacts().stream().filter(c -> !routed.contains(c.id())).map(this::describe)
                .toList();
        if (!others.isEmpty()) {
            doc.heading(2, messages.get("record.other_contacts"));
            doc.bullets(others);
        }
    }

    private String describe(Contact contact) {
        StringBuilder line = new StringBuilder(contact.name().in(language));
        contact.email().ifPresent(email -> line.append(", ").append(email));
        contact.website().ifPresent(site -> line.append(", ").append(site));
        line.append(": ").append(contact.purpose().in(language));
        contact.instruction().ifPresent(instruction -> line.append(" ").append(instruction.in(language)));
        return line.toString();
    }

    /** What made the record: partnerscan's version and commit, and the reference data with each list's date. */
    private void provenance() {
        doc.heading(1, messages.get("record.provenance"));
        doc.fields(List.of(
                new Document.Field(messages.get("record.program"), messages.format("record.program_version",
                        details.program().name(), known(details.program().version()),
                        known(details.program().commit()))),
                new Document.Field(messages.get("record.reference_data"), messages.format("record.data",
                        data.dataVersion(), data.dataDigest()))));
        List<List<String>> lists = new ArrayList<>();
        for (DesignationList list : data.lists()) {
            lists.add(List.of(list.name(), messages.get("kind." + list.kind().id()), list.date(), list.retrieved(),
                    Integer.toString(list.entries().size())));
        }
        if (!lists.isEmpty()) {
            doc.table(List.of(messages.get("record.list"), messages.get("record.kind"), messages.get("record.date"),
                    messages.get("record.retrieved"), messages.get("record.entries")), lists, false);
        }
    }
}

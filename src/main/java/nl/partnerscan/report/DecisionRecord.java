package nl.partnerscan.report;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.partnerscan.core.Answer;
import nl.partnerscan.core.Check;
import nl.partnerscan.core.Contact;
import nl.partnerscan.core.Language;
import nl.partnerscan.core.OpenQuestion;
import nl.partnerscan.core.PartnerHit;
import nl.partnerscan.core.Question;
import nl.partnerscan.core.Reason;
import nl.partnerscan.core.ReferenceData;
import nl.partnerscan.core.ScreeningRequest;
import nl.partnerscan.core.ScreeningResult;
import nl.partnerscan.core.Sector;
import nl.partnerscan.core.TaxonomyMatch;
import nl.partnerscan.core.TopicMatch;
import nl.partnerscan.io.ToolVersion;

/**
 * A record of one screening for the dossier, as the brochure asks: "De beslissing om wel of niet bepaalde
 * samenwerkingen met China aan te gaan, blijft altijd een afweging tussen kansen en risico's." When, what
 * was screened, against which data (version and digest), what matched, every answer, the score with its
 * reasons, the verdict, whom to contact, and the caveats.
 */
public final class DecisionRecord {
    private DecisionRecord() {
    }

    public static Document build(ScreeningRequest request, ScreeningResult result, ReferenceData data, ZonedDateTime when,
                          Messages messages) {
        Language language = messages.language();
        Document doc = new Document(messages.get("record.title"));
        doc.bullets(List.of(
                messages.get("record.when") + ": " + when.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx")),
                messages.get("record.topic") + ": " + String.join("; ", request.topics()),
                messages.get("record.description") + ": " + request.description(),
                messages.get("record.partner") + ": " + request.partner(),
                messages.format("record.data", data.dataVersion(), data.dataDigest()),
                messages.format("record.tool", ToolVersion.current().full())));

        doc.heading(1, messages.get("verdict"));
        doc.strong(result.verdictText().label().in(language) + " (" + messages.format("score", result.score()) + ")");
        doc.paragraph(result.verdictText().advice().in(language));

        doc.heading(1, messages.get("found"));
        if (result.sectors().isEmpty()) {
            doc.paragraph(messages.get("found.none"));
        }
        List<List<String>> found = new ArrayList<>();
        for (TopicMatch match : result.matches()) {
            found.add(List.of(match.matchedText(), match.sector().name().in(language),
                    match.technology().map(t -> t.name().in(language)).orElse(""), match.term().text()));
        }
        for (TaxonomyMatch match : result.taxonomyMatches()) {
            found.add(List.of(match.matchedText(), match.taxonomy().label().in(language) + ": "
                    + match.area().name().in(language), match.item().map(i -> i.name().in(language)).orElse(""),
                    match.term().text()));
        }
        if (!found.isEmpty()) {
            doc.table(List.of(messages.get("record.words"), messages.get("record.area"), messages.get("record.item"),
                    messages.get("record.term")), found, false);
        }
        List<String> sectors = new ArrayList<>();
        for (Sector sector : result.sectors()) {
            sectors.add(sector.name().in(language) + " [" + sector.id() + "]: " + messages.format("flags",
                    messages.flag(sector.topsector()), messages.flag(sector.keyTechnology())));
        }
        doc.bullets(sectors);
        result.exportControl().ifPresent(line -> doc.strong(line.in(language)));

        doc.heading(1, messages.get("lists"));
        List<String> hits = new ArrayList<>();
        for (PartnerHit hit : result.partnerHits()) {
            hits.add(hit.entry().name() + " — " + messages.format("lists.on", hit.list().name(),
                    messages.get("kind." + hit.list().kind().id())) + "; " + messages.format("lists.matched", hit.text(),
                    hit.matched(), messages.get("match." + hit.match().id())) + String.format(Locale.ROOT,
                    " (%.0f%%)", hit.similarity() * 100));
        }
        if (hits.isEmpty()) {
            hits.add(messages.get("record.no_hits"));
        }
        doc.bullets(hits);
        doc.paragraph(result.listNotice().in(language));

        doc.heading(1, messages.get("answers"));
        List<List<String>> answers = new ArrayList<>();
        for (Question question : data.questions()) {
            for (Check check : question.checks()) {
                Answer answer = result.answers().get(check.id());
                answers.add(List.of(question.id(), check.id(), check.text().in(language),
                        answer == null ? messages.get("record.unanswered") : messages.answer(answer)));
            }
        }
        doc.table(List.of(messages.get("record.question"), messages.get("record.check"), messages.get("record.text"),
                messages.get("record.answer")), answers, false);

        doc.heading(1, messages.get("reasons"));
        List<List<String>> reasons = new ArrayList<>();
        for (Reason reason : result.reasons()) {
            reasons.add(List.of((reason.points() >= 0 ? "+" : "") + reason.points(), reason.text().in(language)));
        }
        reasons.add(List.of(Integer.toString(result.score()), messages.get("record.total")));
        doc.table(List.of(messages.get("record.points"), messages.get("record.reason")), reasons, false);

        doc.heading(1, messages.get("open"));
        List<String> open = new ArrayList<>();
        for (OpenQuestion question : result.openQuestions()) {
            question.openChecks().forEach(check -> open.add(check.id() + ": " + check.text().in(language)));
        }
        if (open.isEmpty()) {
            open.add(messages.get("open.none"));
        }
        doc.bullets(open);

        doc.heading(1, messages.get("contact"));
        List<String> contacts = new ArrayList<>();
        for (Contact contact : data.contacts()) {
            StringBuilder line = new StringBuilder(contact.name().in(language));
            contact.email().ifPresent(email -> line.append(", ").append(email));
            contact.website().ifPresent(site -> line.append(", ").append(site));
            line.append(": ").append(contact.purpose().in(language));
            contact.instruction().ifPresent(instruction -> line.append(" ").append(instruction.in(language)));
            contacts.add(line.toString());
        }
        doc.bullets(contacts);

        doc.heading(1, messages.get("caveats"));
        List<String> caveats = new ArrayList<>();
        caveats.add(result.notice().in(language));
        result.caveats().forEach(caveat -> caveats.add(caveat.text().in(language)));
        doc.bullets(caveats);
        return doc;
    }
}

package nl.partnerscan.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.partnerscan.core.Caveat;
import nl.partnerscan.core.Check;
import nl.partnerscan.core.Contact;
import nl.partnerscan.core.Language;
import nl.partnerscan.core.OpenQuestion;
import nl.partnerscan.core.PartnerHit;
import nl.partnerscan.core.PartnerSignal;
import nl.partnerscan.core.Reason;
import nl.partnerscan.core.ScreeningResult;
import nl.partnerscan.core.Sector;
import nl.partnerscan.core.Taxonomy;
import nl.partnerscan.core.TaxonomyMatch;
import nl.partnerscan.core.TopicMatch;
import nl.partnerscan.core.Verdict;
import nl.partnerscan.core.match.Term;
import nl.partnerscan.io.Printable;

/** Renders a screening result as text for a person: verdict first, then what matched, why, what is open, whom to call. */
public final class ResultText {
    private final Messages messages;
    private final Style style;
    private final Language language;

    public ResultText(Messages messages, Style style) {
        this.messages = messages;
        this.style = style;
        this.language = messages.language();
    }

    public String render(ScreeningResult result) {
        StringBuilder out = new StringBuilder();
        String label = result.verdictText().label().in(language);
        out.append(messages.get("verdict")).append(": ").append(colour(result.verdict(), label.toUpperCase(
                Locale.ROOT))).append(" (").append(messages.format("score", result.score())).append(")\n");
        out.append(result.verdictText().advice().in(language)).append("\n");

        heading(out, "found");
        if (result.sectors().isEmpty()) {
            out.append("  ").append(messages.get("found.none")).append("\n");
        }
        // Keyed by id: a Sector record's hashCode would walk all its terms.
        Map<String, List<TopicMatch>> bySector = new LinkedHashMap<>();
        result.sectors().forEach(s -> bySector.put(s.id(), new ArrayList<>()));
        result.matches().forEach(m -> bySector.get(m.sector().id()).add(m));
        for (Sector sector : result.sectors()) {
            List<TopicMatch> matches = bySector.get(sector.id());
            out.append("  ").append(style.bold(sector.name().in(language))).append(" [").append(sector.id()).append("]  ")
                    .append(style.dim(messages.format("flags", messages.flag(sector.topsector()),
                            messages.flag(sector.keyTechnology())))).append("\n");
            for (TopicMatch match : matches) {
                String entryName = match.technology().map(t -> t.name().in(language)).orElse(sector.name().in(language));
                out.append("    ").append(messages.format("matched", "\"" + Printable.of(match.matchedText()) + "\"", entryName))
                        .append(style.dim("  (" + match.term().text() + ", " + origin(match.term()) + ")")).append("\n");
            }
        }

        for (String taxonomy : new String[] {Taxonomy.EU_CRITICAL, Taxonomy.DUAL_USE}) {
            List<TaxonomyMatch> found = result.taxonomyMatches().stream()
                    .filter(m -> m.taxonomy().id().equals(taxonomy)).toList();
            if (found.isEmpty()) {
                continue;
            }
            Taxonomy source = found.get(0).taxonomy();
            out.append("\n").append(style.bold(capitalised(source.label().in(language)))).append(style.dim("  ("
                    + source.name().in(language) + ")")).append("\n");
            for (Taxonomy.Area area : result.areasOf(taxonomy)) {
                out.append("  ").append(area.numbered()).append(area.name().in(language)).append(" [")
                        .append(area.id()).append("]").append(area.priority() ? "  " + messages.get("priority") : "")
                        .append("\n");
                for (TaxonomyMatch match : found) {
                    if (match.area() == area) {
                        out.append("    ").append(messages.format("matched", "\"" + Printable.of(match.matchedText())
                                + "\"", match.item().map(i -> i.name().in(language)).orElse(area.name().in(language))))
                                .append("\n");
                    }
                }
            }
            out.append("  ").append(style.dim(source.meaning().in(language))).append("\n");
        }
        result.exportControl().ifPresent(line -> out.append("  ").append(style.bold(line.in(language))).append("\n"));

        if (!result.partnerHits().isEmpty()) {
            heading(out, "lists");
            for (PartnerHit hit : result.partnerHits()) {
                String how = messages.get("match." + hit.match().id());
                out.append("  ").append(style.bold(hit.entry().name())).append(" (").append(Printable.of(hit.entry().country()))
                        .append(")\n    ").append(messages.format("lists.on", hit.list().name(),
                                messages.get("kind." + hit.list().kind().id()))).append("\n    ")
                        .append(hit.match() == PartnerHit.Match.NEAR
                                ? messages.format("lists.near", Printable.of(hit.text()), hit.matched(),
                                        String.format(Locale.ROOT, "%.0f%%", hit.similarity() * 100))
                                : messages.format("lists.matched", Printable.of(hit.text()), hit.matched(), how))
                        .append("\n");
                if (!hit.list().meaning().in(language).isEmpty()) {
                    out.append("    ").append(style.dim(hit.list().meaning().in(language))).append("\n");
                }
            }
            out.append("  ").append(result.listNotice().in(language)).append("\n");
        }

        if (!result.partnerSignals().isEmpty()) {
            heading(out, "partner");
            for (PartnerSignal signal : result.partnerSignals()) {
                out.append("  \"").append(Printable.of(signal.matchedText())).append("\" → ")
                        .append(signal.indicator().name().in(language)).append("\n");
            }
        }

        heading(out, "reasons");
        for (Reason reason : result.reasons()) {
            out.append(String.format(Locale.ROOT, "  %+4d  ", reason.points()))
                    .append(Printable.of(reason.text().in(language))).append("\n");
        }

        if (!result.answers().isEmpty()) {
            heading(out, "answers");
            result.answers().forEach((check, answer) ->
                    out.append("  ").append(check).append(" = ").append(messages.answer(answer)).append("\n"));
        }

        heading(out, "open");
        if (result.openQuestions().isEmpty()) {
            out.append("  ").append(messages.get("open.none")).append("\n");
        }
        for (OpenQuestion open : result.openQuestions()) {
            out.append("  ").append(style.bold(open.question().id() + "  " + open.question().question().in(language)))
                    .append("\n");
            for (Check check : open.openChecks()) {
                out.append("      ").append(check.id()).append("  ").append(check.text().in(language)).append("\n");
            }
        }
        if (!result.openQuestions().isEmpty()) {
            out.append("  ").append(style.dim(messages.get("open.hint"))).append("\n");
        }

        heading(out, "contact");
        appendContact(out, result.contact());

        heading(out, "caveats");
        out.append("  - ").append(result.notice().in(language)).append("\n");
        for (Caveat caveat : result.caveats()) {
            out.append("  - ").append(caveat.text().in(language)).append("\n");
        }
        out.append("\n").append(style.dim(messages.format("data", result.dataVersion()))).append("\n");
        return out.toString();
    }

    private void appendContact(StringBuilder out, Contact contact) {
        out.append("  ").append(style.bold(contact.name().in(language))).append("\n");
        contact.email().ifPresent(email -> out.append("  ").append(email).append("\n"));
        contact.website().ifPresent(site -> out.append("  ").append(site).append("\n"));
        out.append("  ").append(contact.purpose().in(language)).append("\n");
        contact.instruction().ifPresent(i -> out.append("  ").append(i.in(language)).append("\n"));
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private void heading(StringBuilder out, String key) {
        out.append("\n").append(style.bold(messages.get(key))).append("\n");
    }

    private String origin(Term term) {
        return messages.get(term.origin() == Term.Origin.QUOTED ? "origin.quoted" : "origin.added");
    }

    private String colour(Verdict verdict, String text) {
        return switch (verdict) {
            case LOW -> style.green(text);
            case ELEVATED -> style.yellow(text);
            case HIGH -> style.red(text);
        };
    }
}

package nl.partnerscan.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.partnerscan.core.Language;
import nl.partnerscan.core.PartnerHit;
import nl.partnerscan.core.PartnerSignal;
import nl.partnerscan.core.ScreeningResult;
import nl.partnerscan.core.Sector;
import nl.partnerscan.core.Signal;
import nl.partnerscan.core.SignalMatch;
import nl.partnerscan.core.Taxonomy;
import nl.partnerscan.core.TaxonomyMatch;
import nl.partnerscan.core.TopicMatch;
import nl.partnerscan.core.match.Term;
import nl.partnerscan.io.Printable;

/**
 * What a screening found, as text: the sectors of the NCTV table with the words that matched, the EU
 * areas and dual-use categories, the partner's hits on lists and the words that describe the partner.
 */
record FindingsText(Messages messages, Style style) {
    /**
     * Where a wrapped line with lines of its own below it (at 4) continues: deeper than those, so that a
     * continuation does not look like one of them.
     */
    private static final int PARENT_HANGING = 6;

    void append(TextBlock out, ScreeningResult result) {
        appendTable(out, result);
        for (String taxonomy : new String[] {Taxonomy.EU_CRITICAL, Taxonomy.DUAL_USE}) {
            appendTaxonomy(out, result, taxonomy);
        }
        if (result.exportControl().isPresent()) {
            out.paragraph("  " + style.bold(result.exportControl().get().in(language())));
        }
        appendListHits(out, result);
        appendSignals(out, result);
        if (!result.partnerSignals().isEmpty()) {
            out.heading(style.bold(messages.get("partner")));
            for (PartnerSignal signal : result.partnerSignals()) {
                out.item("  \"" + Printable.of(signal.matchedText()) + "\" → "
                        + signal.indicator().name().in(language()));
            }
        }
    }

    private void appendTable(TextBlock out, ScreeningResult result) {
        out.heading(style.bold(messages.get("found")));
        if (result.sectors().isEmpty()) {
            out.paragraph("  " + messages.get("found.none"));
        }
        // Keyed by id: a Sector record's hashCode would walk all its terms. Loops, not lambdas, here and
        // below: a single screen prints this once, and on a cold JVM a lambda's first run costs more than
        // its loop (README, performance).
        Map<String, List<TopicMatch>> bySector = new LinkedHashMap<>();
        for (Sector sector : result.sectors()) {
            bySector.put(sector.id(), new ArrayList<>());
        }
        for (TopicMatch match : result.matches()) {
            bySector.get(match.sector().id()).add(match);
        }
        for (Sector sector : result.sectors()) {
            out.line("  " + style.bold(sector.name().in(language())) + " [" + sector.id() + "]  "
                    + style.dim(messages.format("flags", messages.flag(sector.topsector()),
                            messages.flag(sector.keyTechnology()))), PARENT_HANGING);
            for (TopicMatch match : bySector.get(sector.id())) {
                String entryName = (match.technology().isPresent() ? match.technology().get().name() : sector.name())
                        .in(language());
                out.item("    " + matched(match.matchedText(), entryName)
                        + style.dim("  (" + match.term().text() + ", " + origin(match.term()) + ")"));
            }
        }
    }

    private void appendTaxonomy(TextBlock out, ScreeningResult result, String taxonomy) {
        List<TaxonomyMatch> found = new ArrayList<>();
        for (TaxonomyMatch match : result.taxonomyMatches()) {
            if (match.taxonomy().id().equals(taxonomy)) {
                found.add(match);
            }
        }
        if (found.isEmpty()) {
            return;
        }
        Taxonomy source = found.get(0).taxonomy();
        out.heading(style.bold(capitalised(source.label().in(language())))
                + style.dim("  (" + source.name().in(language()) + ")"));
        for (Taxonomy.Area area : result.areasOf(taxonomy)) {
            out.line("  " + area.numbered() + area.name().in(language()) + " [" + area.id() + "]"
                    + (area.priority() ? "  " + messages.get("priority") : ""), PARENT_HANGING);
            for (TaxonomyMatch match : found) {
                if (match.area() == area) {
                    out.item("    " + matched(match.matchedText(),
                            (match.item().isPresent() ? match.item().get().name() : area.name()).in(language())));
                }
            }
        }
        out.paragraph("  " + style.dim(source.meaning().in(language())));
    }

    /** The brochure's other risks found, each with the words that raised it and the sentence it rests on. */
    private void appendSignals(TextBlock out, ScreeningResult result) {
        if (result.signals().isEmpty()) {
            return;
        }
        out.heading(style.bold(messages.get("signals")));
        Map<String, List<String>> words = new LinkedHashMap<>();
        Map<String, Signal> signals = new LinkedHashMap<>();
        for (SignalMatch match : result.signals()) {
            List<String> found = words.get(match.signal().id());
            if (found == null) {
                found = new ArrayList<>();
                words.put(match.signal().id(), found);
                signals.put(match.signal().id(), match.signal());
            }
            String word = "\"" + Printable.of(match.matchedText()) + "\"";
            if (!found.contains(word)) {
                found.add(word);
            }
        }
        for (Signal signal : signals.values()) {
            out.line("  " + style.bold(signal.name().in(language())) + ": " + String.join(", ", words.get(signal.id())),
                    PARENT_HANGING);
            out.paragraph("    " + style.dim(messages.format("signals.based_on", signal.basedOn())));
        }
    }

    private void appendListHits(TextBlock out, ScreeningResult result) {
        if (result.partnerHits().isEmpty()) {
            return;
        }
        out.heading(style.bold(messages.get("lists")));
        for (PartnerHit hit : result.partnerHits()) {
            out.line("  " + style.bold(hit.entry().name()) + " (" + Printable.of(hit.entry().country()) + ")",
                    PARENT_HANGING);
            out.item("    " + messages.format("lists.on", hit.list().name(),
                    messages.get("kind." + hit.list().kind().id())));
            String where = hit.field() == PartnerHit.Field.PARTNER ? ""
                    : " " + messages.format("lists.where", messages.get("field." + hit.field().id()));
            out.item("    " + (hit.match() == PartnerHit.Match.NEAR
                    ? messages.format("lists.near", Printable.of(hit.text()), hit.matched(),
                            String.format(Locale.ROOT, "%.0f%%", hit.similarity() * 100))
                    : messages.format("lists.matched", Printable.of(hit.text()), hit.matched(),
                            messages.get("match." + hit.match().id()))) + where);
            out.item("    " + messages.format("lists.why", why(hit)));
            if (!hit.list().meaning().in(language()).isEmpty()) {
                out.paragraph("    " + style.dim(hit.list().meaning().in(language())));
            }
        }
        out.paragraph("  " + result.listNotice().in(language()));
    }

    /** Why the hit counts as it does, with its detail. */
    String why(PartnerHit hit) {
        return messages.format("why." + hit.basis().id(), Printable.of(hit.detail()));
    }

    private String matched(String text, String entry) {
        return messages.format("matched", "\"" + Printable.of(text) + "\"", entry);
    }

    private String origin(Term term) {
        return messages.get(term.origin() == Term.Origin.QUOTED ? "origin.quoted" : "origin.added");
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private Language language() {
        return messages.language();
    }
}

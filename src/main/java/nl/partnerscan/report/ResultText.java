package nl.partnerscan.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.StringJoiner;
import nl.partnerscan.core.Answer;
import nl.partnerscan.core.Caveat;
import nl.partnerscan.core.Contact;
import nl.partnerscan.core.Language;
import nl.partnerscan.core.PartnerHit;
import nl.partnerscan.core.Reason;
import nl.partnerscan.core.RoutedContact;
import nl.partnerscan.core.ScreeningResult;
import nl.partnerscan.core.Sector;
import nl.partnerscan.core.Taxonomy;
import nl.partnerscan.core.Verdict;
import nl.partnerscan.io.Printable;

/**
 * Renders a screening result as text for a person. The answer comes first: the verdict with its score,
 * the advice and whom to contact; then the reasons and what was found; then the questions still open and
 * the caveats, in short unless asked for in full. Wrapped at a width when one is given, for a terminal;
 * without one, every item stays on one line, for pipes and files.
 */
public final class ResultText {
    /** A reason's points, right-aligned; its text starts at {@link #REASON_TEXT_COLUMN} and continues there. */
    private static final String REASON_POINTS = "  %+4d  ";
    private static final int REASON_TEXT_COLUMN = 8;

    private final Messages messages;
    private final Style style;
    private final Language language;
    private final OptionalInt width;
    private final Verbosity verbosity;

    /**
     * @param width     the terminal columns to wrap at; empty to keep one line per item
     * @param verbosity how much to show below the first lines
     */
    public ResultText(Messages messages, Style style, OptionalInt width, Verbosity verbosity) {
        this.messages = messages;
        this.style = style;
        this.language = messages.language();
        this.width = width;
        this.verbosity = verbosity;
    }

    public String render(ScreeningResult result) {
        TextBlock out = new TextBlock(width);
        out.item(messages.get("verdict") + ": " + verdict(result) + " ("
                + messages.format("score", result.score()) + ")");
        out.paragraph(result.verdictText().advice().in(language));
        Contact contact = result.contact();
        List<RoutedContact> routed = result.contacts();
        out.line(messages.get("contact") + ": " + style.bold(contact.name().in(language)) + reach(contact)
                + because(routed.get(0)), 2);
        for (RoutedContact also : routed.subList(1, routed.size())) {
            out.line("  " + messages.get("contact.also") + ": " + also.contact().name().in(language)
                    + reach(also.contact()) + because(also), 4);
        }

        // The reasons before the findings they sum up: with them the first screenful says why.
        out.heading(style.bold(messages.get("reasons")));
        for (Reason reason : result.reasons()) {
            out.line(String.format(Locale.ROOT, REASON_POINTS, reason.points())
                    + Printable.of(reason.text().in(language)), REASON_TEXT_COLUMN);
        }
        new FindingsText(messages, style).append(out, result);
        if (!result.answers().isEmpty()) {
            out.heading(style.bold(messages.get("answers")));
            for (Map.Entry<String, Answer> answer : result.answers().entrySet()) {
                out.item("  " + answer.getKey() + " = " + messages.answer(answer.getValue()));
            }
        }
        new OpenQuestionsText(messages, style).append(out, result, verbosity.listsEveryCheck());

        if (verbosity.full()) {
            out.heading(style.bold(messages.get("contact")));
            for (RoutedContact each : routed) {
                Contact desk = each.contact();
                out.paragraph("  " + style.bold(desk.name().in(language)) + because(each));
                // Without lambdas: a single screen prints this once, and on a cold JVM a lambda's first run
                // costs more than the if (README, performance).
                if (desk.email().isPresent()) {
                    out.paragraph("    " + desk.email().get());
                }
                if (desk.website().isPresent()) {
                    out.paragraph("    " + desk.website().get());
                }
                out.paragraph("    " + desk.purpose().in(language));
                if (desk.instruction().isPresent()) {
                    out.paragraph("    " + desk.instruction().get().in(language));
                }
            }
        }

        out.heading(style.bold(messages.get("caveats")));
        if (verbosity.full()) {
            out.item("  - " + result.notice().in(language));
            for (Caveat caveat : result.caveats()) {
                out.item("  - " + caveat.text().in(language));
            }
        } else {
            out.item("  - " + messages.get("caveats.match"));
            out.item("  - " + messages.get("caveats.table"));
        }
        out.blank().paragraph(style.dim(messages.format("data", result.dataVersion())));
        return out.toString();
    }

    /**
     * One line for scripts and quick checks: the verdict with its score, the sectors and areas that
     * matched, the partner's hits on lists and the contact. Wrapped only when a width is given.
     */
    public String brief(ScreeningResult result) {
        List<String> sectors = new ArrayList<>(result.sectors().stream().map(Sector::id).toList());
        for (String taxonomy : new String[] {Taxonomy.EU_CRITICAL, Taxonomy.DUAL_USE}) {
            result.areasOf(taxonomy).forEach(area -> sectors.add(area.id()));
        }
        // One entry per organisation, with the lists it is on: a name on two lists is one partner.
        Map<String, List<String>> hits = new LinkedHashMap<>();
        for (PartnerHit hit : result.partnerHits()) {
            String partner = (hit.match() == PartnerHit.Match.NEAR ? messages.get("brief.near") + " " : "")
                    + hit.entry().name();
            hits.computeIfAbsent(partner, name -> new ArrayList<>()).add(hit.list().id());
        }
        List<String> partners = new ArrayList<>();
        hits.forEach((name, lists) -> partners.add(name + " (" + String.join(", ", lists) + ")"));
        Contact contact = result.contact();
        String line = verdict(result) + " (" + messages.format("score", result.score()) + ")"
                + field("brief.sectors", listed(sectors)) + field("brief.lists", listed(partners))
                + field("brief.contact", contact.email().or(contact::website).orElse(contact.name().in(language)));
        return new TextBlock(width).line(line, 2).toString();
    }

    /** ", address" or ", website", as the source gives them; nothing when it gives neither. */
    private static String reach(Contact contact) {
        Optional<String> reach = contact.email().isPresent() ? contact.email() : contact.website();
        return reach.isPresent() ? ", " + reach.get() : "";
    }

    /** Why a contact is listed, "  (kennisinstelling; mogelijk dual-use of militair)"; nothing for the default. */
    private String because(RoutedContact contact) {
        if (contact.because().isEmpty()) {
            return "";
        }
        StringJoiner reasons = new StringJoiner("; ", "  (", ")");
        for (RoutedContact.Because because : contact.because()) {
            reasons.add(because.name().in(language));
        }
        return style.dim(reasons.toString());
    }

    /** " · label: value", the dot glued to its label: a wrapped line starts with the field it continues. */
    private String field(String label, String value) {
        return " " + TextBlock.glued("· " + messages.get(label) + ":") + " " + value;
    }

    private String listed(List<String> items) {
        return items.isEmpty() ? messages.get("brief.none") : String.join(", ", items);
    }

    private String verdict(ScreeningResult result) {
        String label = result.verdictText().label().in(language).toUpperCase(Locale.ROOT);
        return colour(result.verdict(), label);
    }

    private String colour(Verdict verdict, String text) {
        return switch (verdict) {
            case LOW -> style.green(text);
            case ELEVATED -> style.yellow(text);
            case HIGH -> style.red(text);
        };
    }
}

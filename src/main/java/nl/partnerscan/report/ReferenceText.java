package nl.partnerscan.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import nl.partnerscan.core.Check;
import nl.partnerscan.core.Contact;
import nl.partnerscan.core.Organisation;
import nl.partnerscan.core.Routing;
import nl.partnerscan.core.DesignationList;
import nl.partnerscan.core.Language;
import nl.partnerscan.core.Question;
import nl.partnerscan.core.ReferenceData;
import nl.partnerscan.core.Sector;
import nl.partnerscan.core.Taxonomy;
import nl.partnerscan.core.Technology;
import nl.partnerscan.core.match.Term;

/**
 * Renders the reference data (table, questions, contacts) as text for a person: wrapped at a width when
 * one is given, for a terminal; without one, every item on one line, for pipes and files.
 */
public final class ReferenceText {
    /** Where a wrapped entry's first line continues: deeper than the lines about the entry (at 4). */
    private static final int ENTRY_HANGING = 6;

    private final Messages messages;
    private final Style style;
    private final Language language;
    private final OptionalInt width;

    /** @param width the terminal columns to wrap at; empty to keep one line per item */
    public ReferenceText(Messages messages, Style style, OptionalInt width) {
        this.messages = messages;
        this.style = style;
        this.language = messages.language();
        this.width = width;
    }

    public String sectors(ReferenceData data, boolean withTerms) {
        TextBlock out = new TextBlock(width);
        out.item(style.bold(messages.get("table.sectors")));
        int number = 1;
        for (Sector sector : data.sectors()) {
            out.blank().line(String.format(Locale.ROOT, "%2d  ", number++) + style.bold(sector.name().in(language))
                    + "  [" + sector.id() + "]", ENTRY_HANGING);
            out.paragraph("    " + messages.format("flags", messages.flag(sector.topsector()),
                    messages.flag(sector.keyTechnology())));
            sector.description().ifPresent(d -> out.paragraph("    " + d.in(language)));
            if (withTerms) {
                appendTerms(out, "    ", sector.terms());
            }
            for (Technology technology : sector.technologies()) {
                out.item("    - " + technology.name().in(language) + "  " + style.dim("[" + technology.id() + "]"));
                if (withTerms) {
                    appendTerms(out, "        ", technology.terms());
                }
            }
        }
        out.blank();
        data.caveats().forEach(c -> out.item("- " + c.text().in(language)));
        return out.toString();
    }

    public String taxonomy(Taxonomy taxonomy, boolean withTerms) {
        TextBlock out = new TextBlock(width);
        out.item(style.bold(taxonomy.name().in(language)));
        for (Taxonomy.Area area : taxonomy.allAreas()) {
            out.blank().line((area.number().isPresent()
                    ? String.format(Locale.ROOT, "%2d  ", area.number().getAsInt()) : "    ")
                    + style.bold(area.name().in(language)) + "  [" + area.id() + "]"
                    + (area.priority() ? "  " + messages.get("priority") : ""), ENTRY_HANGING);
            if (withTerms) {
                appendTerms(out, "    ", area.terms());
            }
            for (Taxonomy.Item item : area.items()) {
                out.item("    - " + item.name().in(language) + "  " + style.dim("[" + item.id() + "]")
                        + (item.verified() ? "" : style.dim("  " + messages.get("unverified"))));
                if (withTerms) {
                    appendTerms(out, "        ", item.terms());
                }
            }
        }
        out.blank().paragraph(taxonomy.meaning().in(language));
        return out.toString();
    }

    private void appendTerms(TextBlock out, String indent, List<Term> terms) {
        if (terms.isEmpty()) {
            return;
        }
        String quoted = join(terms, Term.Origin.QUOTED);
        String added = join(terms, Term.Origin.ADDED);
        if (!quoted.isEmpty()) {
            out.item(indent + style.dim(messages.get("origin.quoted") + ": ") + quoted);
        }
        if (!added.isEmpty()) {
            out.item(indent + style.dim(messages.get("origin.added") + ": ") + added);
        }
    }

    private static String join(List<Term> terms, Term.Origin origin) {
        return terms.stream().filter(t -> t.origin() == origin).map(Term::text).collect(Collectors.joining(", "));
    }

    public String questions(ReferenceData data) {
        TextBlock out = new TextBlock(width);
        out.item(style.bold(messages.get("table.questions")));
        for (Question question : data.questions()) {
            out.blank().line(style.bold(question.id() + "  " + question.question().in(language)) + "  "
                    + style.dim("(" + messages.format("table.weight", question.weight()) + ")"), ENTRY_HANGING);
            out.paragraph("    " + question.explanation().in(language));
            for (Check check : question.checks()) {
                String riskIf = check.riskIf().stream().sorted().map(messages::answer).collect(Collectors.joining(", "));
                out.item("    - " + check.id() + "  " + check.text().in(language));
                out.paragraph("      " + style.dim(messages.format("table.weight", check.weight()) + "; "
                        + messages.format("table.risk_if", riskIf) + "; "
                        + messages.get("table.wording." + check.wording().name().toLowerCase(Locale.ROOT))));
            }
        }
        return out.toString();
    }

    /** The lists with their kind, size, source, date and age on {@code today}, and a warning when too old. */
    public String lists(ReferenceData data, LocalDate today) {
        TextBlock out = new TextBlock(width);
        out.item(style.bold(messages.get("table.lists")));
        int maxAge = data.scoring().partnerLists().maxAgeMonths();
        for (DesignationList list : data.lists()) {
            out.blank().line(style.bold(list.name()) + "  " + style.dim("[" + list.id() + "]"), ENTRY_HANGING);
            out.paragraph("    " + messages.get("kind." + list.kind().id()) + "; "
                    + messages.format("table.entries", list.entries().size()));
            out.paragraph("    " + list.publisher() + ": " + list.source());
            OptionalInt months = list.monthsOld(today);
            String dated = list.date()
                    + (months.isPresent() ? " (" + messages.format("table.age", months.getAsInt()) + ")" : "");
            out.paragraph("    " + messages.format("table.date", dated, list.retrieved()) + "; "
                    + messages.format("table.licence", list.licence()));
            if (months.isPresent() && months.getAsInt() > maxAge) {
                out.paragraph("    " + style.bold(messages.format("table.stale", maxAge)));
            }
            if (!list.attribution().isEmpty()) {
                out.paragraph("    " + style.dim(list.attribution()));
            }
            if (!list.meaning().in(language).isEmpty()) {
                out.paragraph("    " + list.meaning().in(language));
            }
        }
        out.blank().paragraph(data.scoring().partnerLists().notice().in(language));
        return out.toString();
    }

    public String contacts(ReferenceData data) {
        TextBlock out = new TextBlock(width);
        out.item(style.bold(messages.get("table.contacts")));
        for (Contact contact : data.contacts()) {
            out.blank().line(style.bold(contact.name().in(language)) + "  " + style.dim("[" + contact.id() + "]"),
                    ENTRY_HANGING);
            contact.email().ifPresent(email -> out.paragraph("    " + email));
            contact.website().ifPresent(site -> out.paragraph("    " + site));
            out.paragraph("    " + contact.purpose().in(language));
            contact.instruction().ifPresent(i -> out.paragraph("    " + messages.format("table.instruction",
                    i.in(language))));
            String source = data.source(contact.source()).map(s -> s.title() + ", " + s.date()).orElse(contact.source());
            out.paragraph("    " + style.dim(messages.format("table.source", source)));
        }
        if (!data.routing().organisations().isEmpty()) {
            out.blank().item(style.bold(messages.get("table.routing")));
            for (Organisation organisation : data.routing().organisations()) {
                out.item("  " + messages.format("table.routing.organisation", organisation.id(),
                        organisation.name().in(language), String.join(", ", organisation.contacts())));
            }
            for (Routing.FindingRoute route : data.routing().findings()) {
                out.item("  " + messages.format("table.routing.finding", route.name().in(language),
                        String.join(", ", route.contacts())));
            }
            out.item("  " + messages.get("table.routing.signals"));
        }
        return out.toString();
    }
}

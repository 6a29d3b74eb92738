package nl.partnerscan.report;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.partnerscan.core.Check;
import nl.partnerscan.core.Contact;
import nl.partnerscan.core.DesignationList;
import nl.partnerscan.core.Language;
import nl.partnerscan.core.Question;
import nl.partnerscan.core.ReferenceData;
import nl.partnerscan.core.Sector;
import nl.partnerscan.core.Taxonomy;
import nl.partnerscan.core.Technology;
import nl.partnerscan.core.match.Term;

/** Renders the reference data (table, questions, contacts) as text for a person. */
public final class ReferenceText {
    private final Messages messages;
    private final Style style;
    private final Language language;

    public ReferenceText(Messages messages, Style style) {
        this.messages = messages;
        this.style = style;
        this.language = messages.language();
    }

    public String sectors(ReferenceData data, boolean withTerms) {
        StringBuilder out = new StringBuilder();
        out.append(style.bold(messages.get("table.sectors"))).append("\n");
        int number = 1;
        for (Sector sector : data.sectors()) {
            out.append("\n").append(String.format(Locale.ROOT, "%2d  ", number++))
                    .append(style.bold(sector.name().in(language))).append("  [").append(sector.id()).append("]\n");
            out.append("    ").append(messages.format("flags", messages.flag(sector.topsector()),
                    messages.flag(sector.keyTechnology()))).append("\n");
            sector.description().ifPresent(d -> out.append("    ").append(d.in(language)).append("\n"));
            if (withTerms) {
                appendTerms(out, "    ", sector.terms());
            }
            for (Technology technology : sector.technologies()) {
                out.append("    - ").append(technology.name().in(language)).append("  ")
                        .append(style.dim("[" + technology.id() + "]")).append("\n");
                if (withTerms) {
                    appendTerms(out, "        ", technology.terms());
                }
            }
        }
        out.append("\n");
        data.caveats().forEach(c -> out.append("- ").append(c.text().in(language)).append("\n"));
        return out.toString();
    }

    public String taxonomy(Taxonomy taxonomy, boolean withTerms) {
        StringBuilder out = new StringBuilder();
        out.append(style.bold(taxonomy.name().in(language))).append("\n");
        for (Taxonomy.Area area : taxonomy.allAreas()) {
            out.append("\n").append(area.number().isPresent() ? String.format(Locale.ROOT, "%2d  ", area.number().getAsInt())
                            : "    ")
                    .append(style.bold(area.name().in(language))).append("  [").append(area.id()).append("]")
                    .append(area.priority() ? "  " + messages.get("priority") : "").append("\n");
            if (withTerms) {
                appendTerms(out, "    ", area.terms());
            }
            for (Taxonomy.Item item : area.items()) {
                out.append("    - ").append(item.name().in(language)).append("  ").append(style.dim("[" + item.id() + "]"))
                        .append(item.verified() ? "" : style.dim("  " + messages.get("unverified"))).append("\n");
                if (withTerms) {
                    appendTerms(out, "        ", item.terms());
                }
            }
        }
        out.append("\n").append(taxonomy.meaning().in(language)).append("\n");
        return out.toString();
    }

    private void appendTerms(StringBuilder out, String indent, List<Term> terms) {
        if (terms.isEmpty()) {
            return;
        }
        String quoted = join(terms, Term.Origin.QUOTED);
        String added = join(terms, Term.Origin.ADDED);
        if (!quoted.isEmpty()) {
            out.append(indent).append(style.dim(messages.get("origin.quoted") + ": ")).append(quoted).append("\n");
        }
        if (!added.isEmpty()) {
            out.append(indent).append(style.dim(messages.get("origin.added") + ": ")).append(added).append("\n");
        }
    }

    private static String join(List<Term> terms, Term.Origin origin) {
        return terms.stream().filter(t -> t.origin() == origin).map(Term::text).collect(Collectors.joining(", "));
    }

    public String questions(ReferenceData data) {
        StringBuilder out = new StringBuilder();
        out.append(style.bold(messages.get("table.questions"))).append("\n");
        for (Question question : data.questions()) {
            out.append("\n").append(style.bold(question.id() + "  " + question.question().in(language)))
                    .append("  ").append(style.dim("(" + messages.format("table.weight", question.weight()) + ")"))
                    .append("\n");
            out.append("    ").append(question.explanation().in(language)).append("\n");
            for (Check check : question.checks()) {
                String riskIf = check.riskIf().stream().sorted().map(messages::answer).collect(Collectors.joining(", "));
                out.append("    - ").append(check.id()).append("  ").append(check.text().in(language)).append("\n")
                        .append("      ").append(style.dim(messages.format("table.weight", check.weight()) + "; "
                                + messages.format("table.risk_if", riskIf) + "; "
                                + messages.get("table.wording." + check.wording().name().toLowerCase(Locale.ROOT))))
                        .append("\n");
            }
        }
        return out.toString();
    }

    public String lists(ReferenceData data) {
        StringBuilder out = new StringBuilder();
        out.append(style.bold(messages.get("table.lists"))).append("\n");
        for (DesignationList list : data.lists()) {
            out.append("\n").append(style.bold(list.name())).append("  ").append(style.dim("[" + list.id() + "]"))
                    .append("\n    ").append(messages.get("kind." + list.kind().id())).append("; ")
                    .append(messages.format("table.entries", list.entries().size())).append("\n    ")
                    .append(list.publisher()).append(": ").append(list.source()).append("\n    ")
                    .append(messages.format("table.date", list.date(), list.retrieved())).append("; ")
                    .append(messages.format("table.licence", list.licence())).append("\n");
            if (!list.attribution().isEmpty()) {
                out.append("    ").append(style.dim(list.attribution())).append("\n");
            }
            if (!list.meaning().in(language).isEmpty()) {
                out.append("    ").append(list.meaning().in(language)).append("\n");
            }
        }
        out.append("\n").append(data.scoring().partnerLists().notice().in(language)).append("\n");
        return out.toString();
    }

    public String contacts(ReferenceData data) {
        StringBuilder out = new StringBuilder();
        out.append(style.bold(messages.get("table.contacts"))).append("\n");
        for (Contact contact : data.contacts()) {
            out.append("\n").append(style.bold(contact.name().in(language))).append("  ")
                    .append(style.dim("[" + contact.id() + "]")).append("\n");
            contact.email().ifPresent(email -> out.append("    ").append(email).append("\n"));
            contact.website().ifPresent(site -> out.append("    ").append(site).append("\n"));
            out.append("    ").append(contact.purpose().in(language)).append("\n");
            contact.instruction().ifPresent(i -> out.append("    ")
                    .append(messages.format("table.instruction", i.in(language))).append("\n"));
            String source = data.source(contact.source()).map(s -> s.title() + ", " + s.date()).orElse(contact.source());
            out.append("    ").append(style.dim(messages.format("table.source", source))).append("\n");
        }
        return out.toString();
    }
}

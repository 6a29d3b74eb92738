package nl.partnerscan.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A small document (headings, paragraphs, lists, tables, a picture) that a decision record or a batch
 * overview is built as once, and written as Markdown or as self-contained HTML by {@link DocumentWriters}.
 * All text in it is plain text; the writers escape it. Printed, each page carries the document's footer
 * and its page number ("pagina 2 van 5").
 */
public final class Document {
    sealed interface Block permits Heading, Paragraph, Bullets, Table, Svg, Hint, Fields {
    }

    /** Labelled values ("Beoordelaar: J. de Vries"), as a definition list in HTML. */
    record Fields(List<Field> fields) implements Block {
    }

    /** One labelled value. */
    record Field(String label, String value) {
    }

    /** A hint for the screen only ("click a heading to sort"): not printed, and not in Markdown. */
    record Hint(String text) implements Block {
    }

    /**
     * What the foot of a printed page shows: a text on the left, and the page number as
     * {@code before} N {@code between} M ("pagina " 2 " van " 5).
     */
    record PageFooter(String text, String before, String between) {
    }

    record Heading(int level, String text) implements Block {
    }

    record Paragraph(String text, boolean strong) implements Block {
    }

    record Bullets(List<String> items) implements Block {
    }

    /** A table; {@code sortable} tables get click-to-sort headers in HTML. */
    record Table(List<String> header, List<List<String>> rows, boolean sortable) implements Block {
    }

    /** A picture drawn as SVG by partnerscan; Markdown shows {@code fallback} instead. */
    record Svg(String svg, String fallback) implements Block {
    }

    final String title;
    final List<Block> blocks = new ArrayList<>();
    PageFooter footer;

    Document(String title, Messages messages) {
        this.title = title;
        this.footer = new PageFooter(title, messages.get("page.before"), messages.get("page.between"));
    }

    /** The text at the foot of every printed page, instead of the title. */
    Document footer(String text) {
        footer = new PageFooter(text, footer.before(), footer.between());
        return this;
    }

    Document fields(List<Field> fields) {
        blocks.add(new Fields(List.copyOf(fields)));
        return this;
    }

    Document hint(String text) {
        blocks.add(new Hint(text));
        return this;
    }

    Document heading(int level, String text) {
        blocks.add(new Heading(level, text));
        return this;
    }

    Document paragraph(String text) {
        blocks.add(new Paragraph(text, false));
        return this;
    }

    Document strong(String text) {
        blocks.add(new Paragraph(text, true));
        return this;
    }

    Document bullets(List<String> items) {
        if (!items.isEmpty()) {
            blocks.add(new Bullets(List.copyOf(items)));
        }
        return this;
    }

    Document table(List<String> header, List<List<String>> rows, boolean sortable) {
        blocks.add(new Table(List.copyOf(header), List.copyOf(rows), sortable));
        return this;
    }

    Document svg(String svg, String fallback) {
        blocks.add(new Svg(svg, fallback));
        return this;
    }
}

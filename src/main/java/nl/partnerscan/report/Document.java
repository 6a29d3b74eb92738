package nl.partnerscan.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A small document (headings, paragraphs, lists, tables, a picture) that a decision record or a batch
 * overview is built as once, and written as Markdown or as self-contained HTML by {@link DocumentWriters}.
 * All text in it is plain text; the writers escape it.
 */
public final class Document {
    sealed interface Block permits Heading, Paragraph, Bullets, Table, Svg {
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

    Document(String title) {
        this.title = title;
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

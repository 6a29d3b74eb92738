package nl.partnerscan.report;

import java.util.List;
import nl.partnerscan.io.Printable;

/**
 * Writes a {@link Document} as Markdown, or as one HTML file with no external resources, printable: on paper
 * a heading stays with what follows it, a table row is not split, the pages are numbered, and hints for the
 * screen are left out.
 */
public final class DocumentWriters {
    private DocumentWriters() {
    }

    public static String markdown(Document document) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(md(document.title)).append("\n");
        for (Document.Block block : document.blocks) {
            if (block instanceof Document.Hint) {
                continue; // a hint about the page in a browser (sorting) means nothing in Markdown
            }
            out.append("\n");
            if (block instanceof Document.Heading h) {
                out.append("#".repeat(h.level() + 1)).append(' ').append(md(h.text())).append("\n");
            } else if (block instanceof Document.Paragraph p) {
                out.append(p.strong() ? "**" + md(p.text()) + "**" : md(p.text())).append("\n");
            } else if (block instanceof Document.Bullets b) {
                b.items().forEach(item -> out.append("- ").append(md(item)).append("\n"));
            } else if (block instanceof Document.Table t) {
                out.append(row(t.header())).append("|").append("---|".repeat(t.header().size())).append("\n");
                t.rows().forEach(r -> out.append(row(r)));
            } else if (block instanceof Document.Svg svg) {
                out.append(md(svg.fallback())).append("\n");
            } else if (block instanceof Document.Fields f) {
                f.fields().forEach(field -> out.append("- ").append(md(field.label())).append(": ")
                        .append(mdInline(field.value())).append("\n"));
            }
        }
        return out.toString();
    }

    private static String row(List<String> cells) {
        StringBuilder out = new StringBuilder("|");
        cells.forEach(cell -> out.append(' ').append(mdInline(cell)).append(" |"));
        return out.append("\n").toString();
    }

    /**
     * Plain text made inert in Markdown: no emphasis, code, links, HTML, table cells or line breaks from
     * user text; a text that would start a heading, list or quote is escaped at its start.
     */
    static String md(String text) {
        StringBuilder out = new StringBuilder(mdInline(text));
        if (out.length() > 0 && ("#-+>".indexOf(out.charAt(0)) >= 0 || out.toString().matches("^\\d+[.)].*"))) {
            out.insert(0, '\\');
        }
        return out.toString();
    }

    /** Like {@link #md}, for text after a label on its line, where nothing at its start can begin a block. */
    private static String mdInline(String text) {
        String plain = Printable.of(text).replace('\n', ' ').replace('\r', ' ');
        StringBuilder out = new StringBuilder(plain.length());
        for (char c : plain.toCharArray()) {
            if ("\\`*_[]<>|".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    public static String html(Document document, String language) {
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"").append(esc(language)).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(document.title)).append("</title>\n<style>\n").append(STYLE)
                .append(page(document.footer)).append("</style>\n")
                .append("</head>\n<body>\n<main>\n<h1>").append(esc(document.title)).append("</h1>\n");
        boolean sortable = false;
        for (Document.Block block : document.blocks) {
            if (block instanceof Document.Heading h) {
                out.append("<h").append(h.level() + 1).append(">").append(esc(h.text())).append("</h")
                        .append(h.level() + 1).append(">\n");
            } else if (block instanceof Document.Paragraph p) {
                out.append(p.strong() ? "<p class=\"strong\">" : "<p>").append(esc(p.text())).append("</p>\n");
            } else if (block instanceof Document.Bullets b) {
                out.append("<ul>\n");
                b.items().forEach(item -> out.append("<li>").append(esc(item)).append("</li>\n"));
                out.append("</ul>\n");
            } else if (block instanceof Document.Table t) {
                sortable |= t.sortable();
                out.append(t.sortable() ? "<table class=\"sortable\">\n<thead><tr>" : "<table>\n<thead><tr>");
                t.header().forEach(cell -> out.append("<th>").append(esc(cell)).append("</th>"));
                out.append("</tr></thead>\n<tbody>\n");
                for (List<String> row : t.rows()) {
                    out.append("<tr>");
                    row.forEach(cell -> out.append(isWord(cell) ? "<td class=\"word\">" : "<td>").append(esc(cell))
                            .append("</td>"));
                    out.append("</tr>\n");
                }
                out.append("</tbody>\n</table>\n");
            } else if (block instanceof Document.Svg svg) {
                out.append("<figure>").append(svg.svg()).append("<figcaption>").append(esc(svg.fallback()))
                        .append("</figcaption></figure>\n");
            } else if (block instanceof Document.Fields f) {
                out.append("<dl class=\"fields\">\n");
                f.fields().forEach(field -> out.append("<dt>").append(esc(field.label())).append("</dt><dd>")
                        .append(esc(field.value())).append("</dd>\n"));
                out.append("</dl>\n");
            } else if (block instanceof Document.Hint hint) {
                out.append("<p class=\"hint screen-only\">").append(esc(hint.text())).append("</p>\n");
            }
        }
        out.append("</main>\n<script>\n").append(sortable ? SORT_SCRIPT : "").append(READY_SCRIPT).append("</script>\n")
                .append("</body>\n</html>\n");
        return out.toString();
    }

    /**
     * Whether a cell is one short word (an id, a date, a score): kept on one line, where a browser would break
     * it at a hyphen ("2024-" / "04-18").
     */
    private static boolean isWord(String cell) {
        return cell.length() <= MAX_WORD && cell.chars().noneMatch(Character::isWhitespace);
    }

    /** The longest cell that {@link #isWord} keeps on one line. */
    private static final int MAX_WORD = 24;

    /** The printed page: A4, and at its foot the document's footer on the left and the page number on the right. */
    private static String page(Document.PageFooter footer) {
        return "@page { size: A4; margin: 16mm 15mm 20mm 15mm;\n"
                + "  @bottom-left { content: " + css(footer.text()) + "; font: 8pt system-ui, sans-serif; color: #555; }\n"
                + "  @bottom-right { content: " + css(footer.before()) + " counter(page) " + css(footer.between())
                + " counter(pages); font: 8pt system-ui, sans-serif; color: #555; }\n}\n";
    }

    /** Text as a CSS string: quoted, with quotes, backslashes and control characters escaped. */
    static String css(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : Printable.of(text).toCharArray()) {
            if (c == '"' || c == '\\' || c == '<' || c == '>' || c < 0x20) {
                out.append('\\').append(Integer.toHexString(c)).append(' ');
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** Text escaped for HTML text and attribute values; control characters from the input replaced. */
    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : Printable.of(text).toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static final String STYLE = """
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1b1b; margin: 0; }
            main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
            h1 { font-size: 1.6rem; border-bottom: 2px solid #154273; padding-bottom: .3rem; color: #154273; }
            h2 { font-size: 1.25rem; margin-top: 1.6rem; color: #154273; }
            h3 { font-size: 1.05rem; }
            p.strong { font-size: 1.2rem; font-weight: 700; }
            table { border-collapse: collapse; width: 100%; margin: .5rem 0; font-size: .92rem; }
            th, td { border: 1px solid #c8c8c8; padding: .3rem .5rem; text-align: left; vertical-align: top; }
            th { background: #eef2f7; }
            table.sortable th { cursor: pointer; }
            table.sortable th::after { content: " \\2195"; color: #888; }
            figure { margin: 1rem 0; }
            figcaption { font-size: .85rem; color: #555; }
            p.hint { font-size: .85rem; color: #555; margin-top: -.4rem; }
            dl.fields { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .8rem 0; }
            dl.fields dt { font-weight: 600; }
            dl.fields dd { margin: 0; overflow-wrap: anywhere; }
            td.word { white-space: nowrap; }
            @media print {
              body { font-size: 10pt; }
              p.strong { font-size: 11pt; }
              main { max-width: none; padding: 0; }
              .screen-only { display: none; }
              table.sortable th { cursor: auto; }
              table.sortable th::after { content: ""; }
              h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
              h2 + *, h3 + * { break-before: avoid; page-break-before: avoid; }
              tr, li, p, figure, dl.fields { break-inside: avoid; page-break-inside: avoid; }
              thead { display: table-header-group; }
            }
            """;

    private static final String SORT_SCRIPT = """
            document.querySelectorAll("table.sortable").forEach(function (table) {
              table.querySelectorAll("th").forEach(function (th, column) {
                th.addEventListener("click", function () {
                  var body = table.tBodies[0];
                  var rows = Array.prototype.slice.call(body.rows);
                  var descending = th.getAttribute("data-order") === "asc";
                  rows.sort(function (a, b) {
                    var x = a.cells[column].textContent, y = b.cells[column].textContent;
                    var nx = parseFloat(x), ny = parseFloat(y);
                    var order = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
                    return descending ? -order : order;
                  });
                  rows.forEach(function (row) { body.appendChild(row); });
                  th.setAttribute("data-order", descending ? "desc" : "asc");
                });
              });
            });
            """;

    /** Marks the page as fully set up, so that a browser check can tell that every script ran. */
    private static final String READY_SCRIPT = "document.body.setAttribute(\"data-ready\", \"yes\");\n";
}

package nl.partnerscan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.partnerscan.core.Language;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Build step of the release (package phase, see the pom): the shell completion and the man pages, generated
 * from the command model that the program itself parses with, so that they cannot drift from it. Lives with
 * the tests because it is no part of the program: picocli-codegen is a build dependency only.
 *
 * <p>Writes, under the directory it is given:
 * <ul>
 *   <li>{@code completion/partnerscan.bash}: completion for bash (and zsh, after {@code bashcompinit}), made
 *       by picocli's {@link AutoComplete};</li>
 *   <li>{@code adoc/en/*.adoc} and {@code adoc/nl/*.adoc}: one man page per command in AsciiDoc, English and
 *       Dutch, made by picocli's {@link ManPageGenerator}; the build converts them to {@code man/man1} and
 *       {@code man/nl/man1} (Asciidoctor's manpage backend).</li>
 * </ul>
 */
public final class ReleaseDocs {
    /** Section titles that ManPageGenerator writes in English, in Dutch. */
    private static final Map<String, String> DUTCH_HEADINGS = new LinkedHashMap<>();

    static {
        DUTCH_HEADINGS.put("== Name\n", "== Naam\n");
        DUTCH_HEADINGS.put("== Synopsis\n", "== Overzicht\n");
        DUTCH_HEADINGS.put("== Description\n", "== Beschrijving\n");
        DUTCH_HEADINGS.put("== Options\n", "== Opties\n");
        DUTCH_HEADINGS.put("== Arguments\n", "== Argumenten\n");
        DUTCH_HEADINGS.put("== Commands\n", "== Opdrachten\n");
        DUTCH_HEADINGS.put(":manmanual: Partnerscan Manual\n", ":manmanual: Handleiding van partnerscan\n"
                + ":manname-title: Naam\n");
    }

    private ReleaseDocs() {
    }

    /** Arguments: the directory to write into. */
    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]));
    }

    /** Writes the completion script and the AsciiDoc man pages under {@code dir}. */
    static void write(Path dir) throws IOException {
        Path completion = dir.resolve("completion/partnerscan.bash");
        Files.createDirectories(completion.getParent());
        Files.writeString(completion, completion(), StandardCharsets.UTF_8);
        for (Language language : Language.values()) {
            Path pages = dir.resolve("adoc").resolve(language.code());
            Files.createDirectories(pages);
            for (Map.Entry<String, String> page : manPages(language).entrySet()) {
                Files.writeString(pages.resolve(page.getKey() + ".adoc"), page.getValue(), StandardCharsets.UTF_8);
            }
        }
    }

    /** The bash completion script for {@code partnerscan}. */
    static String completion() {
        return AutoComplete.bash("partnerscan", Cli.model(Language.EN));
    }

    /** Each command's man page in AsciiDoc, by page name ({@code partnerscan-screen}). */
    static Map<String, String> manPages(Language language) {
        Map<String, String> pages = new LinkedHashMap<>();
        for (CommandSpec spec : commands(Cli.model(language).getCommandSpec())) {
            StringWriter text = new StringWriter();
            try (PrintWriter out = new PrintWriter(text)) {
                ManPageGenerator.writeSingleManPage(out, spec);
            }
            String page = text.toString().replace("\r\n", "\n");
            if (language == Language.NL) {
                for (Map.Entry<String, String> heading : DUTCH_HEADINGS.entrySet()) {
                    page = page.replace(heading.getKey(), heading.getValue());
                }
            }
            pages.put(spec.qualifiedName("-"), page);
        }
        return pages;
    }

    private static List<CommandSpec> commands(CommandSpec root) {
        List<CommandSpec> all = new ArrayList<>();
        all.add(root);
        root.subcommands().values().forEach(sub -> all.addAll(commands(sub.getCommandSpec())));
        return all;
    }
}

package nl.partnerscan.cli;

import nl.partnerscan.report.Messages;
import nl.partnerscan.report.ReferenceText;
import nl.partnerscan.report.Style;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import nl.partnerscan.core.Language;
import nl.partnerscan.core.DesignationList;
import nl.partnerscan.core.ReferenceData;
import nl.partnerscan.core.Screener;
import nl.partnerscan.data.DataException;
import nl.partnerscan.data.ReferenceDataLoader;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** Options every command shares: which reference data, and the language of the output. */
final class CommonOptions {
    /** Language of the output, as typed on the command line. */
    enum Lang {
        nl(Language.NL),
        en(Language.EN);

        final Language language;

        Lang(Language language) {
            this.language = language;
        }
    }

    @Option(names = "--data", paramLabel = "DIR",
            description = "Directory with your own reference data instead of the bundled data: a copy of"
                    + " partnerscan's data/ directory (every *.yaml file, and lists/), edited.")
    Path dataDirectory;

    @Option(names = "--list", paramLabel = "FILE",
            description = "Also check partners against this list of your own (repeatable): YAML like the bundled"
                    + " lists, or CSV with a header name[,aliases,country,kind,source]; aliases separated by ';' or '|'.")
    List<Path> extraLists = new ArrayList<>();

    @Option(names = "--lang", paramLabel = "nl|en", defaultValue = "nl",
            description = "Language of the output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Lang lang;

    private final Terminal terminal;

    /** Made by {@link Main}'s factory, which gives every command the terminal it writes to. */
    CommonOptions(Terminal terminal) {
        this.terminal = terminal;
    }

    Terminal terminal() {
        return terminal;
    }

    /** The style of text output: colour only where the terminal wants it. */
    Style style() {
        return Style.of(terminal.colour());
    }

    Language language() {
        return lang.language;
    }

    /** The reference data: the --data directory if given, else the bundled copy. */
    ReferenceData loadData() {
        ReferenceData data = dataDirectory == null ? BundledData.data() : ReferenceDataLoader.loadDirectory(dataDirectory);
        if (extraLists.isEmpty()) {
            return data;
        }
        List<DesignationList> lists = new ArrayList<>();
        extraLists.forEach(file -> lists.add(ReferenceDataLoader.loadList(file)));
        try {
            return data.withLists(lists);
        } catch (IllegalArgumentException duplicate) {
            throw new DataException(extraLists.toString(), 0, 0, duplicate.getMessage() + "; rename the file");
        }
    }

    /**
     * Prints one listing of the reference data: as JSON with {@code json}, or as text with {@code text}.
     *
     * @return the exit code
     */
    int printListing(CommandSpec spec, FormatOption format, BiConsumer<PrintWriter, ReferenceData> json,
                     BiFunction<ReferenceText, ReferenceData, String> text) {
        ReferenceData data = loadData();
        PrintWriter out = spec.commandLine().getOut();
        if (format.json()) {
            json.accept(out, data);
        } else {
            out.print(text.apply(new ReferenceText(Messages.of(language()), style(), terminal.textWidth()), data));
        }
        out.flush();
        return ExitCode.OK;
    }

    /** A screener on the reference data of {@link #loadData()}. */
    Screener screener() {
        return dataDirectory == null && extraLists.isEmpty() ? BundledData.screener() : new Screener(loadData());
    }
}

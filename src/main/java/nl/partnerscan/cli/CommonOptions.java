package nl.partnerscan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import nl.partnerscan.core.Language;
import nl.partnerscan.core.ReferenceData;
import nl.partnerscan.core.Screener;
import nl.partnerscan.io.yaml.ReferenceDataLoader;
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
            description = "Directory with your own reference data (sources.yaml, sectors.yaml, questions.yaml, "
                    + "contacts.yaml, scoring.yaml) instead of the bundled data.")
    Path dataDirectory;

    @Option(names = "--lang", paramLabel = "nl|en", defaultValue = "nl",
            description = "Language of the output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Lang lang;

    Language language() {
        return lang.language;
    }

    /** The reference data: the --data directory if given, else the bundled copy. */
    ReferenceData loadData() {
        return dataDirectory == null ? BundledData.data() : ReferenceDataLoader.loadDirectory(dataDirectory);
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
            out.print(text.apply(new ReferenceText(Messages.of(language()), Style.detect()), data));
        }
        out.flush();
        return ExitCode.OK;
    }

    /** A screener on the reference data of {@link #loadData()}. */
    Screener screener() {
        return dataDirectory == null ? BundledData.screener() : new Screener(loadData());
    }
}

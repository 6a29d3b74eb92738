package nl.partnerscan.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.partnerscan.core.DesignationList;
import nl.partnerscan.core.Language;
import nl.partnerscan.core.ReferenceData;
import nl.partnerscan.core.Screener;
import nl.partnerscan.data.DataException;
import nl.partnerscan.data.ReferenceDataLoader;
import nl.partnerscan.report.Style;
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
                    + " lists; CSV with a header name[,aliases,country,kind,source], aliases separated by ';' or '|';"
                    + " OpenSanctions entities.ftm.json; or the US Consolidated Screening List (CSV or JSON).")
    List<Path> extraLists = new ArrayList<>();

    @Option(names = "--lang", paramLabel = "nl|en", defaultValue = "nl",
            description = "Language of the output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Lang lang;

    Language language() {
        return lang.language;
    }

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

    /** The reference data: the --data directory if given, else the bundled copy. */
    ReferenceData loadData() {
        ReferenceData data = dataDirectory == null ? BundledData.data() : ReferenceDataLoader.loadDirectory(dataDirectory);
        if (extraLists.isEmpty()) {
            return data;
        }
        List<DesignationList> lists = new ArrayList<>();
        try {
            extraLists.forEach(file -> lists.add(ReferenceDataLoader.loadList(file)));
        } catch (OutOfMemoryError tooBig) {
            lists.clear();
            throw tooBig(tooBig);
        }
        try {
            return data.withLists(lists);
        } catch (IllegalArgumentException duplicate) {
            throw new DataException(extraLists.toString(), 0, 0, duplicate.getMessage() + "; rename the file");
        }
    }

    /**
     * A screener on the reference data of {@link #loadData()}. Lists too large for the memory Java was given
     * end in a one-line error that says so, not in a stack trace.
     */
    Screener screener() {
        if (dataDirectory == null && extraLists.isEmpty()) {
            return BundledData.screener();
        }
        try {
            return new Screener(loadData());
        } catch (OutOfMemoryError tooBig) {
            throw tooBig(tooBig);
        }
    }

    private DataException tooBig(OutOfMemoryError error) {
        String lists = extraLists.isEmpty() ? String.valueOf(dataDirectory) : extraLists.toString();
        return new DataException(lists, 0, 0, "the lists are too big for the memory Java was given (at most "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB); give it more, e.g. JAVA_OPTS=-Xmx2g,"
                + " or use a shorter list");
    }
}

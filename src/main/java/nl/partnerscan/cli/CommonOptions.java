package nl.partnerscan.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import nl.partnerscan.core.DesignationList;
import nl.partnerscan.core.Language;
import nl.partnerscan.core.Localized;
import nl.partnerscan.core.ReferenceData;
import nl.partnerscan.core.Screener;
import nl.partnerscan.data.DataException;
import nl.partnerscan.data.ReferenceDataLoader;
import nl.partnerscan.report.Messages;
import nl.partnerscan.report.Style;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * Options every command shares: which reference data, and the language of the output. The help of every
 * option of every command is in the bundle {@value #TEXTS}, in Dutch and English.
 */
final class CommonOptions {
    /** The command line's texts: the help, usage errors, the progress line, {@code --version}. */
    static final String TEXTS = "nl.partnerscan.cli.Usage";

    /** Language of the output, as typed on the command line. */
    enum Lang {
        nl(Language.NL),
        en(Language.EN);

        final Language language;

        Lang(Language language) {
            this.language = language;
        }
    }

    @Option(names = "--data", paramLabel = "DIR")
    Path dataDirectory;

    @Option(names = "--list", paramLabel = "FILE")
    List<Path> extraLists = new ArrayList<>();

    /** Without {@code --lang} here, the run's language ({@link LanguageSetting}). */
    @Option(names = "--lang", paramLabel = "nl|en")
    Lang lang;

    Language language() {
        return lang.language;
    }

    /** The command line's texts in the language of the output. */
    Messages texts() {
        return Messages.of(TEXTS, language());
    }

    /** The command line's texts in the language {@code spec}'s help is in, for the option groups (mixins). */
    static Messages texts(CommandSpec spec) {
        ResourceBundle bundle = spec.resourceBundle();
        return Messages.of(TEXTS, bundle != null && bundle.getLocale().getLanguage().equals("en") ? Language.EN
                : Language.NL);
    }

    private final Terminal terminal;

    /** Made by {@link Main}'s factory, which gives every command the terminal it writes to and the run's language. */
    CommonOptions(Terminal terminal, Language language) {
        this.terminal = terminal;
        this.lang = language == Language.EN ? Lang.en : Lang.nl;
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
        // A list's id is its file's name: two files of one name, or one named as a bundled list, are told
        // apart by renaming, which only the user can do.
        Set<String> ids = new HashSet<>();
        data.lists().forEach(list -> ids.add(list.id()));
        for (int i = 0; i < lists.size(); i++) {
            if (!ids.add(lists.get(i).id())) {
                throw new DataException(extraLists.get(i).toString(), 0, 0, localized("error.list_id_taken",
                        lists.get(i).id()));
            }
        }
        return data.withLists(lists);
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
        long megabytes = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        // The lists' objects are unreachable by now: there is memory again to read the texts with.
        return new DataException(lists, 0, 0, localized("error.lists_too_big", megabytes));
    }

    /** A text of the command line's bundle in both languages, for a {@link DataException} to tell in the run's. */
    private static Localized localized(String key, Object... values) {
        return new Localized(Messages.of(TEXTS, Language.NL).format(key, values),
                Messages.of(TEXTS, Language.EN).format(key, values));
    }
}

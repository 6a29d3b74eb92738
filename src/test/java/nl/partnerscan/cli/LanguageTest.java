package nl.partnerscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import nl.partnerscan.TestData;
import nl.partnerscan.core.Language;
import nl.partnerscan.report.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Dutch and English all the way: the help, usage errors, row errors, the batch summary, the progress line
 * and every listing follow the run's language, from {@code --lang} or {@code PARTNERSCAN_LANG}; Dutch is
 * the default. Each bundle has the same keys in both languages, and no output in one language carries a
 * message of the other.
 */
class LanguageTest {
    /** The bundles of partnerscan's texts: the report's labels, the command line's texts and the own lists' errors. */
    private static final List<String> BUNDLES = List.of("nl/partnerscan/report/Messages", "nl/partnerscan/cli/Usage",
            "nl/partnerscan/data/ListTexts");
    /** What picocli prints in English when a text is not in the bundle, and the bundles' short headings. */
    private static final Map<Language, List<String>> FOREIGN_WORDS = Map.of(
            Language.NL, List.of("Usage:", "Commands:", "Options:", "Exit codes:", "Unknown option",
                    "Possible solutions", "Did you mean", "Missing required", "Invalid value", "should be specified",
                    "Show this help", "Print version", "Try '", " rows", "Display help"),
            Language.EN, List.of("Gebruik:", "Opdrachten:", "Opties:", "Afsluitcodes:", "onbekende", "Zie '",
                    " rijen", "regel ", "kolom ", "ongeldige", "Toon "));

    @TempDir
    Path dir;

    private static Properties bundle(String name, Language language) {
        Properties properties = new Properties();
        try (InputStream in = LanguageTest.class.getClassLoader()
                .getResourceAsStream(name + "_" + language.code() + ".properties")) {
            assertThat(in).as("bundle %s in %s", name, language).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return properties;
    }

    @Test
    void everyTextExistsInDutchAndInEnglish() {
        for (String name : BUNDLES) {
            Set<String> dutch = new TreeSet<>(bundle(name, Language.NL).stringPropertyNames());
            Set<String> english = new TreeSet<>(bundle(name, Language.EN).stringPropertyNames());
            Set<String> onlyDutch = new TreeSet<>(dutch);
            onlyDutch.removeAll(english);
            Set<String> onlyEnglish = new TreeSet<>(english);
            onlyEnglish.removeAll(dutch);
            assertThat(onlyDutch).as("%s: keys only in Dutch", name).isEmpty();
            assertThat(onlyEnglish).as("%s: keys only in English", name).isEmpty();
        }
    }

    @Test
    void everyCommandAndOptionHasItsHelpInBothLanguages() {
        for (Language language : Language.values()) {
            for (CommandSpec spec : commands(Cli.model(language).getCommandSpec())) {
                assertThat(spec.usageMessage().description()).as("%s in %s", spec.qualifiedName(), language)
                        .isNotEmpty();
                List<ArgSpec> args = new ArrayList<>(spec.options());
                args.addAll(spec.positionalParameters());
                for (ArgSpec arg : args) {
                    assertThat(String.join(" ", arg.description())).as("%s %s in %s", spec.qualifiedName(),
                            arg.paramLabel(), language).isNotBlank();
                }
            }
        }
    }

    @Test
    void dutchOutputHasNoEnglishMessageAndEnglishOutputNoDutchOne() throws IOException {
        Map<Language, String> outputs = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            outputs.put(language, everything(language));
        }
        for (Language language : Language.values()) {
            Language other = language == Language.NL ? Language.EN : Language.NL;
            String output = outputs.get(language);
            for (String fragment : messagesOnlyIn(other)) {
                assertThat(output).as("%s output holds the %s text '%s'", language, other, fragment)
                        .doesNotContain(fragment);
            }
            for (String word : FOREIGN_WORDS.get(language)) {
                assertThat(output).as("%s output holds '%s'", language, word).doesNotContain(word);
            }
        }
        assertThat(outputs.get(Language.NL)).contains("Gebruik: partnerscan screen").contains("onbekende optie")
                .contains("regel 3").contains("rijen");
        assertThat(outputs.get(Language.EN)).contains("Usage: partnerscan screen").contains("unknown option")
                .contains("line 3").contains("rows");
    }

    /** Every kind of message a run prints, in {@code language} (set by the variable, as a user sets it). */
    private String everything(Language language) throws IOException {
        Path rows = dir.resolve("rows-" + language.code() + ".csv");
        Files.write(rows, ("id;onderwerp;q4\n1;QKD;ja\n2;quantum;x;y\n3;quantum;misschien\n4;;\n5;caf\u00e9;\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        List<String> badLists = ownListsRefused(language);
        List<String[]> runs = new ArrayList<>(List.of(
                new String[] {}, new String[] {"--help"}, new String[] {"help"}, new String[] {"help", "screen"},
                new String[] {"screen", "--help"}, new String[] {"batch", "--help"}, new String[] {"sectors", "--help"},
                new String[] {"questions", "--help"}, new String[] {"contacts", "--help"},
                new String[] {"lists", "--help"}, new String[] {"--version"},
                new String[] {"scren"}, new String[] {"screen", "--topci", "x"}, new String[] {"screen"},
                new String[] {"screen", "-t"}, new String[] {"screen", "-t", "x", "--format", "xml"},
                new String[] {"screen", "-t", "x", "--answer", "q4=misschien"},
                new String[] {"screen", "-t", "x", "--answer", "q9=ja"},
                new String[] {"screen", "-t", "x", "--answer", "q4"},
                new String[] {"screen", "-t", "x", "--brief", "-v"}, new String[] {"screen", "-t", "x", "--record", "x.txt"},
                new String[] {"screen", "-t", "x", "-i"},
                new String[] {"batch"}, new String[] {"batch", rows.toString(), "--threads", "0"},
                new String[] {"batch", rows.toString(), "--threads", "many"},
                new String[] {"batch", rows.toString(), "--delimiter", "ab"},
                new String[] {"batch", rows.toString(), "--encoding", "no-such-encoding"},
                new String[] {"batch", rows.toString(), "--report", "x.txt"},
                new String[] {"batch", dir.resolve("missing.csv").toString()},
                new String[] {"batch", rows.toString()}, new String[] {"batch", rows.toString(), "--format", "jsonl"},
                new String[] {"screen", "-t", "quantum", "--partner", "Harbin Institute of Technology"},
                new String[] {"screen", "-t", "quantum", "--brief"}, new String[] {"lists"}, new String[] {"sectors"},
                new String[] {"questions"}, new String[] {"contacts"}));
        badLists.forEach(list -> runs.add(new String[] {"screen", "-t", "x", "--list", list}));
        StringBuilder all = new StringBuilder();
        Terminal terminal = Cli.environment(Map.of(LanguageSetting.VARIABLE, language.code()));
        for (String[] args : runs) {
            Cli.Run run = Cli.runOn(terminal, new byte[0], args);
            all.append(run.out()).append('\n').append(run.err()).append('\n');
        }
        Progress progress = new Progress(new PrintWriter(new StringWriter()), true,
                Messages.of(CommonOptions.TEXTS, language));
        progress.start(1000);
        return all.append(progress.line(1_234_567, 500, 10)).toString();
    }

    /** Own lists that are each refused for another reason: missing, no text, a workbook, no name column, and so on. */
    private List<String> ownListsRefused(Language language) throws IOException {
        Path lists = Files.createDirectories(dir.resolve("lists-" + language.code()));
        Map<String, byte[]> files = new LinkedHashMap<>();
        byte[] mixed = "name\nCaf\u00e9 Wuhan\nCaf# Harbin\n".getBytes(StandardCharsets.UTF_8);
        mixed[mixed.length - 9] = (byte) 0xE9; // for '#': an é in Windows-1252, after one in UTF-8
        files.put("mixed.csv", mixed);
        files.put("book.xlsx", new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0});
        files.put("no-name.csv", "naam;land\nAcme Wuhan;CN\n".getBytes(StandardCharsets.UTF_8));
        files.put("empty-name.csv", "name,country\n,CN\n".getBytes(StandardCharsets.UTF_8));
        files.put("control.csv", "name\nEvil\u0007 Ltd\n".getBytes(StandardCharsets.UTF_8));
        files.put("empty.csv", new byte[0]);
        files.put("broken.json", "[{\"name\": ".getBytes(StandardCharsets.UTF_8));
        files.put("other.json", "{\"results\": 1}".getBytes(StandardCharsets.UTF_8));
        files.put("entities.ftm.json", "{\"schema\": \"Company\", \"properties\": {}}\n{broken\n"
                .getBytes(StandardCharsets.UTF_8));
        List<String> paths = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            paths.add(Files.write(lists.resolve(file.getKey()), file.getValue()).toString());
        }
        paths.add(lists.resolve("missing.csv").toString());
        return paths;
    }

    @Test
    void aSecondListOfTheSameIdIsRefusedInTheRunsLanguageAtItsFile() throws IOException {
        Path first = Files.writeString(Files.createDirectories(dir.resolve("a")).resolve("watch.csv"), "name\nAcme Wuhan\n");
        Path second = Files.writeString(Files.createDirectories(dir.resolve("b")).resolve("watch.csv"), "name\nAcme Harbin\n");
        Cli.Run dutch = Cli.run("screen", "--topic", "robotica", "--list", first.toString(), "--list", second.toString());
        assertThat(dutch.exitCode()).isEqualTo(ExitCode.DATA_ERROR);
        assertThat(dutch.err()).isEqualTo("partnerscan: referentiegegevens: " + second + ": de id 'watch' is al in"
                + " gebruik (door een meegeleverde lijst, of een lijst die eerder gegeven is); de id van een lijst is de"
                + " naam van haar bestand, dus geef dit bestand een andere naam\n");
        Path bundledName = Files.writeString(dir.resolve("seven-sons.csv"), "name\nAcme Wuhan\n");
        Cli.Run english = Cli.run("screen", "--topic", "robotica", "--list", bundledName.toString(), "--lang", "en");
        assertThat(english.exitCode()).isEqualTo(ExitCode.DATA_ERROR);
        assertThat(english.err()).isEqualTo("partnerscan: reference data: " + bundledName + ": the id 'seven-sons' is in"
                + " use already (by a bundled list, or a list given before this one); a list's id is its file's name,"
                + " so give this file another name\n");
    }

    @Test
    void anOwnListThatCannotBeUsedIsRefusedInTheRunsLanguageWithItsPlace() throws IOException {
        Path list = Files.writeString(dir.resolve("watch.csv"), "naam;land\nAcme Wuhan;CN\n");
        Cli.Run dutch = Cli.run("screen", "--topic", "robotica", "--list", list.toString());
        assertThat(dutch.exitCode()).isEqualTo(ExitCode.DATA_ERROR);
        assertThat(dutch.err()).isEqualTo("partnerscan: referentiegegevens: " + list + ":1: geen kolom 'name'; de"
                + " kopregel van een lijst heeft name, en naar wens aliases, country, kind, source\n");
        Cli.Run english = Cli.run("screen", "--topic", "robotica", "--list", list.toString(), "--lang", "en");
        assertThat(english.exitCode()).isEqualTo(ExitCode.DATA_ERROR);
        assertThat(english.err()).isEqualTo("partnerscan: reference data: " + list + ":1: no column 'name'; a list's"
                + " header has name, and if wanted aliases, country, kind, source\n");
    }

    /**
     * The texts of {@code language} that the other language does not have, cut at their placeholders. A
     * text that the reference data holds too is left out: data is shown as its source wrote it (a list's
     * attribution, say), in one language.
     */
    private static Set<String> messagesOnlyIn(Language language) throws IOException {
        Language other = language == Language.NL ? Language.EN : Language.NL;
        StringBuilder data = new StringBuilder();
        try (Stream<Path> files = Files.walk(TestData.DATA_DIR)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                data.append(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        Set<String> fragments = new TreeSet<>();
        for (String name : BUNDLES) {
            Properties these = bundle(name, language);
            Properties those = bundle(name, other);
            for (String key : these.stringPropertyNames()) {
                String text = these.getProperty(key);
                if (text.equals(those.getProperty(key))) {
                    continue;
                }
                for (String fragment : text.replace("%n", "\n").split("\\{\\d}|\\$\\{[^}]*}|\n")) {
                    String piece = fragment.strip();
                    if (piece.length() >= 12 && data.indexOf(piece) < 0
                            && those.values().stream().noneMatch(v -> ((String) v).contains(piece))) {
                        fragments.add(piece);
                    }
                }
            }
        }
        return fragments;
    }

    @Test
    void theProgressLineGroupsDigitsAsTheLanguageDoes() {
        Progress dutch = new Progress(new PrintWriter(new StringWriter()), true, Messages.of(CommonOptions.TEXTS,
                Language.NL));
        dutch.start(1000);
        assertThat(dutch.line(1_234_567, 500, 10)).isEqualTo("partnerscan:  50%  1.234.567 rijen  123.457 rijen/s ");
        Progress english = new Progress(new PrintWriter(new StringWriter()), true, Messages.of(CommonOptions.TEXTS,
                Language.EN));
        english.start(-1);
        assertThat(english.line(1_234_567, 500, 10)).isEqualTo("partnerscan: 1,234,567 rows  123,457 rows/s ");
    }

    @Test
    void theBatchSummaryWritesSecondsAsTheLanguageDoes() throws IOException {
        Path input = dir.resolve("one.csv");
        Files.writeString(input, "onderwerp\nQKD\n");
        assertThat(Cli.run("batch", input.toString()).err()).containsPattern("1 rijen: .*; \\d+,\\d s \\(invoer: ");
        assertThat(Cli.run("batch", input.toString(), "--lang", "en").err())
                .containsPattern("1 rows: .*; \\d+\\.\\d s \\(input: ");
    }

    @Test
    void dutchIsTheDefaultTheVariableSetsAnotherAndTheOptionWins() {
        assertThat(Cli.run("screen", "--topic", "quantum").out()).startsWith("Oordeel: ");
        Terminal english = Cli.environment(Map.of(LanguageSetting.VARIABLE, "en"));
        assertThat(Cli.runOn(english, new byte[0], "screen", "--topic", "quantum").out()).startsWith("Verdict: ");
        assertThat(Cli.runOn(english, new byte[0], "screen", "--topic", "quantum", "--lang", "nl").out())
                .startsWith("Oordeel: ");
        Terminal locale = Cli.environment(Map.of(LanguageSetting.VARIABLE, "en_GB.UTF-8"));
        assertThat(Cli.runOn(locale, new byte[0], "screen", "--topic", "quantum").out()).startsWith("Verdict: ");
        assertThat(Cli.runOn(english, new byte[0], "--help").out()).contains("Usage: partnerscan");
        assertThat(Cli.run("--lang", "en", "screen", "--topic", "quantum").out())
                .as("--lang before the command is the command's default").startsWith("Verdict: ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "english", "1"})
    void aVariableThatNamesNoLanguageIsAUsageErrorThatNamesIt(String value) {
        Cli.Run run = Cli.runOn(Cli.environment(Map.of(LanguageSetting.VARIABLE, value)), new byte[0],
                "screen", "--topic", "quantum");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).isEqualTo("partnerscan: PARTNERSCAN_LANG=" + value + ": partnerscan spreekt nl of en;"
                + " zet PARTNERSCAN_LANG op een van beide, of maak hem leeg\n");
        assertThat(run.out()).isEmpty();
        Cli.Run given = Cli.runOn(Cli.environment(Map.of(LanguageSetting.VARIABLE, value)), new byte[0],
                "screen", "--topic", "quantum", "--lang", "en");
        assertThat(given.exitCode()).as("--lang makes the variable irrelevant").isZero();
    }

    private static List<CommandSpec> commands(CommandSpec root) {
        List<CommandSpec> all = new ArrayList<>();
        all.add(root);
        for (CommandLine sub : root.subcommands().values()) {
            all.addAll(commands(sub.getCommandSpec()));
        }
        return all;
    }
}

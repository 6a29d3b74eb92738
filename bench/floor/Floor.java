import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The floor of bench/batch.sh: the least a batch screener must do on the same file. It reads the CSV with
 * FastCSV, scans every text column of every row with one Aho-Corasick automaton over the same terms
 * partnerscan matches (every term, alias and name of every YAML file under the data directory: the
 * table, the taxonomies, the signals, the qualified heads and the bundled lists), folded to lower case,
 * and writes each row back with the number of hits and the first term found. No stemming, no compound
 * analysis, no verdict: what is left of a screener when everything that makes its answer right is taken
 * away, so that partnerscan's time can be given as a ratio to it.
 *
 *   java -cp partnerscan.jar:DIR Floor DATA_DIR INPUT.csv OUTPUT.csv
 *
 * Uses the FastCSV and SnakeYAML that partnerscan's jar carries, so both programs read with the same
 * libraries.
 */
public final class Floor {
    /** Keys under which the data files keep text that partnerscan searches for. */
    private static final Set<String> TERM_KEYS = Set.of("terms", "quoted", "nl", "en", "cased", "aliases",
            "names", "heads", "qualifiers", "name", "items");

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: Floor DATA_DIR INPUT.csv OUTPUT.csv");
            System.exit(2);
        }
        Set<String> terms = new LinkedHashSet<>();
        try (Stream<Path> files = Files.walk(Path.of(args[0]))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    LoaderOptions options = new LoaderOptions();
                    options.setCodePointLimit(64 * 1024 * 1024);
                    collect(new Yaml(options).load(in), false, terms);
                }
            }
        }
        Automaton automaton = new Automaton(terms);
        System.err.println("floor: " + terms.size() + " terms");
        long rows = 0;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(';').ofCsvRecord(Path.of(args[1]));
                CsvWriter writer = CsvWriter.builder().fieldSeparator(';').build(Path.of(args[2]))) {
            boolean header = true;
            for (CsvRecord record : reader) {
                List<String> fields = new ArrayList<>(record.getFields());
                if (header) {
                    fields.add("hits");
                    fields.add("first");
                    header = false;
                } else {
                    int hits = 0;
                    String first = "";
                    for (int i = 1; i < record.getFieldCount(); i++) {
                        Automaton.Scan scan = automaton.scan(record.getField(i));
                        if (scan.hits > 0 && first.isEmpty()) {
                            first = scan.first;
                        }
                        hits += scan.hits;
                    }
                    fields.add(Integer.toString(hits));
                    fields.add(first);
                    rows++;
                }
                writer.writeRecord(fields);
            }
        }
        System.err.println("floor: " + rows + " rows");
    }

    /** Adds every string found under a term key, at any depth, to {@code into}. */
    private static void collect(Object node, boolean underTermKey, Set<String> into) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> collect(value, underTermKey || TERM_KEYS.contains(String.valueOf(key)), into));
        } else if (node instanceof List<?> list) {
            list.forEach(item -> collect(item, underTermKey, into));
        } else if (node instanceof String text && underTermKey && text.length() >= 2) {
            into.add(text.toLowerCase(Locale.ROOT));
        }
    }

    /** A textbook Aho-Corasick automaton over chars, with goto tables kept as sorted arrays. */
    static final class Automaton {
        private char[][] labels = new char[1][];
        private int[][] targets = new int[1][];
        private int[] fail = new int[1];
        private String[] output = new String[1];
        private int[] outputLink = new int[1];
        private int size = 1;

        Automaton(Set<String> terms) {
            labels[0] = new char[0];
            targets[0] = new int[0];
            for (String term : terms) {
                int state = 0;
                for (int i = 0; i < term.length(); i++) {
                    int next = next(state, term.charAt(i));
                    state = next >= 0 ? next : add(state, term.charAt(i));
                }
                output[state] = term;
            }
            fail = Arrays.copyOf(fail, size);
            outputLink = new int[size];
            Arrays.fill(outputLink, -1);
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            for (int child : targets[0]) {
                queue.add(child);
            }
            while (!queue.isEmpty()) {
                int state = queue.poll();
                for (int k = 0; k < labels[state].length; k++) {
                    char c = labels[state][k];
                    int child = targets[state][k];
                    int f = fail[state];
                    while (f != 0 && next(f, c) < 0) {
                        f = fail[f];
                    }
                    int viaFail = next(f, c);
                    fail[child] = viaFail >= 0 && viaFail != child ? viaFail : 0;
                    outputLink[child] = output[fail[child]] != null ? fail[child] : outputLink[fail[child]];
                    queue.add(child);
                }
            }
        }

        private int next(int state, char c) {
            int at = Arrays.binarySearch(labels[state], c);
            return at >= 0 ? targets[state][at] : -1;
        }

        private int add(int state, char c) {
            if (size == fail.length) {
                int grown = size * 2;
                labels = Arrays.copyOf(labels, grown);
                targets = Arrays.copyOf(targets, grown);
                fail = Arrays.copyOf(fail, grown);
                output = Arrays.copyOf(output, grown);
            }
            int child = size++;
            labels[child] = new char[0];
            targets[child] = new int[0];
            int at = -Arrays.binarySearch(labels[state], c) - 1;
            char[] l = labels[state];
            int[] t = targets[state];
            char[] nl = new char[l.length + 1];
            int[] nt = new int[t.length + 1];
            System.arraycopy(l, 0, nl, 0, at);
            System.arraycopy(t, 0, nt, 0, at);
            nl[at] = c;
            nt[at] = child;
            System.arraycopy(l, at, nl, at + 1, l.length - at);
            System.arraycopy(t, at, nt, at + 1, t.length - at);
            labels[state] = nl;
            targets[state] = nt;
            return child;
        }

        record Scan(int hits, String first) {
        }

        Scan scan(String text) {
            int state = 0;
            int hits = 0;
            String first = null;
            for (int i = 0; i < text.length(); i++) {
                char c = Character.toLowerCase(text.charAt(i));
                int next;
                while ((next = next(state, c)) < 0 && state != 0) {
                    state = fail[state];
                }
                state = Math.max(next, 0);
                for (int s = output[state] != null ? state : outputLink[state]; s > 0; s = outputLink[s]) {
                    hits++;
                    if (first == null) {
                        first = output[s];
                    }
                }
            }
            return new Scan(hits, first == null ? "" : first);
        }
    }
}

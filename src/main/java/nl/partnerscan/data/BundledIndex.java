package nl.partnerscan.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the build knows about the bundled data files, written beside them at build time so that a run
 * need not find it out again: the list files the jar holds, which a run would otherwise learn by opening
 * the jar and walking its thousands of entries. Only for the bundled data, which cannot change without a
 * new jar; a data directory ({@code --data}) is always listed anew.
 *
 * <p>Format: UTF-8 text, one {@code list NAME} line per list file, in reading order.
 */
final class BundledIndex {
    /** The index's name, beside the bundled data files. */
    static final String RESOURCE = "bundled.index";

    private final List<String> listFiles;

    private BundledIndex(List<String> listFiles) {
        this.listFiles = List.copyOf(listFiles);
    }

    /** The list files ({@code lists/NAME}), in reading order. */
    List<String> listFiles() {
        return listFiles;
    }

    /** Reads an index; empty if {@code in} is null (a jar built without the build step). */
    static Optional<BundledIndex> read(InputStream in) throws IOException {
        if (in == null) {
            return Optional.empty();
        }
        List<String> lists = new ArrayList<>();
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
            String[] words = line.split(" ");
            if (!words[0].equals("list")) {
                throw new IOException("not a line of the index of the bundled files: " + line);
            }
            lists.add(words[1]);
        }
        return Optional.of(new BundledIndex(lists));
    }

    /** The index of the data directory {@code directory}: its list files. */
    static String write(Path directory) {
        StringBuilder out = new StringBuilder();
        ReferenceDataLoader.directoryLists(directory).forEach(name -> out.append("list ").append(name).append('\n'));
        return out.toString();
    }

    /**
     * Build step: writes the index of the bundled data directory {@code args[0]} (in the class output,
     * e.g. {@code target/classes/nl/partnerscan/data}).
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: BundledIndex DATA-DIRECTORY");
        }
        Path directory = Path.of(args[0]);
        Files.writeString(directory.resolve(RESOURCE), write(directory), StandardCharsets.UTF_8);
    }
}

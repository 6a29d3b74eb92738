package nl.partnerscan.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.partnerscan.report.Messages;
import nl.partnerscan.data.ReferenceDataLoader;
import nl.partnerscan.io.InputException;

/**
 * The files a run reads and writes, checked before it starts: no output may be one of the run's inputs (the
 * batch file, a {@code --list} file, a file of the {@code --data} directory) or another of its outputs, since
 * writing it would destroy what the run reads or writes. Compared as files, so that a link or another
 * spelling of the same path is caught too.
 */
final class OutputTargets {
    /** A file, with how the user gave it: "the input file", "--output". */
    private record Target(Path path, String what) {
    }

    private final List<Target> inputs = new ArrayList<>();
    private final List<Target> outputs = new ArrayList<>();
    private final Messages texts;

    private OutputTargets(Messages texts) {
        this.texts = texts;
    }

    /** The inputs every command has: the --list files and the --data directory's files. */
    static OutputTargets of(CommonOptions common) {
        Messages texts = common.texts();
        OutputTargets targets = new OutputTargets(texts);
        common.extraLists.forEach(list -> targets.input(list, texts.get("target.list")));
        if (common.dataDirectory != null) {
            ReferenceDataLoader.FILES.forEach(name ->
                    targets.input(common.dataDirectory.resolve(name), texts.get("target.data")));
            Path lists = common.dataDirectory.resolve(ReferenceDataLoader.LISTS);
            if (Files.isDirectory(lists)) {
                try (DirectoryStream<Path> files = Files.newDirectoryStream(lists)) {
                    files.forEach(file -> targets.input(file, texts.get("target.data")));
                } catch (IOException e) {
                    // Loading the data will say why it cannot be read.
                }
            }
        }
        return targets;
    }

    OutputTargets input(Path path, String what) {
        inputs.add(new Target(path, what));
        return this;
    }

    /** An output, if given ({@code path} may be null). */
    OutputTargets output(Path path, String option) {
        if (path != null) {
            outputs.add(new Target(path, option));
        }
        return this;
    }

    /**
     * @throws InputException if an output is an input or another output
     */
    void check() {
        for (int i = 0; i < outputs.size(); i++) {
            Target output = outputs.get(i);
            String option = output.what() + " " + output.path();
            for (Target input : inputs) {
                if (same(output.path(), input.path())) {
                    throw new InputException(texts.format("error.output_is_input", option, input.what()));
                }
            }
            for (Target other : outputs.subList(0, i)) {
                if (same(output.path(), other.path())) {
                    throw new InputException(texts.format("error.output_twice", option, other.what()));
                }
            }
        }
    }

    private static boolean same(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException e) {
            // Compare the names instead.
        }
        return canonical(a).equals(canonical(b));
    }

    /** The path with its directory's links resolved, for a file that does not exist yet. */
    private static Path canonical(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        try {
            return parent == null ? absolute : parent.toRealPath().resolve(absolute.getFileName());
        } catch (IOException e) {
            return absolute;
        }
    }
}

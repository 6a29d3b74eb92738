package nl.partnerscan.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Runs partnerscan as its own process, for what only a real process shows: file descriptors, signals, exit. */
final class Processes {
    private Processes() {
    }

    /** {@code java [jvmOptions] nl.partnerscan.cli.Main args}, on the tests' class path. */
    static ProcessBuilder partnerscan(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("nl.partnerscan.cli.Main");
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    static ProcessBuilder partnerscan(String... args) {
        return partnerscan(List.of(), args);
    }

    /** Waits for the process to end; fails if it does not within a minute. */
    static int exitCode(Process process) throws InterruptedException {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the process did not end within a minute");
        }
        return process.exitValue();
    }

    /**
     * Starts a batch run long enough to be interrupted (400,000 rows, written to {@code dir}) with its results
     * going to {@code target}, and returns once its temporary file exists or it has ended.
     */
    static Process startLongBatch(Path dir, Path target) throws IOException, InterruptedException {
        Path input = dir.resolve("big.csv");
        try (Writer writer = Files.newBufferedWriter(input)) {
            writer.write("id;onderwerp;omschrijving\n");
            for (int i = 0; i < 400_000; i++) {
                writer.write(i + ";quantum computers en waterstof;Een lange omschrijving van rij " + i
                        + " over cultuur, sport en 5G-netwerken in de binnenstad\n");
            }
        }
        Process process = partnerscan("batch", input.toString(), "--output", target.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (partialFiles(dir).isEmpty() && process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return process;
    }

    /** The names of the temporary files in {@code dir}. */
    static List<String> partialFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".partial")).toList();
        }
    }

    /** Makes a character device node {@code major:minor} at {@code path} (as root, as CI runs the tests). */
    static Path device(Path path, int major, int minor) throws IOException, InterruptedException {
        Process mknod = new ProcessBuilder("mknod", path.toString(), "c", Integer.toString(major),
                Integer.toString(minor)).redirectErrorStream(true).start();
        String output = new String(mknod.getInputStream().readAllBytes());
        if (exitCode(mknod) != 0) {
            throw new AssertionError("mknod " + path + " failed (the tests run as root): " + output);
        }
        return path;
    }

    /** A device that takes nothing: every write fails with "No space left on device" (as /dev/full). */
    static Path fullDevice(Path path) throws IOException, InterruptedException {
        return device(path, 1, 7);
    }

    /** A device that takes everything and keeps nothing (as /dev/null). */
    static Path nullDevice(Path path) throws IOException, InterruptedException {
        return device(path, 1, 3);
    }
}

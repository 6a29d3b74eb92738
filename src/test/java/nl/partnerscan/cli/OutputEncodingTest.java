package nl.partnerscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output follows the console's encoding instead of forcing UTF-8 onto it, as a Windows console in code page
 * 850 or 1252 needs; CSV, JSON and the files partnerscan writes stay UTF-8. The properties are those a
 * JVM sets: {@code sun.stdout.encoding} on a Windows console (Java 17, 18), {@code stdout.encoding} (Java
 * 19 and later, everywhere), {@code native.encoding} (the platform's, Java 17 and later).
 */
class OutputEncodingTest {
    private static final Charset CP850 = Charset.forName("IBM850");
    private static final Charset CP1252 = Charset.forName("windows-1252");

    @TempDir
    Path dir;

    private static Properties system(String... keysAndValues) {
        Properties properties = new Properties();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            properties.setProperty(keysAndValues[i], keysAndValues[i + 1]);
        }
        return properties;
    }

    @Test
    void textFollowsTheConsoleJavaFound() {
        assertThat(OutputEncoding.standardOutput(new String[] {"screen"},
                system("sun.stdout.encoding", "cp850", "native.encoding", "Cp1252"))).isEqualTo(CP850);
        assertThat(OutputEncoding.standardOutput(new String[] {"screen"},
                system("stdout.encoding", "Cp1252", "native.encoding", "UTF-8"))).isEqualTo(CP1252);
        assertThat(OutputEncoding.standardError(system("sun.stderr.encoding", "cp850", "sun.stdout.encoding", "cp437")))
                .isEqualTo(CP850);
        assertThat(OutputEncoding.standardOutput(new String[] {"sectors"}, system("native.encoding", "Cp1252")))
                .as("redirected on Windows, Java 17").isEqualTo(CP1252);
        assertThat(OutputEncoding.standardOutput(new String[] {"sectors"}, system("native.encoding", "UTF-8")))
                .isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void aPlainAsciiLocaleOrNoneIsUtf8() {
        assertThat(OutputEncoding.standardOutput(new String[] {"screen"}, system("native.encoding", "ANSI_X3.4-1968")))
                .as("the C locale").isEqualTo(StandardCharsets.UTF_8);
        assertThat(OutputEncoding.standardOutput(new String[] {"screen"}, system())).isEqualTo(StandardCharsets.UTF_8);
        assertThat(OutputEncoding.standardOutput(new String[] {"screen"}, system("stdout.encoding", "no-such-thing")))
                .isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void csvAndJsonAreUtf8WhateverTheConsole() {
        Properties console = system("sun.stdout.encoding", "cp850", "stdout.encoding", "cp850");
        for (String[] args : List.of(new String[] {"batch", "rows.csv"}, new String[] {"batch", "-", "--format", "jsonl"},
                new String[] {"screen", "-t", "x", "--format", "json"}, new String[] {"sectors", "--format=JSON"})) {
            assertThat(OutputEncoding.standardOutput(args, console)).as(String.join(" ", args))
                    .isEqualTo(StandardCharsets.UTF_8);
        }
        assertThat(OutputEncoding.standardOutput(new String[] {"batch", "--help"}, console)).as("help is text")
                .isEqualTo(CP850);
    }

    /** The jar's main class in a JVM of its own, with the properties a Windows console in code page 850 sets. */
    @Test
    void aRunOnACodePage850ConsolePrintsCodePage850AndWritesItsRecordInUtf8() throws Exception {
        Path record = dir.resolve("record.md");
        byte[] out = runMain(List.of("-Dsun.stdout.encoding=cp850", "-Dsun.stderr.encoding=cp850",
                "-Dstdout.encoding=cp850", "-Dstderr.encoding=cp850"), "questions");
        String text = new String(out, CP850);
        assertThat(text).contains("beïnvloeding");
        assertThat(new String(out, StandardCharsets.UTF_8)).as("not UTF-8").doesNotContain("beïnvloeding");

        runMain(List.of("-Dsun.stdout.encoding=cp850", "-Dstdout.encoding=cp850"), "screen", "--topic",
                "kwantumtechnologie", "--partner", "哈尔滨工业大学", "--record", record.toString());
        assertThat(Files.readString(record, StandardCharsets.UTF_8)).contains("哈尔滨工业大学");

        byte[] json = runMain(List.of("-Dsun.stdout.encoding=cp850", "-Dstdout.encoding=cp850"), "screen",
                "--topic", "kwantumtechnologie", "--partner", "哈尔滨工业大学", "--format", "json");
        assertThat(new String(json, StandardCharsets.UTF_8)).contains("哈尔滨工业大学");
    }

    @Test
    void aRunInTheCLocaleStillPrintsUtf8() throws Exception {
        byte[] out = runMain(List.of("-Dnative.encoding=ANSI_X3.4-1968", "-Dstdout.encoding=ANSI_X3.4-1968"),
                "questions");
        assertThat(new String(out, StandardCharsets.UTF_8)).contains("beïnvloeding");
    }

    /** Standard output of {@code java PROPERTIES nl.partnerscan.cli.Main ARGS}, which must exit 0. */
    private byte[] runMain(List<String> properties, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(properties);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        File err = dir.resolve("err.txt").toFile();
        Process java = new ProcessBuilder(command).redirectError(err).start();
        java.getOutputStream().close();
        byte[] out = java.getInputStream().readAllBytes();
        assertThat(java.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(java.exitValue()).as(Files.readString(err.toPath(), StandardCharsets.UTF_8)).isZero();
        return out;
    }
}

package nl.partnerscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.partnerscan.core.Language;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * What the release ships beside the jar: the launchers, the completion script, the man pages, the licence.
 * The Windows launcher cannot be run here; its lines are checked for what makes it pass arguments through
 * unchanged and leave the console's code page alone. The POSIX launcher is run by .ci/run; here it is
 * checked for constructs that are not POSIX shell.
 */
class ReleaseFilesTest {
    private static final Path WINDOWS = Path.of("src/dist/bin/partnerscan.cmd");
    private static final Path POSIX = Path.of("src/dist/bin/partnerscan");

    private static List<String> windowsLines() throws IOException {
        byte[] bytes = Files.readAllBytes(WINDOWS);
        String text = new String(bytes, StandardCharsets.US_ASCII);
        assertThat(text).as("cmd.exe reads a batch file in the console's code page: ASCII only")
                .isEqualTo(new String(bytes, StandardCharsets.UTF_8)).doesNotContainPattern("[^\\x09\\x0a\\x0d\\x20-\\x7e]");
        assertThat(text.replace("\r\n", "")).as("CRLF line endings throughout (labels and goto need them)")
                .doesNotContain("\n").doesNotContain("\r");
        return List.of(text.split("\r\n"));
    }

    private static List<String> commands(List<String> lines) {
        return lines.stream().filter(line -> !line.isBlank() && !line.toLowerCase().startsWith("rem")).toList();
    }

    @Test
    void theWindowsLauncherPassesEveryArgumentThroughOnceAndUnchanged() throws IOException {
        List<String> lines = commands(windowsLines());
        assertThat(lines.get(0)).isEqualTo("@echo off");
        assertThat(lines).as("delayed expansion off, so that ! in an argument stays")
                .contains("setlocal EnableExtensions DisableDelayedExpansion");
        List<String> withArguments = lines.stream().filter(line -> line.contains("%*")).toList();
        assertThat(withArguments).isNotEmpty().allSatisfy(line -> {
            assertThat(line).as("%* only where Java starts").startsWith("\"%PARTNERSCAN_JAVA%\" ");
            assertThat(line).as("%* last, once, unquoted").endsWith(" -jar \"%PARTNERSCAN_JAR%\" %*");
            assertThat(line.indexOf("%*")).isEqualTo(line.lastIndexOf("%*"));
        });
        for (String line : lines) {
            String lower = line.toLowerCase();
            assertThat(lower).as("no call (it doubles carets): %s", line).doesNotStartWith("call ");
            assertThat(lower).as("%*, %1.. never in a variable: %s", line).doesNotContainPattern("^set .*%[*1-9]");
            assertThat(lower).as("no shift: %s", line).doesNotStartWith("shift");
            assertThat(lower).as("the console's code page is left alone: %s", line).doesNotContain("chcp")
                    .doesNotContain("file.encoding").doesNotContain("stdout.encoding");
            assertThat(lower).as("no parenthesised block, which an argument's ) could end: %s", line)
                    .doesNotContainPattern("\\($").doesNotStartWith(")");
        }
        assertThat(lines.stream().filter(line -> line.contains("%~1") || line.contains("%1")))
                .as("the first argument is only compared").containsExactly("if /i \"%~1\"==\"batch\" set \"PARTNERSCAN_JIT=-XX:InlineSmallCode=1000 -XX:FreqInlineSize=150\"");
    }

    @Test
    void theWindowsLauncherExitsWithTheProgramsCodeAndKeepsItsArchivePerUser() throws IOException {
        List<String> lines = commands(windowsLines());
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("\"%PARTNERSCAN_JAVA%\" ")) {
                assertThat(lines.get(i + 1)).as("after Java, its exit code is kept first")
                        .isIn("exit /b %ERRORLEVEL%", "set \"PARTNERSCAN_STATUS=%ERRORLEVEL%\"");
            }
        }
        assertThat(lines).contains("exit /b %PARTNERSCAN_STATUS%");
        assertThat(String.join("\n", lines)).contains("%LOCALAPPDATA%\\partnerscan")
                .contains("-XX:SharedArchiveFile=\"%PARTNERSCAN_ARCHIVE%\" -Dpartnerscan.archive=\"%PARTNERSCAN_ARCHIVE%\"")
                .contains("-XX:ArchiveClassesAtExit=\"%PARTNERSCAN_RECORD%\" -Dpartnerscan.archive=\"%PARTNERSCAN_ARCHIVE%\"")
                .contains("type nul >\"%PARTNERSCAN_RECORD%\" 2>nul || goto plain")
                .contains("set \"PARTNERSCAN_JAR=%~dp0..\\lib\\partnerscan.jar\"");
        assertThat(lines).as("every label jumped to exists").contains(":shared", ":plain");
    }

    @Test
    void thePosixLauncherIsPlainShell() throws IOException {
        String text = Files.readString(POSIX, StandardCharsets.UTF_8);
        assertThat(text).startsWith("#!/bin/sh\n").doesNotContain("\r");
        String code = Pattern.compile("(?m)^\\s*#.*$").matcher(text).replaceAll("");
        for (String bashism : List.of("[[", "]]", "function ", "local ", "$'", "<<<", "${BASH", "pipefail", "(( ",
                "declare ", "source ", "==", "&>", "${!", "[@]", "readarray", "mapfile")) {
            assertThat(code).as("not POSIX sh: %s", bashism).doesNotContain(bashism);
        }
        assertThat(code).contains("exec \"$java\" $opts -XX:SharedArchiveFile=\"$archive\" -Dpartnerscan.archive=\"$archive\" -jar \"$jar\" \"$@\"")
                .contains("\"$java\" $opts -XX:ArchiveClassesAtExit=\"$tmp\" -Dpartnerscan.archive=\"$archive\" -jar \"$jar\" \"$@\"")
                .contains("set -f").contains("XDG_CACHE_HOME").contains("readlink");
    }

    @Test
    void theCompletionKnowsEveryCommandAndOption() {
        String completion = ReleaseDocs.completion();
        CommandSpec root = Cli.model(Language.EN).getCommandSpec();
        for (Map.Entry<String, CommandLine> command : root.subcommands().entrySet()) {
            assertThat(completion).contains(command.getKey());
            for (OptionSpec option : command.getValue().getCommandSpec().options()) {
                assertThat(completion).as("%s %s", command.getKey(), option.longestName()).contains(option.longestName());
            }
        }
        assertThat(completion).contains("(\"nctv\" \"eu\" \"dual-use\")").contains("(\"nl\" \"en\")");
    }

    @Test
    void everyCommandHasAManPageInEnglishAndInDutch() {
        Map<String, String> english = ReleaseDocs.manPages(Language.EN);
        Map<String, String> dutch = ReleaseDocs.manPages(Language.NL);
        assertThat(english.keySet()).contains("partnerscan", "partnerscan-screen", "partnerscan-batch",
                "partnerscan-sectors", "partnerscan-questions", "partnerscan-contacts", "partnerscan-lists")
                .isEqualTo(dutch.keySet());
        assertThat(english.get("partnerscan-screen")).contains("= partnerscan-screen(1)").contains("== Options")
                .contains("*--topic*").contains("Subject of the partnership");
        assertThat(dutch.get("partnerscan-screen")).contains("== Naam").contains(":manname-title: Naam")
                .contains("== Opties").contains("Onderwerp van de samenwerking").doesNotContain("== Options")
                .doesNotContain("Subject of the partnership");
        assertThat(dutch.get("partnerscan-batch")).contains("Afsluitcodes").contains("sommige rijen");
    }

    @Test
    void theLicenceIsTheEupl12AndTheNoticeKeepsTheDataLicencesApart() throws IOException {
        List<String> licence = Files.readAllLines(Path.of("LICENSE"), StandardCharsets.UTF_8);
        assertThat(licence.get(0).strip()).isEqualTo("EUROPEAN UNION PUBLIC LICENCE v. 1.2");
        assertThat(licence.get(1).strip()).isEqualTo("EUPL © the European Union 2007, 2016");
        assertThat(String.join("\n", licence)).contains("15. Applicable Law").contains("Appendix")
                .endsWith("EUPL version.");
        String notice = Files.readString(Path.of("NOTICE"), StandardCharsets.UTF_8);
        assertThat(notice).contains("EUPL-1.2").contains("Open Government Licence – Canada")
                .contains("© European Union").contains("Decentrale contacten met China")
                .contains("Copyright Australian Strategic Policy Institute");
    }
}

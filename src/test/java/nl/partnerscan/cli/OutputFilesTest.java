package nl.partnerscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import nl.partnerscan.io.OutputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files partnerscan writes (--output, --report, --record): never destroyed, never a surprise, and
 * never half-written, whatever the target is and however the run ends.
 */
class OutputFilesTest {
    /** The file type bits of a Unix mode, and the types tested for. */
    private static final int TYPE = 0170000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int FIFO = 0010000;

    @TempDir
    Path dir;

    private Path input() throws IOException {
        Path input = dir.resolve("in.csv");
        Files.writeString(input, "id;onderwerp\n1;QKD\n2;ouderenzorg\n");
        return input;
    }

    private static int type(Path path) throws IOException {
        return (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS) & TYPE;
    }

    private List<String> partialFiles() throws IOException {
        return Processes.partialFiles(dir);
    }

    @Test
    void outputOntoADeviceWritesIntoItAndLeavesTheDevice() throws Exception {
        Path device = Processes.nullDevice(dir.resolve("null.csv"));
        Cli.Run run = Cli.run("batch", input().toString(), "--output", device.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(type(device)).as("still a character device").isEqualTo(CHARACTER_DEVICE);
        assertThat(partialFiles()).isEmpty();
    }

    @Test
    void outputOntoAFifoWritesIntoItAndLeavesTheFifo() throws Exception {
        Path fifo = dir.resolve("pipe.csv");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        Cli.Run run = Cli.run("batch", input().toString(), "--output", fifo.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(reader.get(30, TimeUnit.SECONDS)).startsWith("id;onderwerp;verdict").contains("1;QKD;elevated");
        assertThat(type(fifo)).as("still a FIFO").isEqualTo(FIFO);
    }

    @Test
    void aSymbolicLinkIsFollowedTheFileItPointsToIsReplacedAndTheLinkStays() throws IOException {
        Path real = dir.resolve("results-2024.csv");
        Files.writeString(real, "old results");
        Path link = Files.createSymbolicLink(dir.resolve("latest.csv"), real.getFileName());
        Cli.Run run = Cli.run("batch", input().toString(), "--output", link.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).contains("1;QKD;elevated");
    }

    @Test
    void replacingAFileKeepsItsPermissionsAndOwner() throws IOException {
        UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
        Path record = dir.resolve("record.md");
        Files.writeString(record, "an earlier record");
        Files.setPosixFilePermissions(record, PosixFilePermissions.fromString("rw-------"));
        // Another owner and group than the user running the tests (root, as in CI), which only root can give.
        Files.setOwner(record, users.lookupPrincipalByName("1234"));
        Files.setAttribute(record, "posix:group", users.lookupPrincipalByGroupName("1234"));

        Cli.Run run = Cli.run("screen", "--topic", "quantum", "--record", record.toString(), "--force");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(record)).doesNotContain("an earlier record");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(record))).isEqualTo("rw-------");
        assertThat(Files.getAttribute(record, "unix:uid")).isEqualTo(1234);
        assertThat(Files.getAttribute(record, "unix:gid")).isEqualTo(1234);

        Path output = dir.resolve("out.csv");
        Files.writeString(output, "previous");
        Files.setPosixFilePermissions(output, PosixFilePermissions.fromString("rw-r-----"));
        assertThat(Cli.run("batch", input().toString(), "--output", output.toString()).exitCode()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(output))).isEqualTo("rw-r-----");
    }

    @Test
    void theNextRunRemovesTheTemporaryFileThatAKilledRunLeft() throws Exception {
        Path target = dir.resolve("out.csv");
        Process process = Processes.startLongBatch(dir, target);
        process.destroyForcibly(); // SIGKILL: nothing of the process runs any more
        process.waitFor(30, TimeUnit.SECONDS);
        assertThat(partialFiles()).as("what a kill -9 leaves: the temporary file, named with the process id")
                .singleElement().asString().startsWith(".out.csv." + process.pid() + ".");
        assertThat(target).doesNotExist();

        Path living = Files.writeString(dir.resolve(".out.csv." + ProcessHandle.current().pid() + ".abc123.partial"),
                "being written by a process that is still running");
        Cli.Run next = Cli.run("batch", input().toString(), "--output", target.toString());
        assertThat(next.exitCode()).isZero();
        assertThat(partialFiles()).as("the dead process's file is gone, the living one's stays")
                .containsExactly(living.getFileName().toString());
    }

    @Test
    void everyOutputIsCheckedBeforeAnyRowIsScreened() throws IOException {
        Path output = dir.resolve("out.csv");
        Files.writeString(output, "previous results");

        Cli.Run missing = Cli.run("batch", input().toString(), "--output", output.toString(),
                "--report", dir.resolve("missing/overview.html").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
        assertThat(missing.err()).isEqualTo("partnerscan: " + dir.resolve("missing/overview.html")
                + ": kan niet worden geschreven: die map bestaat niet\n");
        assertThat(Files.readString(output)).isEqualTo("previous results");

        Cli.Run toStdout = Cli.run("batch", input().toString(), "--report", dir.resolve("missing/overview.html").toString());
        assertThat(toStdout.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
        assertThat(toStdout.out()).as("not a row screened").isEmpty();

        Cli.Run directory = Cli.run("batch", input().toString(), "--output", dir.toString());
        assertThat(directory.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
        assertThat(directory.err()).isEqualTo("partnerscan: " + dir + ": kan niet worden geschreven: dat is een map\n");
        assertThat(partialFiles()).isEmpty();
    }

    @Test
    void resultsAndOverviewAreCommittedAllOrNone() throws Exception {
        Path output = dir.resolve("out.csv");
        Files.writeString(output, "previous results");
        Path full = Processes.fullDevice(dir.resolve("full.html")); // an overview onto a full disk
        Cli.Run run = Cli.run("batch", input().toString(), "--output", output.toString(), "--report", full.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
        assertThat(run.err()).contains(full + ": kan niet worden geschreven: geen ruimte meer op het apparaat");
        assertThat(Files.readString(output)).as("the results are not committed without their overview")
                .isEqualTo("previous results");
        assertThat(partialFiles()).isEmpty();
    }

    @Test
    void anOutputThatWouldOverwriteAnInputOrAnotherOutputIsRefused() throws IOException {
        Path rows = dir.resolve("rows.html");
        Files.writeString(rows, "onderwerp\nQKD\n");
        Cli.Run reportOnInput = Cli.run("batch", rows.toString(), "--report", rows.toString());
        assertThat(reportOnInput.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
        assertThat(reportOnInput.err()).contains("--report " + rows + ": is het invoerbestand");
        assertThat(Files.readString(rows)).isEqualTo("onderwerp\nQKD\n");

        Path same = dir.resolve("same.html");
        Cli.Run outputIsReport = Cli.run("batch", input().toString(), "--output", same.toString(),
                "--report", same.toString());
        assertThat(outputIsReport.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
        assertThat(outputIsReport.err()).contains("--report " + same + ": is ook het --output-bestand");
        assertThat(same).doesNotExist();

        Path list = dir.resolve("watch.csv");
        Files.writeString(list, "name\nAcme Wuhan\n");
        Cli.Run outputOnList = Cli.run("batch", input().toString(), "--list", list.toString(),
                "--output", list.toString());
        assertThat(outputOnList.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
        assertThat(outputOnList.err()).contains("--output " + list + ": is een --list-bestand");
        assertThat(Files.readString(list)).isEqualTo("name\nAcme Wuhan\n");

        Path link = Files.createSymbolicLink(dir.resolve("record.md"), list);
        // With --force, as the record's name exists: the list is still refused as a target.
        Cli.Run recordOnList = Cli.run("screen", "--topic", "robotica", "--list", list.toString(),
                "--record", link.toString(), "--force");
        assertThat(recordOnList.exitCode()).as("the same file under another name").isEqualTo(ExitCode.INPUT_ERROR);
        assertThat(Files.readString(list)).isEqualTo("name\nAcme Wuhan\n");
    }

    @Test
    void aFailureNamesTheUsersPathAndTheReasonWithControlCharactersMadeHarmless() throws IOException {
        Path missing = dir.resolve("no\u001b]0;owned\u0007such").resolve("r.md");
        Cli.Run run = Cli.run("screen", "--topic", "quantum", "--record", missing.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
        assertThat(run.err()).isEqualTo("partnerscan: " + dir + "/no\uFFFD]0;owned\uFFFDsuch/r.md: kan niet worden geschreven:"
                + " die map bestaat niet\n");
        assertThat(run.out()).as("nothing screened").isEmpty();

        Path file = Files.writeString(dir.resolve("plain.txt"), "x");
        Cli.Run underAFile = Cli.run("screen", "--topic", "quantum", "--record", file.resolve("r.md").toString());
        assertThat(underAFile.err()).isEqualTo("partnerscan: " + file + "/r.md: kan niet worden geschreven: een deel van het pad is geen map\n");
        assertThat(run.err() + underAFile.err()).doesNotContain(".partial");
    }

    @Test
    void aFailedWriteIsSaidInTheRunsLanguage() {
        Path missing = dir.resolve("missing").resolve("r.md");
        Cli.Run english = Cli.run("screen", "--topic", "quantum", "--record", missing.toString(), "--lang", "en");
        assertThat(english.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
        assertThat(english.err()).isEqualTo("partnerscan: " + missing + ": cannot be written: No such directory\n");
        Cli.Run dutch = Cli.run("screen", "--topic", "quantum", "--record", missing.toString());
        assertThat(dutch.err()).isEqualTo("partnerscan: " + missing + ": kan niet worden geschreven: die map bestaat niet\n");
    }

    @Test
    void aRefusedWriteIsWordedAsTheOperatingSystemsReasonForTheUsersFile() {
        // Root may write anywhere, so the tests cannot meet this refusal for real: Java's exception names the
        // temporary file, and the message must name the user's file and the reason instead.
        OutputException refused = new OutputException(Path.of("dossier/record.md"),
                new AccessDeniedException("dossier/.record.md.4242.k3j2.partial"));
        assertThat(refused.getMessage()).isEqualTo("dossier/record.md: cannot be written: Permission denied");
    }
}

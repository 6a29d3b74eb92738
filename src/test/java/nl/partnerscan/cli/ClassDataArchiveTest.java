package nl.partnerscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After an update of Java, the launcher's class-data archive is one the JVM ignores, and every start takes
 * about twice as long: a run removes such an archive, so that the next run records one for this Java; it
 * keeps an archive of this Java, and touches nothing else.
 */
class ClassDataArchiveTest {
    @TempDir
    Path dir;

    private Path archive;
    private Path note;

    private Properties launchedWith(Path archive) throws IOException {
        this.archive = archive;
        this.note = Path.of(archive + ".jvm");
        Properties system = new Properties();
        system.putAll(System.getProperties());
        system.setProperty(ClassDataArchive.PROPERTY, archive.toString());
        return system;
    }

    private void recorded() throws IOException {
        Files.write(archive, new byte[] {1, 2, 3});
    }

    @Test
    void anArchiveOfThisJavaIsKept() throws IOException {
        Properties system = launchedWith(dir.resolve("partnerscan.jsa"));
        recorded();
        Files.writeString(note, ClassDataArchive.javaOf(system), StandardCharsets.UTF_8);
        ClassDataArchive.check(system);
        assertThat(archive).exists();
        assertThat(note).hasContent(ClassDataArchive.javaOf(system));
    }

    @Test
    void anArchiveOfAnotherJavaIsRemovedAndThisJavaNoted() throws IOException {
        Properties system = launchedWith(dir.resolve("partnerscan.jsa"));
        recorded();
        Files.writeString(note, "java.home=/elsewhere\njava.vm.version=17.0.2\nbase archive=0\n", StandardCharsets.UTF_8);
        ClassDataArchive.check(system);
        assertThat(archive).doesNotExist();
        assertThat(note).hasContent(ClassDataArchive.javaOf(system));
    }

    @Test
    void anArchiveOfAnUnknownJavaIsRemoved() throws IOException {
        Properties system = launchedWith(dir.resolve("partnerscan.jsa"));
        recorded();
        ClassDataArchive.check(system);
        assertThat(archive).doesNotExist();
        assertThat(note).hasContent(ClassDataArchive.javaOf(system));
    }

    @Test
    void theRunThatRecordsTheArchiveNotesItsJava() throws IOException {
        Properties system = launchedWith(dir.resolve("partnerscan.jsa"));
        ClassDataArchive.check(system);
        assertThat(note).hasContent(ClassDataArchive.javaOf(system));
        assertThat(ClassDataArchive.javaOf(system)).contains("java.home=" + System.getProperty("java.home"))
                .contains("java.vm.version=" + System.getProperty("java.vm.version"));
    }

    @Test
    void nothingButAPlainArchiveFileIsEverRemoved() throws IOException {
        Path elsewhere = Files.writeString(dir.resolve("precious.txt"), "keep me", StandardCharsets.UTF_8);
        Properties system = launchedWith(dir.resolve("linked.jsa"));
        Files.createSymbolicLink(archive, elsewhere);
        ClassDataArchive.check(system);
        assertThat(elsewhere).hasContent("keep me");
        assertThat(Files.isSymbolicLink(archive)).as("the link itself is left").isTrue();

        Properties notAnArchive = launchedWith(elsewhere);
        ClassDataArchive.check(notAnArchive);
        assertThat(elsewhere).hasContent("keep me");
        assertThat(Path.of(elsewhere + ".jvm")).doesNotExist();
    }

    @Test
    void aNoteThatIsALinkIsNotWrittenThrough() throws IOException {
        Path elsewhere = Files.writeString(dir.resolve("precious.txt"), "keep me", StandardCharsets.UTF_8);
        Properties system = launchedWith(dir.resolve("partnerscan.jsa"));
        recorded();
        Files.createSymbolicLink(note, elsewhere);
        ClassDataArchive.check(system);
        assertThat(elsewhere).hasContent("keep me");
    }

    @Test
    void withoutTheLaunchersPropertyNothingHappens() throws IOException {
        Properties system = new Properties();
        system.putAll(System.getProperties());
        system.remove(ClassDataArchive.PROPERTY);
        ClassDataArchive.check(system);
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}

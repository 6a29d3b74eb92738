package nl.partnerscan.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Properties;

/**
 * Keeps the launchers' class-data archive fit for the Java that runs partnerscan. The launcher records the
 * archive on its first run and uses it after (see {@code src/dist/bin/partnerscan}); but an archive is made
 * for one Java and that Java's own base archive, and another refuses it without a word. After an update of
 * Java, every start would then take about twice as long, until the jar changed.
 *
 * <p>So the launcher names its archive in the system property {@value #PROPERTY}, and a run compares the
 * Java it runs on with the one noted beside the archive ({@code NAME.jvm}): if they differ, it removes the
 * archive, so that the launcher's next run records one for this Java, and notes this Java. A run that
 * records the archive notes its Java the same way. Nothing here changes a run's output or exit code: a
 * note or archive that cannot be read, written or removed is left as it is.
 */
final class ClassDataArchive {
    /** The system property in which the launcher names the archive it uses or records. */
    static final String PROPERTY = "partnerscan.archive";
    /** What an archive's name ends with; nothing else is ever removed. */
    private static final String SUFFIX = ".jsa";

    private ClassDataArchive() {
    }

    /** Checks the archive that {@code system}'s {@value #PROPERTY} names, if any, against the running Java. */
    static void check(Properties system) {
        String archive = system.getProperty(PROPERTY, "");
        if (!archive.endsWith(SUFFIX)) {
            return;
        }
        try {
            Path archivePath = Path.of(archive);
            Path note = Path.of(archive + ".jvm");
            String java = javaOf(system);
            if (java.equals(noted(note))) {
                return;
            }
            // Only a plain file, and never through a link: what else stands at these names is not the archive's.
            if (Files.isRegularFile(archivePath, LinkOption.NOFOLLOW_LINKS)) {
                remove(archivePath);
            }
            Files.writeString(note, java, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | RuntimeException cannotKeep) {
            // the archive is a saving of start-up time, never a reason for a run to fail
        }
    }

    /**
     * The Java an archive fits: its home, its version, and when its own base archive was written (a base
     * archive made anew, with {@code java -Xshare:dump}, makes every archive on top of it unusable).
     */
    static String javaOf(Properties system) {
        String home = system.getProperty("java.home", "");
        long base = Path.of(home, "lib", "server", "classes.jsa").toFile().lastModified();
        return "java.home=" + home + "\njava.vm.version=" + system.getProperty("java.vm.version", "")
                + "\nbase archive=" + base + "\n";
    }

    private static void remove(Path archive) throws IOException {
        try {
            Files.delete(archive);
        } catch (AccessDeniedException readOnly) {
            // The JVM records its archive read-only, and Windows deletes no read-only file (POSIX does, in a
            // directory one may write): the flag is taken off first there. Elsewhere this throws as well.
            Files.setAttribute(archive, "dos:readonly", false, LinkOption.NOFOLLOW_LINKS);
            Files.delete(archive);
        }
    }

    private static String noted(Path note) throws IOException {
        try {
            return Files.readString(note, StandardCharsets.UTF_8);
        } catch (NoSuchFileException | CharacterCodingException noneOrNotANote) {
            return "";
        }
    }
}

package nl.partnerscan.io;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * partnerscan's own resources (its texts, its bundled data and what the build stored about them), by their
 * path in the jar, such as {@code nl/partnerscan/data/sectors.yaml}.
 *
 * <p>Where the classes run from a jar, as a user runs them, the jar is read as a zip file. Opening it costs
 * little, since it shares the directory the class loader read already, and it skips the class loader's
 * way to a resource (a URL, a connection, a second look at the jar), which on a cold JVM took several
 * milliseconds for the first resource of each thread. A resource's length and CRC-32 are then those the
 * jar's directory records, so that telling whether files are the ones the build saw needs none of them
 * read. Where the classes run from a directory (the tests, an IDE) or from a place that is no plain jar,
 * the resources are read through the class loader, and their CRC-32 is computed from their bytes.
 */
public abstract class JarResources implements AutoCloseable {
    /**
     * A resource's length and CRC-32: enough to notice an edit, and known without reading it in a jar. Its
     * equals and hashCode are written out: a record's own are linked on their first call, which on a cold JVM
     * took a tenth of the data thread's start (a profile of 30 runs).
     */
    public record Stamp(long length, long crc) {
        /** The stamp of these bytes. */
        public static Stamp of(byte[] bytes) {
            CRC32 crc = new CRC32();
            crc.update(bytes);
            return new Stamp(bytes.length, crc.getValue());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Stamp stamp && stamp.length == length && stamp.crc == crc;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(length) * 31 + Long.hashCode(crc);
        }
    }

    JarResources() {
    }

    /** The resources of the running partnerscan: of its jar, or through the class loader. */
    public static JarResources open() {
        try {
            CodeSource source = JarResources.class.getProtectionDomain().getCodeSource();
            URL location = source == null ? null : source.getLocation();
            if (location != null && location.getProtocol().equals("file")) {
                Path path = Path.of(location.toURI());
                if (Files.isRegularFile(path)) {
                    return inJar(path);
                }
            }
        } catch (IOException | URISyntaxException | IllegalArgumentException | SecurityException notAPlainJar) {
            // read through the class loader, which any way of running partnerscan has
        }
        return new ClassLoaderResources();
    }

    /** The resources in {@code jar}. */
    public static JarResources inJar(Path jar) throws IOException {
        return new JarFileResources(new ZipFile(jar.toFile()));
    }

    /** The resource at {@code path}, or null if there is none. */
    public abstract InputStream open(String path) throws IOException;

    /** The length and CRC-32 of the resource at {@code path}, or null if there is none. */
    public abstract Stamp stamp(String path) throws IOException;

    /** Nothing is lost if closing fails: the resources were only read. */
    @Override
    public abstract void close();

    private static final class JarFileResources extends JarResources {
        private final ZipFile zip;

        JarFileResources(ZipFile zip) {
            this.zip = zip;
        }

        @Override
        public InputStream open(String path) throws IOException {
            ZipEntry entry = zip.getEntry(path);
            return entry == null ? null : zip.getInputStream(entry);
        }

        @Override
        public Stamp stamp(String path) {
            ZipEntry entry = zip.getEntry(path);
            return entry == null ? null : new Stamp(entry.getSize(), entry.getCrc());
        }

        @Override
        public void close() {
            try {
                zip.close();
            } catch (IOException onlyRead) {
                // see JarResources.close
            }
        }
    }

    private static final class ClassLoaderResources extends JarResources {
        @Override
        public InputStream open(String path) {
            return JarResources.class.getResourceAsStream("/" + path);
        }

        @Override
        public Stamp stamp(String path) throws IOException {
            try (InputStream in = open(path)) {
                return in == null ? null : Stamp.of(in.readAllBytes());
            }
        }

        @Override
        public void close() {
        }
    }
}

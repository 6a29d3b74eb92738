package nl.partnerscan.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * partnerscan's bundles of texts (a properties file per language): read without falling back to another
 * language, so that a missing text fails instead of showing the other language, and filled in by the
 * numbered placeholders {@code {0}}, {@code {1}}, … (plain replacement: a quote in a text needs no escape).
 *
 * <p>A bundle is read from partnerscan's jar directly ({@link JarResources}), as a properties file with
 * {@link PropertyResourceBundle}, which is what {@link ResourceBundle#getBundle} would find and make of it;
 * skipping {@code getBundle}'s search took a few milliseconds off every start. Each bundle is read once
 * per run.
 */
public final class TextBundles {
    private static final Map<String, ResourceBundle> READ = new ConcurrentHashMap<>();

    private TextBundles() {
    }

    /**
     * The bundle {@code baseName} in the language {@code languageTag}.
     *
     * @throws MissingResourceException if partnerscan has no such bundle
     */
    public static ResourceBundle of(String baseName, String languageTag) {
        Locale locale = Locale.forLanguageTag(languageTag);
        String path = baseName.replace('.', '/') + "_" + locale.getLanguage() + ".properties";
        return READ.computeIfAbsent(path, read -> {
            try (JarResources resources = JarResources.open(); InputStream in = resources.open(path)) {
                if (in == null) {
                    throw new MissingResourceException("no bundle " + path, baseName, "");
                }
                return new Texts(in, baseName, locale);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundle " + path, e);
            }
        });
    }

    /** {@code text} with {@code {0}}, {@code {1}}, … replaced by {@code args}. */
    public static String fill(String text, Object... args) {
        String filled = text;
        for (int i = 0; i < args.length; i++) {
            filled = filled.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return filled;
    }

    /** A bundle that knows its name and language, as one from {@link ResourceBundle#getBundle} does. */
    private static final class Texts extends PropertyResourceBundle {
        private final String baseName;
        private final Locale locale;

        Texts(InputStream in, String baseName, Locale locale) throws IOException {
            super(in);
            this.baseName = baseName;
            this.locale = locale;
        }

        @Override
        public String getBaseBundleName() {
            return baseName;
        }

        @Override
        public Locale getLocale() {
            return locale;
        }
    }
}

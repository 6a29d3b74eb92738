package nl.partnerscan.io;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * partnerscan's bundles of texts (a properties file per language): read without falling back to another
 * language, so that a missing text fails instead of showing the other language, and filled in by the
 * numbered placeholders {@code {0}}, {@code {1}}, … (plain replacement: a quote in a text needs no escape).
 */
public final class TextBundles {
    private TextBundles() {
    }

    /** The bundle {@code baseName} in the language {@code languageTag}. */
    public static ResourceBundle of(String baseName, String languageTag) {
        return ResourceBundle.getBundle(baseName, Locale.forLanguageTag(languageTag),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** {@code text} with {@code {0}}, {@code {1}}, … replaced by {@code args}. */
    public static String fill(String text, Object... args) {
        String filled = text;
        for (int i = 0; i < args.length; i++) {
            filled = filled.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return filled;
    }
}

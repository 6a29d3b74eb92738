package nl.partnerscan.data;

import nl.partnerscan.core.Language;
import nl.partnerscan.core.Localized;
import nl.partnerscan.io.TextBundles;

/**
 * What partnerscan says about an own list it cannot use, in Dutch and English
 * ({@code ListTexts_nl} / {@code ListTexts_en.properties}): such a list is kept in a spreadsheet by the
 * user who screens, not edited as YAML. Read only when a list is refused.
 */
final class ListTexts {
    private static final String BUNDLE = "nl.partnerscan.data.ListTexts";

    private ListTexts() {
    }

    /** The text {@code key} in both languages, {0}, {1}, … replaced by {@code args}. */
    static Localized of(String key, Object... args) {
        return new Localized(in(Language.NL, key, args), in(Language.EN, key, args));
    }

    private static String in(Language language, String key, Object... args) {
        return TextBundles.fill(TextBundles.of(BUNDLE, language.code()).getString(key), args);
    }
}

package nl.partnerscan.report;

import java.util.Locale;
import java.util.ResourceBundle;
import nl.partnerscan.core.Answer;
import nl.partnerscan.core.Flag;
import nl.partnerscan.core.Language;
import nl.partnerscan.io.TextBundles;

/**
 * The labels of partnerscan's text output, in Dutch or English (Messages_nl / Messages_en.properties); and,
 * with {@link #of(String, Language)}, the texts of another of partnerscan's bundles, such as the command
 * line's help. A bundle of one language never falls back to another.
 */
public final class Messages {
    private static final String REPORT = "nl.partnerscan.report.Messages";

    private final ResourceBundle bundle;
    private final Language language;

    private Messages(String baseName, Language language) {
        this.language = language;
        this.bundle = TextBundles.of(baseName, language.code());
    }

    public static Messages of(Language language) {
        return new Messages(REPORT, language);
    }

    /** The texts of the bundle {@code baseName} (a properties file per language) in {@code language}. */
    public static Messages of(String baseName, Language language) {
        return new Messages(baseName, language);
    }

    /** The bundle itself, for a library that takes one (picocli's help). */
    public ResourceBundle bundle() {
        return bundle;
    }

    public Language language() {
        return language;
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    /** The label with {0}, {1}, … replaced by {@code args}. */
    public String format(String key, Object... args) {
        return TextBundles.fill(get(key), args);
    }

    String flag(Flag flag) {
        return get("flag." + flag.name().toLowerCase(Locale.ROOT));
    }

    String answer(Answer answer) {
        return answer.word(language);
    }
}

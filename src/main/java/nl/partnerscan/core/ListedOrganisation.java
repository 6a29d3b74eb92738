package nl.partnerscan.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An organisation on a {@link DesignationList}, with its official name, the other names it is known by
 * (abbreviations, former names), and its names in other scripts (Chinese characters, pinyin, Persian,
 * Russian), which a list's publisher or partnerscan may add.
 */
public record ListedOrganisation(String name, String country, Optional<String> kind, List<String> aliases,
                                 List<ScriptName> names) {
    /**
     * A name in a script, with the public page that confirms it where there is one.
     *
     * @param script      {@code zh-Hans}, {@code zh-Hant}, {@code pinyin}, {@code fa}, {@code ru}, {@code en}
     * @param confirmedBy where the name was seen; empty when it is general knowledge
     * @param sharedWith  the other organisation that has or had the same name (a former name now another's);
     *                    empty when none is known
     */
    public record ScriptName(String script, String text, Optional<String> confirmedBy, Optional<String> sharedWith) {
        /** The scripts a name may be in. */
        public static final List<String> SCRIPTS = List.of("zh-Hans", "zh-Hant", "pinyin", "fa", "ru", "en");

        public ScriptName {
            Objects.requireNonNull(script, "script");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(confirmedBy, "confirmedBy");
            Objects.requireNonNull(sharedWith, "sharedWith");
        }

        /** A name in a script that no other organisation is known to share. */
        public ScriptName(String script, String text, Optional<String> confirmedBy) {
            this(script, text, confirmedBy, Optional.empty());
        }

        /** Whether the name is a transliteration (pinyin), not a name in use. */
        public boolean transliteration() {
            return script.equals("pinyin");
        }
    }

    public ListedOrganisation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(kind, "kind");
        aliases = List.copyOf(aliases);
        names = List.copyOf(names);
    }

    /** An organisation with no names in other scripts. */
    public ListedOrganisation(String name, String country, Optional<String> kind, List<String> aliases) {
        this(name, country, kind, aliases, List.of());
    }

    /** The same organisation with more names in other scripts. */
    public ListedOrganisation withNames(List<ScriptName> more) {
        List<ScriptName> all = new ArrayList<>(names);
        all.addAll(more);
        return new ListedOrganisation(name, country, kind, aliases, all);
    }
}

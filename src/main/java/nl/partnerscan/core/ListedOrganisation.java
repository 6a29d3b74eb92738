package nl.partnerscan.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An organisation on a {@link DesignationList}, with its official name and the other names it is known by
 * (abbreviations, former names, names in Chinese characters and pinyin).
 */
public record ListedOrganisation(String name, String country, Optional<String> kind, List<String> aliases) {
    public ListedOrganisation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(kind, "kind");
        aliases = List.copyOf(aliases);
    }
}

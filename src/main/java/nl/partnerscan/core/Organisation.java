package nl.partnerscan.core;

import java.util.List;
import java.util.Objects;

/**
 * Who is asking: a kind of organisation (gemeente, provincie, ontwikkelingsmaatschappij, kennisinstelling,
 * bedrijf) with the contacts that come first for it.
 *
 * @param contacts the ids of its contacts, first first
 * @param basedOn  the sentence of its source that names its desk, verbatim
 */
public record Organisation(String id, Localized name, List<String> contacts, String basedOn, String source) {
    public Organisation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        contacts = List.copyOf(contacts);
        Objects.requireNonNull(basedOn, "basedOn");
        Objects.requireNonNull(source, "source");
    }
}

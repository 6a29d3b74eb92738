package nl.partnerscan.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which contacts come first, for whom and for what was found ({@code contacts.yaml}): the contacts of the
 * organisation that asks, then those a finding calls for. The brochure's other risks name their own
 * contacts ({@link Signal#contacts()}); the routes here cover the other findings.
 *
 * @param organisations the kinds of organisation that can ask, each with its desks
 * @param findings      findings that bring contacts: a hit in a taxonomy (dual-use brings export control) or
 *                      a kind of partner (one linked to the armed forces)
 */
public record Routing(List<Organisation> organisations, List<FindingRoute> findings) {
    public Routing {
        organisations = List.copyOf(organisations);
        findings = List.copyOf(findings);
    }

    /** No organisations and no routes: only the primary contact, and the signals' contacts. */
    public static Routing none() {
        return new Routing(List.of(), List.of());
    }

    /** The organisation with this id. */
    public Optional<Organisation> organisation(String id) {
        for (Organisation organisation : organisations) {
            if (organisation.id().equals(id)) {
                return Optional.of(organisation);
            }
        }
        return Optional.empty();
    }

    /**
     * A finding that calls for contacts: any match in the taxonomy {@code taxonomy}, or a partner described
     * by the indicator {@code partnerIndicator}; exactly one of the two is given.
     *
     * @param name     how the reason is shown ("mogelijk dual-use of militair")
     * @param contacts the ids of the contacts it brings
     * @param basedOn  the sentence of its source that names these contacts, verbatim
     */
    public record FindingRoute(String id, Localized name, Optional<String> taxonomy, Optional<String> partnerIndicator,
                               List<String> contacts, String basedOn, String source) {
        public FindingRoute {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            if (taxonomy.isPresent() == partnerIndicator.isPresent()) {
                throw new IllegalArgumentException("route '" + id + "' needs a taxonomy or a partner indicator, not both");
            }
            contacts = List.copyOf(contacts);
            Objects.requireNonNull(basedOn, "basedOn");
            Objects.requireNonNull(source, "source");
        }

        /** Whether these findings call for this route's contacts. */
        boolean appliesTo(Findings findings) {
            // Loops, not lambdas: run once per screen, where a lambda's first run costs more (README, performance).
            if (taxonomy.isPresent()) {
                for (TaxonomyMatch match : findings.taxonomyMatches()) {
                    if (match.taxonomy().id().equals(taxonomy.get())) {
                        return true;
                    }
                }
                return false;
            }
            for (PartnerSignal signal : findings.partnerSignals()) {
                if (signal.indicator().id().equals(partnerIndicator.get())) {
                    return true;
                }
            }
            return false;
        }
    }
}

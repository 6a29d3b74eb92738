package nl.partnerscan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.partnerscan.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who is asking decides which desks come first, and what was found adds the desks it calls for: export
 * control for a dual-use or military hit, NCSC and the Digital Trust Center for a dependence or espionage
 * signal.
 */
class ContactRoutingTest {
    private static final String PLAIN = "cultuur";
    private static final String DUAL_USE = "uranium enrichment";
    private static final String ESPIONAGE = "Werkbezoek; we nemen een schone laptop mee naar China";
    private static final String DEPENDENCE = "De partner levert de software voor ons dataplatform";

    private static List<String> contacts(String organisation, String topic, String partner) {
        ScreeningResult result = TestData.screener().screen(new ScreeningRequest(List.of(topic), "", partner, Map.of(),
                Set.of(), organisation));
        assertThat(result.contact()).isEqualTo(result.contacts().get(0).contact());
        return result.contacts().stream().map(c -> c.contact().id()).toList();
    }

    static Stream<Arguments> organisations() {
        return Stream.of(
                Arguments.of("gemeente", List.of("icp")),
                Arguments.of("provincie", List.of("icp")),
                Arguments.of("ontwikkelingsmaatschappij", List.of("icp")),
                Arguments.of("kennisinstelling", List.of("loket-kennisveiligheid", "icp")),
                Arguments.of("bedrijf", List.of("ondernemersloket-economische-veiligheid", "icp")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("organisations")
    void eachOrganisationGetsItsOwnDesksFirstAndNothingElseWhenNothingIsFound(String organisation, List<String> desks) {
        assertThat(contacts(organisation, PLAIN, "")).containsExactlyElementsOf(desks);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("organisations")
    void aDualUseHitBringsExportControlAfterTheOrganisationsDesks(String organisation, List<String> desks) {
        List<String> routed = contacts(organisation, DUAL_USE, "");
        assertThat(routed.subList(0, desks.size())).containsExactlyElementsOf(desks);
        assertThat(routed).contains("export-control");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("organisations")
    void anEspionageSignalBringsNcscAndTheDigitalTrustCenter(String organisation, List<String> desks) {
        List<String> routed = contacts(organisation, ESPIONAGE, "");
        assertThat(routed.subList(0, desks.size())).containsExactlyElementsOf(desks);
        assertThat(routed).contains("ncsc", "digital-trust-center").doesNotContain("export-control");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("organisations")
    void aDependenceSignalBringsNcscAndTheDigitalTrustCenter(String organisation, List<String> desks) {
        List<String> routed = contacts(organisation, DEPENDENCE, "");
        assertThat(routed.subList(0, desks.size())).containsExactlyElementsOf(desks);
        assertThat(routed).contains("ncsc", "digital-trust-center");
    }

    @Test
    void aPartnerLinkedToTheArmedForcesBringsExportControl() {
        assertThat(contacts("gemeente", PLAIN, "PLA research institute")).containsExactly("icp", "export-control");
    }

    @Test
    void aDeskForOthersIsLeftOutForWhoeverItDoesNotServe() {
        // The delegation signal names the NCTV address for the full brochure, which is for decentral governments.
        assertThat(contacts("gemeente", "Werkbezoek van een delegatie", "")).contains("nctv-full-brochure");
        assertThat(contacts("bedrijf", "Werkbezoek van een delegatie", "")).doesNotContain("nctv-full-brochure");
        // Knowledge transfer names the Loket Kennisveiligheid, which is for knowledge institutions only.
        assertThat(contacts("gemeente", "joint venture", "")).doesNotContain("loket-kennisveiligheid");
        assertThat(contacts("kennisinstelling", "joint venture", "")).startsWith("loket-kennisveiligheid");
    }

    @Test
    void withoutAnOrganisationTheIcpComesFirstAndFindingsStillAddTheirDesks() {
        assertThat(contacts("", PLAIN, "")).containsExactly("icp");
        assertThat(contacts("", DUAL_USE, "")).containsExactly("icp", "export-control");
        ScreeningResult result = TestData.screener().screen(ScreeningRequest.ofTopics(ESPIONAGE));
        RoutedContact ncsc = result.contacts().stream().filter(c -> c.contact().id().equals("ncsc")).findFirst()
                .orElseThrow();
        assertThat(ncsc.because()).extracting(RoutedContact.Because::id).containsExactly("espionage");
        assertThat(result.contacts().get(0).because()).as("the default contact needs no reason").isEmpty();
    }

    @Test
    void aRequestThatFindsNothingGetsTheDesksOfWhoeverAsksEvenAfterAnotherAskedTheSame() {
        // One screener keeps one result per kind of request that finds nothing: who asks is part of that kind.
        Screener screener = new Screener(TestData.screener().data());
        for (String organisation : List.of("bedrijf", "kennisinstelling", "", "bedrijf")) {
            ScreeningResult result = screener.screen(new ScreeningRequest(List.of(PLAIN), "", "", Map.of(), Set.of(),
                    organisation));
            assertThat(result.organisation().map(Organisation::id).orElse("")).isEqualTo(organisation);
            assertThat(result.contacts().get(0).contact().id()).as(organisation).isEqualTo(switch (organisation) {
                case "bedrijf" -> "ondernemersloket-economische-veiligheid";
                case "kennisinstelling" -> "loket-kennisveiligheid";
                default -> "icp";
            });
        }
    }

    @Test
    void anUnknownOrganisationIsRefusedWithTheKnownOnes() {
        assertThatThrownBy(() -> contacts("gemeentee", PLAIN, "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown organisation 'gemeentee'")
                .hasMessageContaining("gemeente, provincie, ontwikkelingsmaatschappij, kennisinstelling, bedrijf");
    }
}

package nl.partnerscan.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.partnerscan.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The partner name against the bundled lists: every alias of several entries, spelling variants, and
 * names that merely share words. The table src/test/resources/lists/partner-names.tsv holds the cases;
 * it was written without looking at the matcher.
 */
class PartnerListTest {
    private final Screener screener = TestData.screener();

    private List<PartnerHit> hits(String partner) {
        return screener.screen(new ScreeningRequest(List.of("cultuur"), "", partner, Map.of())).partnerHits();
    }

    private record Case(int line, String expect, String entry, String text) {
    }

    private static List<Case> cases() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/lists/partner-names.tsv"), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("expect\tlist_entry\ttext");
        List<Case> cases = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank() || lines.get(i).startsWith("#")) {
                continue;
            }
            String[] f = lines.get(i).split("\t", -1);
            cases.add(new Case(i + 1, f[0], f[1], f[2]));
        }
        return cases;
    }

    @Test
    void theNameTableHoldsHitsNearMissesAndTraps() throws IOException {
        List<String> failures = new ArrayList<>();
        int counted = 0;
        for (Case c : cases()) {
            counted++;
            List<PartnerHit> hits = hits(c.text());
            switch (c.expect()) {
                case "hit" -> {
                    if (hits.stream().noneMatch(h -> h.entry().name().equals(c.entry()) && h.match() != PartnerHit.Match.NEAR)) {
                        failures.add("line " + c.line() + ": expected a hit on " + c.entry() + " for '" + c.text() + "', got "
                                + describe(hits));
                    }
                }
                case "near" -> {
                    if (hits.stream().noneMatch(h -> h.entry().name().equals(c.entry()))) {
                        failures.add("line " + c.line() + ": expected at least a near match on " + c.entry() + " for '"
                                + c.text() + "', got " + describe(hits));
                    }
                }
                case "none" -> {
                    if (!hits.isEmpty()) {
                        failures.add("line " + c.line() + ": expected no hit for '" + c.text() + "', got " + describe(hits));
                    }
                }
                default -> failures.add("line " + c.line() + ": unknown expectation " + c.expect());
            }
        }
        assertThat(counted).isGreaterThan(60);
        assertThat(failures).as("partner-name cases that fail").isEmpty();
    }

    private static String describe(List<PartnerHit> hits) {
        return hits.stream().map(h -> h.list().id() + ":" + h.entry().name() + " (" + h.match().id() + ", "
                + h.matched() + ")").toList().toString();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Nanjing University",
        "Harbin University of Commerce",
        "Beijing Normal University",
        "Hit radio Beijing",
        "Bit of luck trading",
        "HITACHI Europe",
        "an orbit of the whitepaper",
        "University of Science and Technology of China",
    })
    void namesThatOnlyShareWordsDoNotMatch(String partner) {
        assertThat(hits(partner)).isEmpty();
    }

    @Test
    void aShortAbbreviationMatchesOnlyAsAWholeWordInCapitals() {
        assertThat(hits("delegatie van HIT naar Delft")).extracting(h -> h.entry().name())
                .contains("Harbin Institute of Technology");
        assertThat(hits("delegatie van hit naar Delft")).isEmpty();
        assertThat(hits("HIT-Shenzhen")).extracting(h -> h.entry().name()).contains("Harbin Institute of Technology");
    }

    @Test
    void exactAliasAndNearSayHowTheyMatched() {
        PartnerHit exact = hits("Harbin Institute of Technology").get(0);
        assertThat(exact.match()).isEqualTo(PartnerHit.Match.EXACT);
        assertThat(exact.similarity()).isEqualTo(1.0);
        assertThat(exact.list().kind()).isIn(DesignationList.Kind.DESIGNATION, DesignationList.Kind.ASSESSMENT);

        assertThat(hits("BUAA")).allSatisfy(h -> {
            assertThat(h.match()).isEqualTo(PartnerHit.Match.ALIAS);
            assertThat(h.matched()).isEqualTo("BUAA");
            assertThat(h.entry().name()).isEqualTo("Beihang University");
        });

        List<PartnerHit> near = hits("Harbin Insitute of Technology");
        assertThat(near).isNotEmpty().allSatisfy(h -> {
            assertThat(h.match()).isEqualTo(PartnerHit.Match.NEAR);
            assertThat(h.similarity()).isBetween(0.9, 0.999);
        });
    }

    @Test
    void aListedPartnerIsAtLeastElevatedAndHighWithATopicFromTheTable() {
        ScoringRules.PartnerListRules rules = TestData.shipped().scoring().partnerLists();
        ScreeningResult alone = screener.screen(new ScreeningRequest(List.of("studentenuitwisseling"), "",
                "Northwestern Polytechnical University", Map.of()));
        assertThat(alone.sectors()).isEmpty();
        assertThat(alone.verdict()).isEqualTo(rules.minimum());
        ScreeningResult withTopic = screener.screen(new ScreeningRequest(List.of("satellite navigation"), "",
                "Northwestern Polytechnical University", Map.of()));
        assertThat(withTopic.verdict()).isEqualTo(rules.minimumWithTopic());
        assertThat(withTopic.reasons()).extracting(Reason::code).contains("partner_listed");

        ScreeningResult nearOnly = screener.screen(new ScreeningRequest(List.of("studentenuitwisseling"), "",
                "Northwestern Polytecnical Universty", Map.of()));
        assertThat(nearOnly.partnerHits()).isNotEmpty().allMatch(h -> h.match() == PartnerHit.Match.NEAR);
        assertThat(nearOnly.verdict()).isEqualTo(Verdict.LOW);
        assertThat(nearOnly.reasons()).extracting(Reason::code).contains("partner_near");
    }
}

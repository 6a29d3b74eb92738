package nl.partnerscan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.partnerscan.core.match.Term;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.partnerscan.TestData;
import org.junit.jupiter.api.Test;

/** The verdict, the score and its reasons, from matches, answers and the partner's description. */
class ScreenerTest {
    private final ReferenceData data = TestData.shipped();
    private final ScoringRules rules = data.scoring();
    private final Screener screener = TestData.screener();

    private static ScreeningRequest request(String topic, String partner, Map<String, Answer> answers) {
        return new ScreeningRequest(List.of(topic), "", partner, answers);
    }

    private static int sum(ScreeningResult result) {
        return result.reasons().stream().mapToInt(Reason::points).sum();
    }

    private static List<String> codes(ScreeningResult result) {
        return result.reasons().stream().map(Reason::code).toList();
    }

    @Test
    void aTopicInTheTableIsAtLeastElevatedWithTheIcpAsContact() {
        ScreeningResult result = screener.screen(ScreeningRequest.ofTopics("Kwantumtechnologie"));
        assertThat(result.verdict()).isEqualTo(Verdict.ELEVATED);
        assertThat(result.sectors()).extracting(Sector::id).containsExactly("quantum");
        assertThat(result.score()).isEqualTo(rules.rule(ReasonCode.TABLE_MATCH).points());
        assertThat(result.contact().email()).contains("informatie-en-contactpunt@rvo.nl");
        assertThat(result.verdictText().advice().nl()).contains("kunt u contact leggen met het ICP");
    }

    @Test
    void quantumFlagsAreNotStatedAndSaySoWithoutPoints() {
        ScreeningResult result = screener.screen(ScreeningRequest.ofTopics("Kwantumtechnologie"));
        assertThat(codes(result)).containsExactly("table_match", "flag_not_stated", "eu_priority_area");
        assertThat(result.reasons().get(2).points()).as("the EU area of a table subject is a note, not counted twice")
                .isZero();
        Reason note = result.reasons().get(1);
        assertThat(note.points()).isZero();
        assertThat(note.text().nl()).contains("Kwantumtechnologie").contains("niet vermeld is niet 'nee'");
    }

    @Test
    void aTopicThatNamesDualUseOrMilitaryUseItselfBringsTheExportControlLine() {
        for (String topic : List.of("dual-use technologie", "Samenwerking met het Ministerie van Defensie",
                "military applications of sensors", "Defence")) {
            ScreeningResult result = screener.screen(ScreeningRequest.ofTopics(topic));
            assertThat(result.verdict()).as(topic).isEqualTo(Verdict.ELEVATED);
            assertThat(result.areasOf(Taxonomy.DUAL_USE)).as(topic).extracting(Taxonomy.Area::id).containsExactly("du-named");
            assertThat(result.areasOf(Taxonomy.DUAL_USE).get(0).number()).as("not a category of the Annex").isEmpty();
            assertThat(result.exportControl()).as(topic).isPresent();
            assertThat(codes(result)).as(topic).contains("dual_use_named").doesNotContain("dual_use");
            assertThat(result.score()).as(topic).isEqualTo(rules.rule(ReasonCode.DUAL_USE_NAMED).points());
        }
    }

    @Test
    void phrasesThatContainAMilitaryWordButMeanSomethingElseStayLow() {
        for (String topic : List.of("PhD defence ceremony in Delft", "Self-defence classes for women",
                "Zorg voor oud-militairen en veteranen", "Tentoonstelling over militaire geschiedenis",
                "Military band concert on King's Day", "Defensief spel in de basketbalcompetitie",
                "Sports at the community centre")) {
            ScreeningResult result = screener.screen(ScreeningRequest.ofTopics(topic));
            assertThat(result.verdict()).as(topic).isEqualTo(Verdict.LOW);
            assertThat(result.taxonomyMatches()).as(topic).isEmpty();
        }
    }

    @Test
    void topSectorAndKeyTechnologyAddTheirPoints() {
        ScreeningResult semiconductors = screener.screen(ScreeningRequest.ofTopics("Halfgeleider technologie"));
        assertThat(codes(semiconductors)).containsExactly("table_match", "topsector", "key_technology",
                "eu_priority_area");
        assertThat(semiconductors.score()).isEqualTo(rules.rule(ReasonCode.TABLE_MATCH).points() + rules.rule(ReasonCode.TOPSECTOR).points()
                + rules.rule(ReasonCode.KEY_TECHNOLOGY).points());

        ScreeningResult aerospace = screener.screen(ScreeningRequest.ofTopics("Vliegtuigmotoren"));
        assertThat(aerospace.sectors()).extracting(Sector::id).containsExactly("aerospace");
        assertThat(codes(aerospace)).startsWith("table_match", "technology_match");
    }

    @Test
    void lithographyAloneIsChipMakingExceptInThePrintStudio() {
        ScreeningResult chips = screener.screen(new ScreeningRequest(List.of("samenwerking lithografie"),
                "Gezamenlijk onderzoek naar lithografie met een instituut in Shanghai.", "", Map.of()));
        assertThat(chips.verdict()).isNotEqualTo(Verdict.LOW);
        assertThat(chips.sectors()).extracting(Sector::id).contains("semiconductors");
        ScreeningResult print = screener.screen(new ScreeningRequest(List.of("workshop steendruk"),
                "Kunstenaars uit de zusterstad geven een workshop lithografie in de grafische werkplaats.", "", Map.of()));
        assertThat(print.sectors()).as("the art print").isEmpty();
        ScreeningResult fair = screener.screen(new ScreeningRequest(List.of("beursstand"),
                "Samen met kunstenaars een stand op de beurs, waar ook EUV-lithografie wordt getoond.", "", Map.of()));
        assertThat(fair.sectors()).as("a longer term still matches in the print studio's words")
                .extracting(Sector::id).contains("semiconductors");
    }

    @Test
    void aTopicOutsideTheTableIsLowWithTheBrochuresRule() {
        ScreeningResult result = screener.screen(ScreeningRequest.ofTopics("uitwisseling van ouderenzorg en podiumkunsten"));
        assertThat(result.verdict()).isEqualTo(Verdict.LOW);
        assertThat(result.score()).isZero();
        assertThat(codes(result)).containsExactly("no_match");
        assertThat(result.verdictText().advice().nl())
                .isEqualTo("Wanneer u de focus van uw samenwerking met China niet ziet staan in de tabel is de"
                        + " samenwerking waarschijnlijk niet gevoelig.");
        assertThat(result.contact().id()).isEqualTo("icp");
    }

    @Test
    void unansweredChecksAreOpenAndNeverCountedAsSafe() {
        ScreeningResult none = screener.screen(ScreeningRequest.ofTopics("Kwantumtechnologie"));
        int allChecks = data.questions().stream().mapToInt(q -> q.checks().size()).sum();
        assertThat(none.openQuestions()).hasSize(6);
        assertThat(none.openQuestions().stream().mapToInt(o -> o.openChecks().size()).sum()).isEqualTo(allChecks);

        ScreeningResult safe = screener.screen(request("Kwantumtechnologie", "", Map.of("q4", Answer.YES)));
        assertThat(safe.openQuestions()).extracting(o -> o.question().id()).doesNotContain("q4");
        assertThat(safe.answers()).containsEntry("q4.delegation-programme", Answer.YES);
    }

    @Test
    void noAndUnknownRaiseTheRiskByTheChecksWeight() {
        Check delegation = data.questions().get(3).checks().get(0);
        for (Answer risky : List.of(Answer.NO, Answer.UNKNOWN)) {
            ScreeningResult result = screener.screen(request("Kwantumtechnologie", "", Map.of(delegation.id(), risky)));
            assertThat(result.score()).isEqualTo(rules.rule(ReasonCode.TABLE_MATCH).points() + delegation.weight());
            assertThat(result.reasons()).filteredOn(r -> r.code().equals("risky_answer")).singleElement()
                    .satisfies(r -> assertThat(r.text().nl()).contains(delegation.text().nl())
                            .contains(risky.word(Language.NL)));
        }
        ScreeningResult yes = screener.screen(request("Kwantumtechnologie", "", Map.of(delegation.id(), Answer.YES)));
        assertThat(yes.score()).isEqualTo(rules.rule(ReasonCode.TABLE_MATCH).points());
    }

    @Test
    void aQuestionsAnswerAppliesToAllItsChecksAndACheckOwnAnswerWins() {
        Question q5 = data.questions().get(4);
        Check first = q5.checks().get(0);
        ScreeningResult result = screener.screen(request("ouderenzorg", "",
                Map.of("q5", Answer.NO, first.id(), Answer.YES)));
        assertThat(result.answers()).containsEntry(first.id(), Answer.YES);
        q5.checks().subList(1, q5.checks().size())
                .forEach(c -> assertThat(result.answers()).containsEntry(c.id(), Answer.NO));
        assertThat(result.score()).isEqualTo(q5.weight() - first.weight());
    }

    @Test
    void riskyAnswersAloneCanRaiseTheVerdictWithoutATableMatch() {
        ScreeningResult result = screener.screen(request("culturele uitwisseling", "",
                Map.of("q3", Answer.NO, "q4", Answer.NO)));
        assertThat(result.sectors()).isEmpty();
        assertThat(result.score()).isGreaterThanOrEqualTo(rules.elevatedThreshold());
        assertThat(result.verdict()).isEqualTo(rules.verdictFor(result.score())).isNotEqualTo(Verdict.LOW);
    }

    @Test
    void aTableMatchWithRiskyAnswersBecomesHigh() {
        ScreeningResult result = screener.screen(request("Halfgeleider technologie", "",
                Map.of("q3", Answer.UNKNOWN, "q4", Answer.NO)));
        assertThat(result.score()).isGreaterThanOrEqualTo(rules.highThreshold());
        assertThat(result.verdict()).isEqualTo(Verdict.HIGH);
        assertThat(result.verdictText().advice().nl()).contains("voordat u verdergaat");
    }

    @Test
    void thePartnersDescriptionAddsItsIndicator() {
        ScreeningResult result = screener.screen(request("ouderenzorg",
                "Instituut van het Volksbevrijdingsleger (PLA)", Map.of()));
        assertThat(result.partnerSignals()).extracting(s -> s.indicator().id()).containsExactly("military");
        ScoringRules.PartnerIndicator military = rules.partnerIndicators().stream()
                .filter(i -> i.id().equals("military")).findFirst().orElseThrow();
        assertThat(result.score()).isEqualTo(military.rule().points());
        assertThat(result.reasons()).extracting(Reason::code).contains("partner_indicator");
    }

    @Test
    void everyPointHasItsReasonAndTheScoreIsCappedAt100() {
        ScreeningResult all = screener.screen(new ScreeningRequest(
                List.of("Halfgeleider technologie", "Kunstmatige intelligentie", "Vaccins", "QKD"), "",
                "People's Liberation Army, state-owned enterprise, Communist Party",
                Map.of("q1", Answer.NO, "q2", Answer.NO, "q3", Answer.NO, "q4", Answer.NO, "q5", Answer.NO, "q6",
                        Answer.NO)));
        assertThat(all.score()).isEqualTo(ScoringRules.MAX_SCORE);
        assertThat(sum(all)).isEqualTo(all.score());
        assertThat(all.reasons()).last().satisfies(r -> {
            assertThat(r.code()).isEqualTo("cap");
            assertThat(r.points()).isNegative();
        });
        for (String topic : List.of("Kwantumtechnologie", "ouderenzorg", "Vliegtuigmotoren")) {
            ScreeningResult result = screener.screen(ScreeningRequest.ofTopics(topic));
            assertThat(sum(result)).as(topic).isEqualTo(result.score());
        }
    }

    @Test
    void aTableMatchIsElevatedEvenWhenItsPointsAreSetToZero() {
        ScoringRules.Rule tableMatch = rules.rule(ReasonCode.TABLE_MATCH);
        Map<ReasonCode, ScoringRules.Rule> zeroTableMatch = new EnumMap<>(rules.rules());
        zeroTableMatch.put(ReasonCode.TABLE_MATCH, new ScoringRules.Rule(0, tableMatch.minimum(), tableMatch.reason(),
                tableMatch.source()));
        ScoringRules zero = new ScoringRules(rules.elevatedThreshold(), rules.highThreshold(), zeroTableMatch,
                rules.partnerIndicators(), rules.partnerLists(), rules.signals(), rules.exportControl(), rules.verdicts(),
                rules.notice());
        ReferenceData changed = new ReferenceData(data.dataVersion(), data.dataDigest(), data.sources(), data.caveats(), data.sectors(),
                data.matchExceptions(), data.matchSettings(), data.taxonomies(), data.questions(), data.contacts(), data.lists(),
                data.nameRules(), zero, data.disguises(), data.qualifiedHeads(), data.qualifierLinks(), data.signals(), data.routing());
        ScreeningResult result = new Screener(changed).screen(ScreeningRequest.ofTopics("Kwantumtechnologie"));
        assertThat(result.score()).isZero();
        assertThat(result.verdict()).isEqualTo(Verdict.ELEVATED);
    }

    @Test
    void anUnknownQuestionIdIsRefusedWithTheKnownOnes() {
        assertThatThrownBy(() -> screener.screen(request("x", "", Map.of("q7", Answer.NO))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown question or check 'q7'")
                .hasMessageContaining("q1, q2, q3, q4, q5, q6");
    }

    @Test
    void matchesSayWhichWordsMatchedWhichEntry() {
        ScreeningResult result = screener.screen(new ScreeningRequest(List.of("onderzoek"),
                "Samenwerking aan QKD-netwerken met een Chinese universiteit", "", Map.of()));
        assertThat(result.matches()).anySatisfy(m -> {
            assertThat(m.matchedText()).isEqualTo("QKD-netwerken");
            assertThat(m.entryId()).isEqualTo("quantum-communication-and-computers");
            assertThat(m.term().origin()).isEqualTo(Term.Origin.QUOTED);
        });
        assertThat(result.technologies()).extracting(Technology::id).containsExactly("quantum-communication-and-computers");
    }
}

package nl.partnerscan.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.partnerscan.TestData;
import nl.partnerscan.core.Answer;
import nl.partnerscan.core.Check;
import nl.partnerscan.core.Question;
import nl.partnerscan.core.ReasonCode;
import nl.partnerscan.core.ScreeningRequest;
import nl.partnerscan.core.ScreeningResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The checks mean what they say: "ja" is the careful answer in natural Dutch, because no check has a
 * negation in its main clause. A Dutch speaker answers a polar question with "ja" when its main clause is
 * true of them ("Vermijdt u openbare wifi-netwerken?" "Ja."), but a question with a negation in its main
 * clause ("Maakt u geen gebruik van openbare wifi?") invites "nee" from the very person who never uses it.
 */
class QuestionWordingTest {
    private static final Set<String> NEGATIONS = Set.of("geen", "niet", "nooit", "niemand", "niets", "nergens");
    /** Words that open a subordinate clause in the checks' Dutch: after one, a negation is not in the main clause. */
    private static final Set<String> SUBORDINATORS = Set.of("dat", "die", "wat", "wie", "welke", "welk", "waar",
            "waarom", "waarmee", "waarin", "hoe", "of", "als", "wanneer", "omdat", "zodat", "voordat", "nadat");

    /**
     * What a careful person does, in their own words, for every check, and how they answer the check as a
     * Dutch speaker would: a person read each check and wrote down the reply it invites.
     */
    private static final Map<String, String[]> CAREFUL_PERSON = new LinkedHashMap<>();

    static {
        CAREFUL_PERSON.put("q1.goal", new String[] {"Ik weet precies wat wij eraan willen hebben.", "ja"});
        CAREFUL_PERSON.put("q1.reciprocal", new String[] {"Beide partijen geven en krijgen evenveel.", "ja"});
        CAREFUL_PERSON.put("q1.investment", new String[] {"Ons budget en onze inzet liggen vast.", "ja"});
        CAREFUL_PERSON.put("q1.right-partner", new String[] {"Deze partner past bij onze doelen.", "ja"});
        CAREFUL_PERSON.put("q2.compared", new String[] {"Ik heb de lijst naast onze kennis gelegd.", "ja"});
        CAREFUL_PERSON.put("q2.knowledge-position",
                new String[] {"Ik heb nagegaan dat onze kennispositie er niet onder lijdt.", "ja"});
        CAREFUL_PERSON.put("q2.dependency",
                new String[] {"Ik heb nagegaan dat we niet afhankelijk worden van China.", "ja"});
        CAREFUL_PERSON.put("q2.dual-use", new String[] {"Ik weet welke technologie bij ons dual-use is.", "ja"});
        CAREFUL_PERSON.put("q3.role", new String[] {"Ik weet welke functie mijn tegenhanger in de partij heeft.", "ja"});
        CAREFUL_PERSON.put("q3.presence-risk",
                new String[] {"Ik heb vastgesteld dat zijn aanwezigheid geen risico oplevert.", "ja"});
        CAREFUL_PERSON.put("q3.intermediary", new String[] {"Ik ken de achtergrond van de tussenpersoon.", "ja"});
        CAREFUL_PERSON.put("q4.delegation-programme",
                new String[] {"Ik ken het programma, de gesprekspartners en het doel van elk bezoek.", "ja"});
        CAREFUL_PERSON.put("q5.no-gifted-hardware",
                new String[] {"Een gekregen USB-stick steek ik nooit in mijn werklaptop.", "ja"});
        CAREFUL_PERSON.put("q5.supervised-devices",
                new String[] {"Gasten sluiten bij ons niets aan en gebruiken onze apparaten alleen onder toezicht.",
                    "ja"});
        CAREFUL_PERSON.put("q5.passwords-updates",
                new String[] {"Ik wissel vaak van wachtwoord en installeer updates meteen.", "ja"});
        CAREFUL_PERSON.put("q5.no-public-wifi", new String[] {"Ik gebruik nooit openbare wifi.", "ja"});
        CAREFUL_PERSON.put("q6.all-knowledge-checked",
                new String[] {"Ik heb alle kennis die we delen naast de tabel gelegd.", "ja"});
    }

    private static List<Check> checks() {
        List<Check> checks = new ArrayList<>();
        TestData.shipped().questions().stream().map(Question::checks).forEach(checks::addAll);
        return checks;
    }

    static Stream<Arguments> everyCheck() {
        return checks().stream().map(check -> Arguments.of(check.id(), check));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCheck")
    void noDutchCheckHasANegationBeforeItsFirstSubordinateClause(String id, Check check) {
        List<String> mainClause = new ArrayList<>();
        for (String word : check.text().nl().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (SUBORDINATORS.contains(word)) {
                break;
            }
            mainClause.add(word);
        }
        assertThat(mainClause).as("the main clause of %s: %s", id, check.text().nl()).doesNotContainAnyElementsOf(NEGATIONS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCheck")
    void yesIsTheCarefulAnswerAndNoTheRiskyOne(String id, Check check) {
        assertThat(check.raisesRisk(Answer.YES)).as("%s scored as a risk when answered yes", id).isFalse();
        assertThat(check.raisesRisk(Answer.NO)).as("%s not scored as a risk when answered no", id).isTrue();
        assertThat(check.raisesRisk(Answer.NOT_APPLICABLE)).isFalse();
    }

    @Test
    void everyCheckIsReadAsADutchSpeakerWouldAnswerIt() {
        assertThat(CAREFUL_PERSON.keySet()).as("a careful person's reply for every check")
                .containsExactlyElementsOf(checks().stream().map(Check::id).toList());
        for (Map.Entry<String, String[]> entry : CAREFUL_PERSON.entrySet()) {
            String id = entry.getKey();
            Answer natural = Answer.parse(entry.getValue()[1]).orElseThrow();
            ScreeningResult result = TestData.screener().screen(new ScreeningRequest(List.of("cultuur"), "", "",
                    Map.of(id, natural)));
            assertThat(result.reasons()).as("'%s' answers %s with '%s'", entry.getValue()[0], id, entry.getValue()[1])
                    .noneMatch(reason -> reason.code().equals(ReasonCode.RISKY_ANSWER.id()));
            assertThat(result.answers()).containsEntry(id, natural);
        }
    }

    @Test
    void theThreeChecksThatInvertedTheAnswerNowAskWhatTheCarefulPersonDoes() {
        Map<String, String> checks = new LinkedHashMap<>();
        checks().forEach(check -> checks.put(check.id(), check.text().nl()));
        assertThat(checks.get("q5.no-public-wifi")).isEqualTo("Vermijdt u openbare wifi-netwerken?");
        assertThat(checks.get("q5.no-gifted-hardware")).startsWith("Houdt u hardware").doesNotContain("nooit");
        assertThat(checks.get("q5.supervised-devices")).startsWith("Zorgt u ervoor dat");
    }
}

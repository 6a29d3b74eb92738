package nl.partnerscan.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.partnerscan.TestData;
import nl.partnerscan.core.match.MatchBasis;
import org.junit.jupiter.api.Test;

/**
 * The ways a listed name is written that are not its words as listed: abbreviated as affiliations are, in
 * Dutch, with a typo in every word, in another word order, without a part texts leave out, as a short
 * Chinese form before the name of a part, as a former name, in Arabic letters for Persian ones, as a
 * Cyrillic acronym. Each says why it counts, and the uncertain ones are only near.
 */
class NameVariantsTest {
    private final Screener screener = TestData.screener();

    private List<PartnerHit> partner(String text) {
        return screener.screen(new ScreeningRequest(List.of(), "", text, Map.of())).partnerHits();
    }

    private List<PartnerHit> description(String text) {
        return screener.screen(new ScreeningRequest(List.of("samenwerking"), text, "", Map.of())).partnerHits();
    }

    private static PartnerHit on(List<PartnerHit> hits, String entry) {
        return hits.stream().filter(h -> h.entry().name().equals(entry)).findFirst()
                .orElseThrow(() -> new AssertionError("no hit on " + entry + " in " + hits));
    }

    private static boolean none(List<PartnerHit> hits, String entry) {
        return hits.stream().noneMatch(h -> h.entry().name().equals(entry));
    }

    @Test
    void affiliationAbbreviationsAreReadAsTheWordsTheyStandFor() {
        PartnerHit hit = on(partner("Natl. Univ. Def. Technol., Coll. Intelligence Sci. & Technol., Changsha"),
                "National University of Defense Technology");
        assertThat(hit.match()).isEqualTo(PartnerHit.Match.EXACT);
        assertThat(on(partner("Northwestern Polytech. Univ., Sch. Aeronaut., Xi'an"), "Northwestern Polytechnical University")
                .match()).isNotEqualTo(PartnerHit.Match.NEAR);
    }

    @Test
    void aDutchRenderingOfAListedNameIsAnAliasThatSaysItWasTranslated() {
        PartnerHit hit = on(description("Wij ontvingen een gastonderzoeker van de Nationale Universiteit voor "
                + "Defensietechnologie in Changsha."), "National University of Defense Technology");
        assertThat(hit.match()).isEqualTo(PartnerHit.Match.ALIAS);
        assertThat(hit.basis()).isEqualTo(MatchBasis.TRANSLATED);
        assertThat(hit.detail()).contains("Universiteit").contains("Defensietechnologie");
        PartnerHit joined = on(partner("Noordwestelijke Polytechnische Universiteit, Xi'an"), "Northwestern Polytechnical University");
        assertThat(joined.match()).isEqualTo(PartnerHit.Match.ALIAS);
        assertThat(joined.basis()).isEqualTo(MatchBasis.TRANSLATED);
        assertThat(on(partner("Harbin Instituut voor Technologie"), "Harbin Institute of Technology").basis())
                .isEqualTo(MatchBasis.TRANSLATED);
    }

    @Test
    void aTranslationKeepsTheRulesOnTheWordsAroundAName() {
        // A Dutch rendering of another university's longer name is that university, as in English.
        assertThat(none(partner("Sichuan Universiteit voor Kunst en Wetenschap"), "Sichuan University")
                || on(partner("Sichuan Universiteit voor Kunst en Wetenschap"), "Sichuan University").match()
                        == PartnerHit.Match.NEAR).isTrue();
    }

    @Test
    void aLongNameWithATypoInEveryWordIsOnlyNear() {
        for (String typo : List.of("Hrabin Engeneering Univercity", "Bejing Institue of Tecnology")) {
            List<PartnerHit> hits = partner(typo);
            assertThat(hits).as(typo).isNotEmpty().allMatch(h -> h.match() == PartnerHit.Match.NEAR);
            assertThat(hits.get(0).basis()).isEqualTo(MatchBasis.SPELLING);
        }
        assertThat(on(partner("Hrabin Engeneering Univercity"), "Harbin Engineering University")).isNotNull();
    }

    @Test
    void theTypoRuleLeavesAcronymsAndWordsWithAnotherWordAlone() {
        assertThat(partner("HTI")).isEmpty();
        assertThat(partner("NUTD")).isEmpty();
        // Every word a letter or two away, but one word is another: no name.
        assertThat(none(partner("Hrabin Medicial Univercity"), "Harbin Engineering University")).isTrue();
    }

    @Test
    void aListedNameInAnotherWordOrderIsOnlyNearAndOnlyAsAWholeSegment() {
        PartnerHit hit = on(partner("Academy of Armored Force Engineering, Beijing"), "Army Academy of Armored Forces");
        assertThat(hit.match()).isEqualTo(PartnerHit.Match.NEAR);
        assertThat(hit.basis()).isEqualTo(MatchBasis.WORD_ORDER);
        assertThat(hit.detail()).isEqualTo("Armored Forces Engineering Academy");
        // The words of the North University of China inside a longer name are another university.
        assertThat(none(partner("North China University of Technology"), "North University of China")
                || on(partner("North China University of Technology"), "North University of China").basis()
                        != MatchBasis.WORD_ORDER).isTrue();
    }

    @Test
    void aRussianNameWithoutItsOwnerOrEponymIsAnAliasThatSaysWhatWasLeftOut() {
        PartnerHit ministry = on(partner("48-й Центральный научно-исследовательский институт Министерства обороны"),
                "48th Central Scientific Research Institute");
        assertThat(ministry.match()).isEqualTo(PartnerHit.Match.ALIAS);
        assertThat(ministry.basis()).isEqualTo(MatchBasis.WITHOUT_PART);
        assertThat(ministry.detail()).isEqualTo("Российской Федерации");
        PartnerHit eponym = on(partner("Институт проблем передачи информации РАН, Москва"),
                "A.A. Kharkevich Institute for Information Transmission Problems, IITP, Russian Academy of Sciences");
        assertThat(eponym.basis()).isEqualTo(MatchBasis.WITHOUT_PART);
        assertThat(eponym.detail()).isEqualTo("им. А. А. Харкевича");
        assertThat(on(description("Het 33-й ЦНИИИ Минобороны (Вольск) is genoemd."),
                "33rd Scientific Research and Testing Institute").match()).isNotEqualTo(PartnerHit.Match.NEAR);
    }

    @Test
    void aRussianLegalFormBeforeAnInstitutesNameLeavesTheHitStanding() {
        assertThat(on(partner("ФГБУ «48 ЦНИИ» Минобороны России"), "48th Central Scientific Research Institute").match())
                .isEqualTo(PartnerHit.Match.ALIAS);
        assertThat(on(partner("27 НЦ МО РФ"), "27th Scientific Center of the Russian Ministry of Defense").match())
                .isEqualTo(PartnerHit.Match.ALIAS);
    }

    @Test
    void aChineseShortFormBeforeTheNameOfAPartIsOnlyNear() {
        PartnerHit hit = on(partner("北航杭州创新研究院"), "Beihang University");
        assertThat(hit.match()).isEqualTo(PartnerHit.Match.NEAR);
        assertThat(hit.basis()).isEqualTo(MatchBasis.SHORT_FORM_ATTACHED);
        assertThat(hit.detail()).isEqualTo("杭州创新研究院");
        assertThat(on(partner("中物院九所"), "Chinese Academy of Engineering Physics").match()).isEqualTo(PartnerHit.Match.NEAR);
        // Followed by characters that name no part, the short form is in another name.
        assertThat(none(partner("北航集团有限公司股份"), "Beihang University")).isTrue();
    }

    @Test
    void aFormerNameAnotherOrganisationHadIsAFindingOnlyWithAWordOfTheEntrysOwn() {
        PartnerHit alone = on(partner("East China Institute of Technology"), "Nanjing University of Science and Technology");
        assertThat(alone.match()).isEqualTo(PartnerHit.Match.NEAR);
        assertThat(alone.basis()).isEqualTo(MatchBasis.SHARED_NAME);
        PartnerHit confirmed = on(description("The group worked with the East China Institute of Technology in Nanjing."),
                "Nanjing University of Science and Technology");
        assertThat(confirmed.match()).isEqualTo(PartnerHit.Match.ALIAS);
        assertThat(confirmed.basis()).isEqualTo(MatchBasis.SHARED_NAME_CONFIRMED);
        assertThat(confirmed.detail()).isEqualTo("nanjing");
    }

    @Test
    void formerNamesWithASourceAreAliases() {
        assertThat(on(partner("Chengdu University of Science and Technology"), "Sichuan University").match())
                .isEqualTo(PartnerHit.Match.ALIAS);
        assertThat(on(description("A visitor from the Air Force Radar Academy in Wuhan."), "Airforce Early Warning Academy")
                .match()).isEqualTo(PartnerHit.Match.ALIAS);
        // Another Chengdu university is not Sichuan University's predecessor.
        assertThat(none(partner("Chengdu University of Technology"), "Sichuan University")).isTrue();
    }

    @Test
    void persianNamesAreFoundInArabicLettersAndWithASpaceForTheNonJoiner() {
        assertThat(on(partner("بیمارستان بقیه الله الاعظم"), "Baghyatollah Medical Sciences University").match())
                .isEqualTo(PartnerHit.Match.ALIAS);
        assertThat(on(partner("بيمارستان بقيه الله"), "Baghyatollah Medical Sciences University").match())
                .isEqualTo(PartnerHit.Match.ALIAS);
    }

    @Test
    void aCyrillicAcronymIsReadInLatinLettersOnlyInCapitals() {
        PartnerHit hit = on(partner("АНО ПО КСИ"),
                "Autonomous Noncommercial Organization Professional Association of Designers of Data Processing Systems");
        assertThat(hit.match()).isEqualTo(PartnerHit.Match.ALIAS);
        assertThat(hit.basis()).isEqualTo(MatchBasis.TRANSLATED);
        assertThat(partner("ано по кси")).isEmpty();
    }
}

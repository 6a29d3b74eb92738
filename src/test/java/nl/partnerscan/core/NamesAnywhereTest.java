package nl.partnerscan.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.partnerscan.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A listed organisation is found wherever the partnership names it (partner field, topic, description),
 * in any script a user meets and through disguises, and a look-alike is never taken for it.
 */
class NamesAnywhereTest {
    private final Screener screener = TestData.screener();

    private List<PartnerHit> described(String description) {
        return screener.screen(new ScreeningRequest(List.of("samenwerking"), description, "", Map.of())).partnerHits();
    }

    private List<PartnerHit> partner(String partner) {
        return screener.screen(new ScreeningRequest(List.of(), "", partner, Map.of())).partnerHits();
    }

    @Test
    void aListedOrganisationInTheDescriptionIsFoundAndSaysWhere() {
        ScreeningResult result = screener.screen(new ScreeningRequest(List.of("samenwerking"),
                "Het lab ontvangt een gastonderzoeker van de Army Engineering University in Nanjing", "", Map.of()));
        assertThat(result.partnerHits()).singleElement().satisfies(hit -> {
            assertThat(hit.entry().name()).isEqualTo("Army Engineering University");
            assertThat(hit.field()).isEqualTo(PartnerHit.Field.DESCRIPTION);
            assertThat(hit.match()).isEqualTo(PartnerHit.Match.EXACT);
        });
        assertThat(result.verdict()).isNotEqualTo(Verdict.LOW);
        assertThat(result.reasons()).anyMatch(r -> r.text().en().startsWith("The description names Army Engineering"));
    }

    @Test
    void aListedOrganisationInATopicIsFound() {
        ScreeningResult result = screener.screen(ScreeningRequest.ofTopics("uitwisseling met Beihang University"));
        assertThat(result.partnerHits()).extracting(PartnerHit::field).containsOnly(PartnerHit.Field.TOPIC);
    }

    @ParameterizedTest
    @ValueSource(strings = {"四川\u200B大学", "四川大學", "Sichu\u0430n University", "四 川 大 学"})
    void chineseTraditionalAndDisguisedNamesAreFound(String name) {
        assertThat(partner(name)).anySatisfy(hit -> {
            assertThat(hit.entry().name()).isEqualTo("Sichuan University");
            assertThat(hit.match()).isNotEqualTo(PartnerHit.Match.NEAR);
        });
    }

    @Test
    void disguisesInTheDescriptionAreUndoneAsInThePartnerField() {
        assertThat(described("Samenwerking met het Harbin Institute of Techn\u043Elogy in het voorjaar"))
                .extracting(h -> h.entry().name()).contains("Harbin Institute of Technology");
        assertThat(described("Samenwerking met 哈尔滨\u200B工业大学")).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hunan University of Technology", "Tianjin University of Finance and Economics",
        "Sichuan University of Arts and Science", "Shenyang Institute of Computing Technology, Chinese Academy of Sciences",
        "Institute of Applied Physics, University of Bern", "Holon Institute of Technology (HIT)", "西安电子科技大学",
        "华南理工大学", "Institut Pasteur de Lille", "Beijing Institute of Technology & Engineering"})
    void aLookAlikeIsNeverAnExactOrAliasHit(String name) {
        assertThat(partner(name)).allMatch(hit -> hit.match() == PartnerHit.Match.NEAR);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Harbin Engineering University, Yantai", "Faculty of Physics, Tianjin University",
        "West China Hospital of Sichuan University", "PLA Strategic Support Force Information Engineering University",
        "北京航空航天大学宇航学院", "中国人民解放军空军工程大学", "National Defense University of the PLA, Beijing",
        "Shenyang Institute of Automation of the Chinese Academy of Sciences"})
    void aPartOfAListedOrganisationIsAHit(String name) {
        assertThat(partner(name)).anyMatch(hit -> hit.match() != PartnerHit.Match.NEAR);
    }

    @Test
    void anAbbreviationInsideAnotherNameIsOnlyNearAndExplainsWhy() {
        assertThat(partner("BIT Capital GmbH")).allSatisfy(hit -> {
            assertThat(hit.match()).isEqualTo(PartnerHit.Match.NEAR);
            assertThat(hit.basis().id()).isEqualTo("abbreviation_amid_name");
            assertThat(hit.detail()).isEqualTo("BIT Capital");
        });
        assertThat(described("De ICT-afdeling van de hogeschool beheert de rekenserver.")).isEmpty();
    }

    @Test
    void aShortAbbreviationNeedsAConfirmingWord() {
        assertThat(partner("HIT")).isNotEmpty().allMatch(hit -> hit.match() == PartnerHit.Match.NEAR);
        assertThat(partner("HIT, Harbin")).isNotEmpty().allSatisfy(hit -> {
            assertThat(hit.match()).isEqualTo(PartnerHit.Match.ALIAS);
            assertThat(hit.basis().id()).isEqualTo("abbreviation_confirmed");
            assertThat(hit.detail()).isEqualTo("harbin");
        });
        assertThat(partner("NUDT")).isNotEmpty().allMatch(hit -> hit.match() == PartnerHit.Match.ALIAS);
    }

    @Test
    void pinyinAloneIsNeverMoreThanNear() {
        assertThat(partner("Sichuan Daxue")).isNotEmpty().allSatisfy(hit -> {
            assertThat(hit.match()).isEqualTo(PartnerHit.Match.NEAR);
            assertThat(hit.basis().id()).isEqualTo("pinyin");
        });
    }

    @Test
    void aNameOfGeneralWordsWithAPlaceInAnotherCountryIsOnlyANamesakeToCheck() {
        assertThat(partner("National Defense University, Fort McNair, Washington DC")).singleElement().satisfies(hit -> {
            assertThat(hit.match()).isEqualTo(PartnerHit.Match.NEAR);
            assertThat(hit.basis().id()).isEqualTo("namesake");
            assertThat(hit.detail()).isEqualTo("washington");
        });
        assertThat(partner("National Defense University, Beijing"))
                .anyMatch(hit -> hit.match() == PartnerHit.Match.EXACT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"33 ЦНИИИ Минобороны России", "Engineering University of the Chinese People's Armed Police Force",
        "Beijing Univ. of Posts & Telecommun.", "Baqiyatallah Univ. Med. Sci.", "Air Force Engineering University"})
    void abbreviationsOfSeveralWordsAndJournalAbbreviationsAreReadAsTheirWords(String name) {
        assertThat(partner(name)).anyMatch(hit -> hit.match() != PartnerHit.Match.NEAR);
    }

    @Test
    void anAbbreviationWithAPossessiveIsFound() {
        assertThat(described("Our partner is HIT's Shenzhen campus, which hosts the drone lab.")).anySatisfy(hit -> {
            assertThat(hit.entry().name()).isEqualTo("Harbin Institute of Technology");
            assertThat(hit.match()).isEqualTo(PartnerHit.Match.ALIAS);
        });
    }
}

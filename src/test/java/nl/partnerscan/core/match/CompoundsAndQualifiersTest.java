package nl.partnerscan.core.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Elliptic compounds and generic heads that need a technical qualifier, on a small index. */
class CompoundsAndQualifiersTest {
    private static final TermIndex<String> INDEX = TermIndex.<String>builder()
            .add(term("spraakherkenning"), "speech")
            .add(term("stemherkenning"), "speech")
            .add(term("windpark"), "wind")
            .add(term("zonnepark"), "solar")
            .add(term("luchtvaart"), "aviation")
            .add(term("ruimtevaart"), "space")
            .addQualified(List.of("motor", "engine"), List.of("straal", "raket", "jet", "rocket"), "engines")
            .addQualified(List.of("materiaal", "material"), List.of("keramisch", "hittebestendig", "ceramic"),
                    "materials")
            .addQualified(List.of("sensor"), List.of("gyroscoop", "traagheids", "inertial"), "navigation")
            .addQualified(List.of("legering"), List.of("lithium", "titaan"), "alloys")
            .addQualified(List.of("fabriek", "line"), List.of("zetmeel", "gluten", "dairy"), "food")
            .qualifierLinks(List.of("voor", "for", "van", "of"))
            .build();

    private static Term term(String text) {
        return new Term(text, Term.Origin.ADDED, false);
    }

    private static List<String> entries(String text) {
        return INDEX.find(text).stream().map(Hit::entry).distinct().toList();
    }

    @Test
    void eachWordOfAnEllipticCompoundIsReadWithTheSharedTail() {
        assertThat(entries("zonne- en windparken in de provincie")).containsExactlyInAnyOrder("solar", "wind");
        assertThat(entries("Stem- en spraakherkenning")).contains("speech");
        assertThat(entries("lucht- en ruimtevaartonderdelen")).containsExactlyInAnyOrder("aviation", "space");
        Hit<String> solar = INDEX.find("zonne- en windparken").stream().filter(h -> h.entry().equals("solar"))
                .findFirst().orElseThrow();
        assertThat(solar.matchedText()).as("the match shows the ellipsis as written").isEqualTo("zonne- en windparken");
    }

    @Test
    void aWordBeforeAHyphenWithoutAConjunctionIsNoEllipsis() {
        assertThat(entries("zonne- windparken")).containsExactly("wind");
        assertThat(entries("zonne-energie en windparken")).containsExactly("wind");
    }

    @Test
    void aGenericHeadAloneIsNoMatch() {
        assertThat(entries("motoren reviseren in de garage")).isEmpty();
        assertThat(entries("parkeersensoren op het plein")).isEmpty();
        assertThat(entries("bouwmaterialen voor de nieuwe school")).isEmpty();
    }

    @Test
    void aGenericHeadWithItsQualifierMatchesAndSaysWhy() {
        assertThat(entries("onderhoud van straalmotoren")).containsExactly("engines");
        assertThat(entries("jet engines for regional aircraft")).containsExactly("engines");
        assertThat(entries("gyroscoopsensoren voor navigatie")).containsExactly("navigation");
        assertThat(entries("traagheidssensoren")).containsExactly("navigation");
        assertThat(entries("keramische hittebestendige materialen")).containsExactly("materials");
        Hit<String> hit = INDEX.find("straalmotoren").get(0);
        assertThat(hit.term().text()).isEqualTo("straal + motor");
        assertThat(hit.term().origin()).isEqualTo(Term.Origin.ADDED);
    }

    @Test
    void aQualifierMayFollowItsHeadAfterForOrOf() {
        assertThat(entries("een fabriek voor zetmeel en gluten")).containsExactly("food");
        assertThat(entries("a processing line for dairy products")).containsExactly("food");
        assertThat(entries("een fabriek van zetmeel")).containsExactly("food");
        assertThat(entries("een fabriek met zetmeel")).as("only voor, for, van or of").isEmpty();
        assertThat(entries("een fabriek voor de verwerking van zetmeel")).as("at most two words on").isEmpty();
        Hit<String> hit = INDEX.find("een fabriek voor gluten").get(0);
        assertThat(hit.matchedText()).isEqualTo("fabriek voor gluten");
        assertThat(hit.term().text()).isEqualTo("gluten + fabriek");
    }

    @Test
    void aLongQualifierAlsoCountsAsTheLastPartOfACompound() {
        assertThat(entries("een tarwezetmeelfabriek")).containsExactly("food");
        assertThat(entries("een fabriek voor tarwezetmeel")).containsExactly("food");
        assertThat(entries("tarwezetmeel- en glutenfabriek")).containsExactly("food");
        assertThat(entries("een zetmeelachtige fabriek")).as("the qualifier must end the word").isEmpty();
        assertThat(entries("een kortzetmeel fabriek")).containsExactly("food");
        assertThat(entries("een xzetmeel fabriek")).as("the rest needs three letters").isEmpty();
    }

    @Test
    void aQualifierBeforeACompoundThatEndsInTheHeadCounts() {
        assertThat(entries("keramische bouwmaterialen")).containsExactly("materials");
        assertThat(entries("inertial parkeersensoren")).containsExactly("navigation");
        assertThat(entries("bouwmaterialen en parkeersensoren")).isEmpty();
        Hit<String> hit = INDEX.find("keramische bouwmaterialen").get(0);
        assertThat(hit.matchedText()).isEqualTo("keramische bouwmaterialen");
        assertThat(hit.term().text()).isEqualTo("keramisch + materiaal");
    }

    @Test
    void aQualifierFarFromItsHeadDoesNotCount() {
        assertThat(entries("een jet voor de directie en drie nieuwe motoren")).isEmpty();
    }

    @Test
    void aHeadInTheLastPartOfAHyphenatedWordMatchesWithItsQualifier() {
        assertThat(entries("ultralichte magnesium-lithiumlegeringen")).containsExactly("alloys");
        assertThat(entries("een titaan-legering")).containsExactly("alloys");
        assertThat(entries("magnesium-gietlegeringen")).isEmpty();
        Hit<String> hit = INDEX.find("magnesium-lithiumlegeringen").get(0);
        assertThat(hit.matchedText()).as("the match shows the whole word").isEqualTo("magnesium-lithiumlegeringen");
        assertThat(hit.term().text()).isEqualTo("lithium + legering");
    }
}

package nl.partnerscan.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.partnerscan.TestData;
import nl.partnerscan.core.Check;
import nl.partnerscan.core.Contact;
import nl.partnerscan.core.Flag;
import nl.partnerscan.core.Organisation;
import nl.partnerscan.core.Question;
import nl.partnerscan.core.ReferenceData;
import nl.partnerscan.core.Routing;
import nl.partnerscan.core.ScoringRules;
import nl.partnerscan.core.Sector;
import nl.partnerscan.core.Technology;
import nl.partnerscan.core.match.Term;
import nl.partnerscan.core.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The shipped data says what its sources say. The brochure's table is parsed from the brochure's own
 * text (src/test/resources/sources/nctv-2023.txt) and compared row by row; every quote is looked up in
 * the document it cites.
 */
class DataFidelityTest {
    private static final Pattern ROW = Pattern.compile("^\\t<b>(.+?)</b>\\t(.*)$", Pattern.MULTILINE);
    private static final Pattern ITEM = Pattern.compile("<li>• (.*?)</li>");
    private static final Pattern INTRO = Pattern.compile("<p>(.*?)</p>");

    private final ReferenceData data = TestData.shipped();
    private final String brochure = TestData.sourceText("nctv-2023");

    /** A row of the brochure's table as printed. */
    private record Row(String name, String intro, List<String> technologies, Flag topsector, Flag keyTechnology) {
    }

    private List<Row> brochureTable() {
        List<Row> rows = new ArrayList<>();
        Matcher row = ROW.matcher(brochure);
        while (row.find()) {
            String[] cells = row.group(2).split("\t", -1);
            List<String> technologies = new ArrayList<>();
            Matcher item = ITEM.matcher(cells[0]);
            while (item.find()) {
                technologies.add(item.group(1));
            }
            Matcher intro = INTRO.matcher(cells[0]);
            rows.add(new Row(unescape(row.group(1)), intro.find() ? intro.group(1) : null, technologies,
                    flag(cells.length > 1 ? cells[1] : ""), flag(cells.length > 2 ? cells[2] : "")));
        }
        return rows;
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&");
    }

    private static Flag flag(String cell) {
        return switch (cell.strip()) {
            case "Ja" -> Flag.YES;
            case "Nee" -> Flag.NO;
            case "" -> Flag.NOT_STATED;
            default -> throw new AssertionError("unexpected cell '" + cell + "'");
        };
    }

    /** The brochure's text without Markdown emphasis, and with runs of white space as one space. */
    private static String plain(String text) {
        return text.replace("*", "").replaceAll("\\s+", " ");
    }

    @Test
    void theTableHasTwelveSectorsInTheBrochuresOrderWithTheAgreedIds() {
        assertThat(brochureTable()).hasSize(12);
        assertThat(data.sectors()).extracting(Sector::id).containsExactly("agrifood", "energy", "semiconductors", "ai",
                "quantum", "life-sciences", "logistics", "aerospace", "new-it", "maritime", "materials", "robotics");
    }

    @Test
    void everySectorHasTheBrochuresNameFlagsAndSubTechnologiesVerbatim() {
        List<Row> table = brochureTable();
        for (int i = 0; i < table.size(); i++) {
            Row row = table.get(i);
            Sector sector = data.sectors().get(i);
            assertThat(sector.name().nl()).as("name of sector %s", sector.id()).isEqualTo(row.name());
            assertThat(sector.topsector()).as("Top-sector of %s", sector.id()).isEqualTo(row.topsector());
            assertThat(sector.keyTechnology()).as("Sleutel-technologie of %s", sector.id()).isEqualTo(row.keyTechnology());
            assertThat(sector.technologies()).extracting(t -> t.name().nl()).as("sub-technologies of %s", sector.id())
                    .containsExactlyElementsOf(row.technologies());
            assertThat(sector.description().map(d -> d.nl()).orElse(null)).isEqualTo(row.intro());
            assertThat(sector.source()).isEqualTo("nctv-2023");
            sector.technologies().forEach(t -> assertThat(t.source()).isEqualTo("nctv-2023"));
        }
    }

    @Test
    void quantumLeavesBothFlagsUnstatedRatherThanNo() {
        Sector quantum = data.sector("quantum").orElseThrow();
        assertThat(quantum.topsector()).isEqualTo(Flag.NOT_STATED);
        assertThat(quantum.keyTechnology()).isEqualTo(Flag.NOT_STATED);
    }

    @Test
    void everyEntryHasAnEnglishNameAndTerms() {
        for (Sector sector : data.sectors()) {
            assertThat(sector.name().en()).isNotBlank();
            for (Technology technology : sector.technologies()) {
                assertThat(technology.name().en()).as(technology.id()).isNotBlank();
                assertThat(technology.terms()).as("terms of %s", technology.id()).isNotEmpty();
            }
        }
    }

    @Test
    void everyQuotedTermStandsInTheBrochure() {
        String text = plain(brochure).toLowerCase(Locale.ROOT);
        for (Sector sector : data.sectors()) {
            List<Term> terms = new ArrayList<>(sector.terms());
            sector.technologies().forEach(t -> terms.addAll(t.terms()));
            terms.stream().filter(t -> t.origin() == Term.Origin.QUOTED).forEach(t ->
                    assertThat(text).as("quoted term '%s' of %s", t.text(), sector.id())
                            .contains(plain(t.text()).toLowerCase(Locale.ROOT)));
        }
    }

    @Test
    void theCaveatsQuoteTheBrochure() {
        assertThat(data.caveats()).extracting(c -> c.id()).containsExactly("not-exhaustive", "basis", "snapshot");
        data.caveats().forEach(c -> assertThat(plain(brochure)).contains(c.text().nl()));
    }

    @Test
    void theSixQuestionsAndTheirExplanationsAreVerbatim() {
        assertThat(data.questions()).extracting(q -> q.question().nl()).containsExactly(
                "Wat is uw behoefte, en hoeveel mag dit kosten?",
                "Weet u waarom u interessant bent?",
                "Weet u met wie u contact heeft?",
                "Komt uw Chinese counterpart echt voor u?",
                "Bent u goed beschermd tegen spionage?",
                "Naar welke kennis is China specifiek op zoek?");
        for (Question question : data.questions()) {
            assertThat(plain(brochure)).as("explanation of %s", question.id()).contains(question.explanation().nl());
            assertThat(question.checks()).as("checks of %s", question.id()).isNotEmpty();
        }
    }

    @Test
    void verbatimChecksQuoteTheBrochureAndAdaptedOnesNameTheSentenceTheyRephrase() {
        for (Question question : data.questions()) {
            for (Check check : question.checks()) {
                if (check.wording() == Check.Wording.VERBATIM) {
                    assertThat(plain(brochure)).as("verbatim check %s", check.id()).contains(check.text().nl());
                    assertThat(check.source()).isEqualTo("nctv-2023");
                } else {
                    assertThat(plain(brochure)).as("based_on of %s", check.id()).contains(check.basedOn().orElseThrow());
                    assertThat(check.source()).isEqualTo("partnerscan");
                }
                assertThat(check.riskIf()).as("risk_if of %s", check.id()).isNotEmpty();
            }
        }
    }

    @Test
    void theIcpComesFirstAndEveryAddressStandsInItsSource() {
        Contact first = data.primaryContact();
        assertThat(first.id()).isEqualTo("icp");
        assertThat(first.email()).contains("informatie-en-contactpunt@rvo.nl");
        assertThat(data.contacts()).extracting(Contact::id).contains("loket-kennisveiligheid",
                "ondernemersloket-economische-veiligheid", "ncsc", "digital-trust-center", "mvo-steunpunt",
                "nctv-full-brochure");
        for (Contact contact : data.contacts()) {
            String source = TestData.sourceText(contact.source());
            contact.email().ifPresent(e -> assertThat(source).as("e-mail of %s", contact.id()).contains(e));
            contact.website().ifPresent(w -> assertThat(source).as("website of %s", contact.id()).contains(w));
            contact.instruction().ifPresent(i -> assertThat(plain(source)).contains(i.nl()));
        }
    }

    @Test
    void everyRouteQuotesTheSentenceOfItsSourceThatNamesItsDesks() {
        assertThat(data.routing().organisations()).extracting(Organisation::id).containsExactly("gemeente", "provincie",
                "ontwikkelingsmaatschappij", "kennisinstelling", "bedrijf");
        for (Organisation organisation : data.routing().organisations()) {
            assertThat(plain(TestData.sourceText(organisation.source()))).as("based_on of %s", organisation.id())
                    .contains(organisation.basedOn());
        }
        for (Routing.FindingRoute route : data.routing().findings()) {
            assertThat(plain(TestData.sourceText(route.source()))).as("based_on of %s", route.id())
                    .contains(route.basedOn());
        }
    }

    @Test
    void exportControlHasNoAddressBecauseItsSourceGivesNone() {
        Contact exportControl = data.contacts().stream().filter(c -> c.id().equals("export-control")).findFirst()
                .orElseThrow();
        assertThat(exportControl.source()).isEqualTo("bz-2022-35207-60");
        assertThat(exportControl.email()).isEmpty();
        assertThat(exportControl.website()).isEmpty();
        assertThat(plain(TestData.sourceText(exportControl.source())))
                .contains("exportcontrole van dual-use en militaire goederen");
    }

    @Test
    void verdictAdviceCitedToTheBrochureIsItsText() {
        for (Verdict verdict : Verdict.values()) {
            ScoringRules.VerdictText text = data.scoring().verdicts().get(verdict);
            if (text.source().equals("nctv-2023")) {
                assertThat(plain(brochure)).as("advice for %s", verdict).contains(text.advice().nl());
            }
        }
        assertThat(data.scoring().verdicts().get(Verdict.LOW).source()).isEqualTo("nctv-2023");
    }
}

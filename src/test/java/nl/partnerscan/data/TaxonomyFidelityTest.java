package nl.partnerscan.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.partnerscan.TestData;
import nl.partnerscan.core.Taxonomy;
import org.junit.jupiter.api.Test;

/** The EU taxonomies name their areas and items as the transcribed EU texts do, in order, with their sources. */
class TaxonomyFidelityTest {
    private final String reference = TestData.sourceText("eu-critical-technology-areas-2023");

    private Taxonomy taxonomy(String id) {
        return TestData.shipped().taxonomies().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    private List<String> numbered(String section) {
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("^(\\d+)\\. (.+)$", Pattern.MULTILINE).matcher(section);
        while (m.find()) {
            names.add(m.group(2).strip());
        }
        return names;
    }

    @Test
    void theTenEuAreasAndTheirItemsAreVerbatimAndOnlyAreasOneToFourArePriority() {
        String section = reference.substring(0, reference.indexOf("# EU dual-use"));
        Taxonomy eu = taxonomy("eu-critical");
        assertThat(eu.source()).isEqualTo("eu-2023-2113");
        assertThat(eu.areas()).extracting(a -> a.name().en()).containsExactlyElementsOf(numbered(section));
        for (Taxonomy.Area area : eu.areas()) {
            assertThat(area.priority()).as("priority of area %d", area.number().getAsInt()).isEqualTo(area.number().getAsInt() <= 4);
            for (Taxonomy.Item item : area.items()) {
                assertThat(section).as("item of area %d", area.number().getAsInt()).contains("   - " + item.name().en() + "\n");
                assertThat(item.verified()).as("items of areas 6-10 are not yet checked").isEqualTo(area.number().getAsInt() <= 5);
            }
        }
    }

    @Test
    void theTenDualUseCategoriesAreVerbatim() {
        String section = reference.substring(reference.indexOf("# EU dual-use"));
        Taxonomy dualUse = taxonomy("dual-use");
        assertThat(dualUse.source()).isEqualTo("eu-2021-821");
        assertThat(dualUse.areas()).extracting(a -> a.name().en()).containsExactlyElementsOf(numbered(section));
        assertThat(dualUse.areas()).extracting(a -> a.number().getAsInt()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    }
}

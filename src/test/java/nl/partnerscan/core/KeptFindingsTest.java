package nl.partnerscan.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Kept findings save the work for a text seen before, and keep memory bounded: a batch of long or ever
 * new cells does not make them grow.
 */
class KeptFindingsTest {
    private final List<String> looked = new ArrayList<>();
    private final KeptFindings<String> kept = new KeptFindings<>(text -> {
        looked.add(text);
        return "found in " + text;
    });

    @Test
    void aShortTextIsLookedAtOnce() {
        assertThat(kept.get("Stedenband")).isEqualTo("found in Stedenband");
        assertThat(kept.get("Stedenband")).isEqualTo("found in Stedenband");
        assertThat(looked).containsExactly("Stedenband");
    }

    @Test
    void aTextLongerThanAnyTopicIsLookedAtEachTime() {
        String description = "quantum ".repeat(KeptFindings.LENGTH);
        kept.get(description);
        kept.get(description);
        assertThat(looked).hasSize(2);
    }

    @Test
    void onceTheBoundIsReachedNewTextsAreNotKept() {
        for (int i = 0; i < KeptFindings.TEXTS; i++) {
            kept.get("topic " + i);
        }
        kept.get("one more");
        kept.get("one more");
        kept.get("topic 0");
        assertThat(looked).hasSize(KeptFindings.TEXTS + 2).endsWith("one more", "one more");
    }
}

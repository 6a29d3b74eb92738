package nl.partnerscan.core;

import java.util.List;

/**
 * A setting of play, children's education, art or leisure: in a text that holds one of its {@code words}
 * ({@code escape room}, {@code jeugdtheater}, {@code Lego}), the bare terms it {@code blocks}
 * ({@code robot}, {@code quantum}) name a toy, a play or a venue, not a technology, and do not match. A
 * longer term (industrial robot, quantum computer) still does. A setting of another technology works the
 * same way: in a text about qubits, bare {@code superconducting} names a part of the quantum device, not a
 * second field.
 */
public record MatchSetting(List<String> words, List<String> blocks) {
    public MatchSetting {
        words = List.copyOf(words);
        blocks = List.copyOf(blocks);
        if (words.isEmpty() || blocks.isEmpty()) {
            throw new IllegalArgumentException("a setting needs words and the terms it blocks");
        }
    }
}

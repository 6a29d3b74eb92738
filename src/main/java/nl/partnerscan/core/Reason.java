package nl.partnerscan.core;

import java.util.Objects;

/**
 * One line of the score's explanation: the points it adds (0 for a note, negative for the cap at 100)
 * and why.
 *
 * @param code what kind of reason this is ({@code table_match}, {@code risky_answer}, …), stable for scripts
 */
public record Reason(String code, int points, Localized text) {
    public Reason {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(text, "text");
    }
}

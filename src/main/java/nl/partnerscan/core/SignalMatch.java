package nl.partnerscan.core;

import nl.partnerscan.core.match.Term;

/** Words of the topic or description that raised a {@link Signal}. */
public record SignalMatch(String matchedText, Term term, Signal signal) {
}

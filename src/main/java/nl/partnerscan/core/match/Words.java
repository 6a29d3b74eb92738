package nl.partnerscan.core.match;

import java.util.List;

/**
 * A text split into words once, for every index that reads it: the topic index, the taxonomies and the
 * signals all read the same words, so a text is tokenized once, not once per index (batch screens millions).
 */
public final class Words {
    private final CharSequence text;
    private final List<Token> tokens;
    private List<Token> hyphenParts;
    private List<Ellipsis.Expansion> ellipses;

    private Words(CharSequence text) {
        this.text = text;
        this.tokens = Tokenizer.tokenize(text);
    }

    /** The words of {@code text}. */
    public static Words of(CharSequence text) {
        return new Words(text);
    }

    CharSequence text() {
        return text;
    }

    List<Token> tokens() {
        return tokens;
    }

    /** The words with each hyphenated word also as its parts, for phrases; computed once. */
    List<Token> hyphenParts() {
        if (hyphenParts == null) {
            hyphenParts = Phrases.splitAtHyphens(tokens);
        }
        return hyphenParts;
    }

    /** The elliptic compounds' readings; computed once. */
    List<Ellipsis.Expansion> ellipses() {
        if (ellipses == null) {
            ellipses = Ellipsis.expansions(text, tokens);
        }
        return ellipses;
    }
}

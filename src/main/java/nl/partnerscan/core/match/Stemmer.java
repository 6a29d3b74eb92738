package nl.partnerscan.core.match;

/**
 * A deliberately light stemmer for Dutch and English plurals and common inflections. It is applied to
 * both the terms and the text, so it only needs to map the forms of one word to the same stem, not to
 * produce a real word: {@code satellieten} and {@code satelliet}, {@code technologieën} and
 * {@code technologie}, {@code batteries} and {@code battery}, {@code chips} and {@code chip}. Words of four
 * letters or fewer are left alone, which protects abbreviations.
 */
final class Stemmer {
    private static final int SHORTEST_STEMMED_WORD = 5;
    private static final int SHORTEST_STEM = 4;

    private Stemmer() {
    }

    static String stem(String word) {
        int n = word.length();
        if (n < SHORTEST_STEMMED_WORD) {
            return word;
        }
        if (word.endsWith("ies") && n - 3 >= SHORTEST_STEM - 1) {
            return word.substring(0, n - 3) + "y";
        }
        if (word.endsWith("sses") || word.endsWith("ches") || word.endsWith("shes") || word.endsWith("xes")) {
            return word.substring(0, n - 2);
        }
        if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
            word = word.substring(0, n - 1);
            n--;
        }
        // After an -s plural, so that a Dutch word in -en and its -s plural share a stem
        // (vrachtwagen, vrachtwagens).
        if (word.endsWith("en") && n - 2 >= SHORTEST_STEM) {
            return word.substring(0, n - 2);
        }
        return word;
    }
}

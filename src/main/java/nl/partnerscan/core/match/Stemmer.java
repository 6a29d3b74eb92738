package nl.partnerscan.core.match;

/**
 * A deliberately light stemmer for Dutch and English plurals and common inflections. It is applied to
 * both the terms and the text, so it only needs to map the forms of one word to the same stem, not to
 * produce a real word: {@code satellieten} and {@code satelliet}; {@code technology},
 * {@code technologies}, {@code technologie} and {@code technologieën} (all {@code technologie}); Dutch
 * {@code kalibraties} and {@code kalibratie}; {@code chips} and {@code chip}. Words of three letters or
 * fewer are left alone, and the plural endings need a stem of four letters, which protects abbreviations.
 */
final class Stemmer {
    private static final int SHORTEST_STEMMED_WORD = 4;
    private static final int SHORTEST_STEM = 4;

    private Stemmer() {
    }

    static String stem(String word) {
        int n = word.length();
        if (n < SHORTEST_STEMMED_WORD) {
            return word;
        }
        // English -y and -ies and Dutch -ie and -ies all end in -ie: technology, technologies, technologie,
        // kalibraties. (Dutch -ieën is folded to -ieen and loses -en below.)
        if (word.endsWith("y") && !isVowel(word.charAt(n - 2))) {
            return word.substring(0, n - 1) + "ie";
        }
        if (word.endsWith("ies")) {
            return word.substring(0, n - 1);
        }
        if (word.endsWith("sses") || word.endsWith("ches") || word.endsWith("shes") || word.endsWith("xes")) {
            return word.substring(0, n - 2);
        }
        if (word.endsWith("s") && n - 1 >= SHORTEST_STEM && !word.endsWith("ss") && !word.endsWith("us")
                && !word.endsWith("is")) {
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

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }
}

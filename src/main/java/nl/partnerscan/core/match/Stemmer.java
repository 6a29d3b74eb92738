package nl.partnerscan.core.match;

/**
 * A deliberately light stemmer for Dutch and English plurals and common inflections. It is applied to
 * both the terms and the text, so it only needs to map the forms of one word to the same stem, not to
 * produce a real word: {@code satellieten} and {@code satelliet}; {@code technology},
 * {@code technologies}, {@code technologie} and {@code technologieën} (all {@code technologie}); Dutch
 * {@code kalibraties} and {@code kalibratie}; {@code chips} and {@code chip}; the Dutch adjective
 * {@code elektronische} and {@code elektronisch} (and likewise {@code moleculaire}, {@code industriële},
 * {@code innovatieve}). Words of three letters or
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
        // A Dutch adjective in -isch takes -e before a noun: elektronische oormerken, elektronisch oormerk.
        // So do adjectives in -air, -eel and -ief: moleculaire diagnostiek, cochleaire implantaten; structurele
        // and structureel, industriële (folded industriele) and industrieel, whose long vowel is written single
        // before -e (both end in -el once the doubled vowel is undone below); innovatieve and innovatief, whose
        // f is written v.
        if (word.endsWith("ische") || word.endsWith("aire") || word.endsWith("ele")) {
            return word.substring(0, n - 1);
        }
        if (word.endsWith("ieve")) {
            return word.substring(0, n - 2) + "f";
        }
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
        // (vrachtwagen, vrachtwagens). Not from -een (grafeen, benzeen: the -en is the word's own), except
        // -ieen, which is -ieën folded (technologieën).
        if (word.endsWith("en") && n - 2 >= SHORTEST_STEM && (!word.endsWith("een") || word.endsWith("ieen"))) {
            word = word.substring(0, n - 2);
            // Dutch writes a stem's f and s as v and z before -en (schroef, schroeven; huis, huizen).
            word = unvoice(word);
        }
        return undoubleVowel(word);
    }

    private static String unvoice(String stem) {
        char last = stem.charAt(stem.length() - 1);
        if (last == 'v' || last == 'z') {
            return stem.substring(0, stem.length() - 1) + (last == 'v' ? 'f' : 's');
        }
        return stem;
    }

    /**
     * A doubled vowel before the last consonant loses one: Dutch writes the long vowel double in the
     * singular and single in the plural (systeem, systemen; zaad, zaden; boot, boten), so both become
     * {@code system}, {@code zad}, {@code bot}.
     */
    private static String undoubleVowel(String word) {
        int n = word.length();
        if (n < SHORTEST_STEM + 1) {
            return word;
        }
        char last = word.charAt(n - 1);
        char vowel = word.charAt(n - 2);
        if (!isVowel(last) && last != 'y' && (vowel == 'a' || vowel == 'e' || vowel == 'o' || vowel == 'u')
                && word.charAt(n - 3) == vowel && (n < 4 || word.charAt(n - 4) != vowel)) {
            return word.substring(0, n - 2) + last;
        }
        return word;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }
}

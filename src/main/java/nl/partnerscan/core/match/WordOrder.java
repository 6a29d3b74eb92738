package nl.partnerscan.core.match;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Listed names in another word order, to check ({@code Academy of Armored Force Engineering} for {@code
 * Armored Forces Engineering Academy}, {@code Universiteit van Sichuan} for {@code Sichuan University}): a
 * part of {@link NearNames}. Names are kept under the sum of their words' hashes, a key that does not change
 * when the words are turned round, so that a segment costs one sum and one look-up.
 */
final class WordOrder<E> {
    /**
     * The fewest words of a name found in another word order: two, for "Universiteit van Sichuan" and
     * "University of Sichuan" (Sichuan University); a name of general words alone is never found so.
     */
    private static final int BAG_MIN = 2;

    private final NameStructure structure;
    /** A key with more names than this is never looked at (a list of a hundred thousand names). */
    private final int maxPostings;
    /** Names of at least {@link #BAG_MIN} words by the sum of their words' hashes, whatever their order. */
    private final Map<Long, List<NameTarget<E>>> byBag = new HashMap<>();
    /** The numbers of words of the names under {@link #byBag}: a segment of another number is not looked up. */
    private final TreeSet<Integer> bagLengths = new TreeSet<>();

    WordOrder(NameStructure structure, int maxPostings) {
        this.structure = structure;
        this.maxPostings = maxPostings;
    }

    /** Keeps a name of words under its order-free key. */
    void add(NameTarget<E> target) {
        if (target.words.size() < BAG_MIN) {
            return;
        }
        long bag = 0;
        for (String word : target.words) {
            bag += bagHash(word);
        }
        List<NameTarget<E>> targets = byBag.get(bag);
        if (targets == null || targets.size() <= maxPostings) {
            NameIndex.post(byBag, bag, target);
        }
        bagLengths.add(target.words.size());
    }

    /**
     * A word's share of an order-free key of a name: its hash, spread, of the word without a plural s
     * ("Armored Force Engineering" and "Armored Forces Engineering" are one name).
     */
    private static long bagHash(String word) {
        long h = singular(word).hashCode() * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }

    private static String singular(String word) {
        int n = word.length();
        return n > 4 && word.charAt(n - 1) == 's' && word.charAt(n - 2) != 's' ? word.substring(0, n - 1) : word;
    }

    /**
     * A listed name of two words or more with its words in another order, nothing added or left out, as
     * a whole segment ({@code Academy of Armored Force Engineering, Beijing} for {@code Armored Forces
     * Engineering Academy}): only near, since turning words round can make another organisation's name. A
     * run of words inside a longer segment is not taken ("North China University of Technology" holds the
     * words of the North University of China), nor a name of general words alone ("Applied Physics Institute"
     * turned is every other Institute of Applied Physics), nor words in the order of another of the
     * entry's names (the judge has weighed that name).
     * The segment's words are summed as an order-free key, then compared one by one.
     */
    void find(NameText read, NameIndex.Best<E> best) {
        if (byBag.isEmpty()) {
            return;
        }
        List<NameText.Word> words = read.words;
        List<Integer> content = new ArrayList<>();
        long bag = 0;
        for (int i = 0; i <= words.size(); i++) {
            if (i == words.size() || (!content.isEmpty() && words.get(i).segment() != words.get(content.get(0)).segment())) {
                if (bagLengths.contains(content.size())) {
                    offerTurned(read, content, byBag.get(bag), best);
                }
                content.clear();
                bag = 0;
            }
            if (i < words.size() && words.get(i).nameWord() && !words.get(i).key().isEmpty()) {
                content.add(i);
                bag += bagHash(words.get(i).key());
            }
        }
    }

    /** Whether one of the entry's names has these words in this order: the judge has weighed that name. */
    private static boolean namedAsWritten(NameEntry<?> entry, List<String> inOrder) {
        for (NameTarget<?> target : entry.targets) {
            if (target.words.size() == inOrder.size()) {
                List<String> name = new ArrayList<>(target.words.size());
                target.words.forEach(word -> name.add(singular(word)));
                if (name.equals(inOrder)) {
                    return true;
                }
            }
        }
        return false;
    }

    private void offerTurned(NameText read, List<Integer> run, List<NameTarget<E>> targets, NameIndex.Best<E> best) {
        if (targets == null || targets.size() > maxPostings) {
            return;
        }
        List<String> inOrder = new ArrayList<>(run.size());
        run.forEach(i -> inOrder.add(singular(read.words.get(i).key())));
        List<String> found = new ArrayList<>(inOrder);
        Collections.sort(found);
        for (NameTarget<E> target : targets) {
            if (target.words.size() != run.size() || best.found(target.entry.value) || target.general(structure)
                    || namedAsWritten(target.entry, inOrder)) {
                continue;
            }
            List<String> name = new ArrayList<>(target.words.size());
            target.words.forEach(word -> name.add(singular(word)));
            boolean turned = !name.equals(inOrder);
            Collections.sort(name);
            if (turned && name.equals(found)) {
                best.offer(new NameIndex.NameHit<>(target.entry.value, target.name, target.official(),
                        read.span(run.get(0), run.get(run.size() - 1)), 1.0 - 1.0 / (2 * run.size()),
                        MatchBasis.WORD_ORDER, target.name));
            }
        }
    }

}

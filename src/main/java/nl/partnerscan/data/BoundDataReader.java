package nl.partnerscan.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;
import nl.partnerscan.core.Answer;
import nl.partnerscan.core.Caveat;
import nl.partnerscan.core.Check;
import nl.partnerscan.core.Contact;
import nl.partnerscan.core.DesignationList;
import nl.partnerscan.core.Flag;
import nl.partnerscan.core.ListedOrganisation;
import nl.partnerscan.core.Localized;
import nl.partnerscan.core.MatchSetting;
import nl.partnerscan.core.Organisation;
import nl.partnerscan.core.QualifiedHead;
import nl.partnerscan.core.Question;
import nl.partnerscan.core.ReasonCode;
import nl.partnerscan.core.ReferenceData;
import nl.partnerscan.core.Routing;
import nl.partnerscan.core.ScoringRules;
import nl.partnerscan.core.Sector;
import nl.partnerscan.core.Signal;
import nl.partnerscan.core.Source;
import nl.partnerscan.core.Taxonomy;
import nl.partnerscan.core.Technology;
import nl.partnerscan.core.Verdict;
import nl.partnerscan.core.match.ChineseRules;
import nl.partnerscan.core.match.Disguises;
import nl.partnerscan.core.match.NameRules;
import nl.partnerscan.core.match.NameStructure;
import nl.partnerscan.core.match.OptionalParts;
import nl.partnerscan.core.match.SnapshotIn;
import nl.partnerscan.core.match.Term;
import nl.partnerscan.core.match.Translations;

/**
 * Reads the bound reference data that {@link BoundDataWriter} wrote: one method per record, which reads its
 * components in the order of its canonical constructor and calls it, so that the records make their own
 * checks again. Calling the constructors directly, not through reflection, is what makes this fast on a cold
 * JVM. A record that gains or loses a component fails the round trip that {@code BoundDataTest} makes of the
 * bundled data, at build time, never in a user's run.
 *
 * <p>Bytes that end too soon, hold a number out of range or a record a constructor refuses throw
 * {@link IllegalArgumentException}; the caller then binds the data files instead.
 *
 * <p>A little over 300 lines: one short method for each of the thirty-odd kinds of record, kept in one
 * class so that the whole form reads in one place beside its writer.
 */
final class BoundDataReader {
    private static final Flag[] FLAGS = Flag.values();
    private static final Term.Origin[] ORIGINS = Term.Origin.values();
    private static final Check.Wording[] WORDINGS = Check.Wording.values();
    private static final Answer[] ANSWERS = Answer.values();
    private static final DesignationList.Kind[] KINDS = DesignationList.Kind.values();
    private static final ReasonCode[] REASONS = ReasonCode.values();
    private static final Verdict[] VERDICTS = Verdict.values();

    private final SnapshotIn in;
    /** The records read so far, numbered as the writer numbered them: once read whole. */
    private final List<Object> read = new ArrayList<>();

    private BoundDataReader(SnapshotIn in) {
        this.in = in;
    }

    /**
     * The reference data in {@code bytes}.
     *
     * @throws IllegalArgumentException if they are not bytes {@link BoundDataWriter} wrote in its current form
     */
    static ReferenceData read(byte[] bytes) {
        SnapshotIn in = SnapshotIn.checked(bytes);
        if (in.readInt() != BoundDataWriter.FORMAT) {
            throw new IllegalArgumentException("stored reference data of another form");
        }
        BoundDataReader reader = new BoundDataReader(in);
        ReferenceData data = reader.referenceData();
        if (!in.atEnd()) {
            throw new IllegalArgumentException("more bytes than the stored reference data");
        }
        return data;
    }

    private ReferenceData referenceData() {
        return shared(ReferenceData.class, () -> new ReferenceData(string(), string(), list(this::source),
                list(this::caveat), list(this::sector), list(this::string), list(this::matchSetting),
                list(this::taxonomy), list(this::question), list(this::contact), list(this::designationList),
                nameRules(), scoring(), disguises(), list(this::qualifiedHead), list(this::string),
                list(this::signal), routing()));
    }

    private Source source() {
        return shared(Source.class, () -> new Source(string(), string(), string(), string(), string()));
    }

    private Caveat caveat() {
        return shared(Caveat.class, () -> new Caveat(string(), localized(), string()));
    }

    private Localized localized() {
        return shared(Localized.class, () -> new Localized(string(), string()));
    }

    private Sector sector() {
        return shared(Sector.class, () -> new Sector(string(), localized(), optional(this::localized),
                constant(FLAGS), constant(FLAGS), list(this::term), list(this::technology), string()));
    }

    private Term term() {
        return shared(Term.class, () -> new Term(string(), constant(ORIGINS), bool()));
    }

    private Technology technology() {
        return shared(Technology.class, () -> new Technology(string(), localized(), list(this::term), string()));
    }

    private MatchSetting matchSetting() {
        return shared(MatchSetting.class, () -> new MatchSetting(list(this::string), list(this::string)));
    }

    private Taxonomy taxonomy() {
        return shared(Taxonomy.class, () -> new Taxonomy(string(), localized(), localized(), string(), localized(),
                list(this::area), optional(this::area)));
    }

    private Taxonomy.Area area() {
        return shared(Taxonomy.Area.class, () -> new Taxonomy.Area(string(), optionalInt(), localized(), bool(),
                bool(), list(this::term), list(this::item)));
    }

    private Taxonomy.Item item() {
        return shared(Taxonomy.Item.class, () -> new Taxonomy.Item(string(), localized(), bool(), list(this::term)));
    }

    private Question question() {
        return shared(Question.class, () -> new Question(string(), localized(), localized(), list(this::check),
                string()));
    }

    private Check check() {
        return shared(Check.class, () -> new Check(string(), localized(), constant(WORDINGS), optional(this::string),
                set(() -> constant(ANSWERS)), integer(), string()));
    }

    private Contact contact() {
        return shared(Contact.class, () -> new Contact(string(), localized(), optional(this::string),
                optional(this::string), optional(this::localized), localized(), set(this::string), string()));
    }

    private DesignationList designationList() {
        return shared(DesignationList.class, () -> new DesignationList(string(), string(), constant(KINDS), string(),
                string(), string(), string(), string(), string(), localized(), list(this::listedOrganisation)));
    }

    private ListedOrganisation listedOrganisation() {
        return shared(ListedOrganisation.class, () -> new ListedOrganisation(string(), string(),
                optional(this::string), list(this::string), list(this::scriptName)));
    }

    private ListedOrganisation.ScriptName scriptName() {
        return shared(ListedOrganisation.ScriptName.class, () -> new ListedOrganisation.ScriptName(string(),
                string(), optional(this::string), optional(this::string)));
    }

    private NameRules nameRules() {
        return shared(NameRules.class, () -> new NameRules(set(this::string), map(this::string, this::string),
                integer(), integer(), decimal(), nameStructure(), chineseRules(), translations(), optionalParts()));
    }

    private NameStructure nameStructure() {
        return shared(NameStructure.class, () -> new NameStructure(set(this::string), set(this::string),
                set(this::string), set(this::string), set(this::string), list(this::string), set(this::string),
                set(this::string), integer(), set(this::string), map(this::string, () -> set(this::string)),
                map(this::string, () -> set(this::string))));
    }

    private ChineseRules chineseRules() {
        return shared(ChineseRules.class, () -> new ChineseRules(map(this::integer, this::integer),
                list(this::string), set(this::integer), integer(), list(this::string), integer()));
    }

    private Translations translations() {
        return shared(Translations.class, () -> new Translations(map(this::string, this::string), integer(),
                map(this::integer, this::string), integer()));
    }

    private OptionalParts optionalParts() {
        return shared(OptionalParts.class, () -> new OptionalParts(list(() -> list(this::string)),
                set(this::string), integer()));
    }

    private ScoringRules scoring() {
        return shared(ScoringRules.class, () -> new ScoringRules(integer(), integer(),
                map(() -> constant(REASONS), this::rule), list(this::partnerIndicator), partnerListRules(),
                map(this::string, this::signalWeight), localized(), map(() -> constant(VERDICTS), this::verdictText),
                localized(), map(() -> constant(VERDICTS), this::integer)));
    }

    private ScoringRules.Rule rule() {
        return shared(ScoringRules.Rule.class, () -> new ScoringRules.Rule(integer(),
                optional(() -> constant(VERDICTS)), localized(), string()));
    }

    private ScoringRules.PartnerIndicator partnerIndicator() {
        return shared(ScoringRules.PartnerIndicator.class, () -> new ScoringRules.PartnerIndicator(string(),
                localized(), rule(), list(this::term)));
    }

    private ScoringRules.PartnerListRules partnerListRules() {
        return shared(ScoringRules.PartnerListRules.class, () -> new ScoringRules.PartnerListRules(
                map(() -> constant(KINDS), this::rule), constant(VERDICTS), constant(VERDICTS),
                map(() -> constant(KINDS), this::localized), map(this::string, this::localized), integer(),
                localized()));
    }

    private ScoringRules.SignalWeight signalWeight() {
        return shared(ScoringRules.SignalWeight.class, () -> new ScoringRules.SignalWeight(integer(),
                optional(() -> constant(VERDICTS)), string()));
    }

    private ScoringRules.VerdictText verdictText() {
        return shared(ScoringRules.VerdictText.class, () -> new ScoringRules.VerdictText(localized(), localized(),
                string()));
    }

    private Disguises disguises() {
        return shared(Disguises.class, () -> new Disguises(map(this::integer, this::integer), set(this::integer)));
    }

    private QualifiedHead qualifiedHead() {
        return shared(QualifiedHead.class, () -> new QualifiedHead(string(), sector(), optional(this::technology),
                list(this::string), list(this::string), string()));
    }

    private Signal signal() {
        return shared(Signal.class, () -> new Signal(string(), localized(), string(), string(), list(this::string),
                list(this::string), list(this::string), localized(), list(this::term), list(this::string), string()));
    }

    private Routing routing() {
        return shared(Routing.class, () -> new Routing(list(this::organisation), list(this::findingRoute)));
    }

    private Organisation organisation() {
        return shared(Organisation.class, () -> new Organisation(string(), localized(), list(this::string),
                string(), string()));
    }

    private Routing.FindingRoute findingRoute() {
        return shared(Routing.FindingRoute.class, () -> new Routing.FindingRoute(string(), localized(),
                optional(this::string), optional(this::string), list(this::string), string(), string()));
    }

    /** A record read whole after a 0, or one read before, by its number, after 1 + that number. */
    private <T> T shared(Class<T> type, Supplier<T> reader) {
        int earlier = in.readIndex(read.size() + 1);
        if (earlier > 0) {
            Object value = read.get(earlier - 1);
            if (!type.isInstance(value)) {
                throw new IllegalArgumentException("stored record " + (earlier - 1) + " is not a " + type.getSimpleName());
            }
            return type.cast(value);
        }
        T value = reader.get();
        read.add(value);
        return value;
    }

    private <T> List<T> list(Supplier<T> element) {
        int size = count();
        List<T> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(element.get());
        }
        return list;
    }

    private <T> Set<T> set(Supplier<T> element) {
        boolean ordered = bool();
        int size = count();
        Set<T> set = ordered ? new LinkedHashSet<>() : new HashSet<>();
        for (int i = 0; i < size; i++) {
            set.add(element.get());
        }
        return set;
    }

    private <K, V> Map<K, V> map(Supplier<K> key, Supplier<V> value) {
        boolean ordered = bool();
        int size = count();
        Map<K, V> map = ordered ? new LinkedHashMap<>() : new HashMap<>();
        for (int i = 0; i < size; i++) {
            map.put(key.get(), value.get());
        }
        return map;
    }

    private <T> Optional<T> optional(Supplier<T> value) {
        return bool() ? Optional.of(value.get()) : Optional.empty();
    }

    private OptionalInt optionalInt() {
        return bool() ? OptionalInt.of(integer()) : OptionalInt.empty();
    }

    private <E extends Enum<E>> E constant(E[] constants) {
        return constants[in.readIndex(constants.length)];
    }

    private int count() {
        return in.readCount();
    }

    private String string() {
        return in.readString();
    }

    private int integer() {
        return in.readInt();
    }

    private boolean bool() {
        return in.readBoolean();
    }

    private double decimal() {
        return Double.longBitsToDouble(in.readLong());
    }
}

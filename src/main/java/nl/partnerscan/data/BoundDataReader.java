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
 * <p>About 400 lines: one short method for each of the thirty-odd kinds of record, and a reader of each
 * kind made once, kept in one class so that the whole form reads in one place beside its writer.
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

    // One reader per kind of element, made once per read. A method reference or lambda is linked the first
    // time it runs, and on a cold JVM a link costs about as much as reading a hundred records: written out
    // at every list, set and map (this::string alone at 44 places), with one more per record to read it
    // whole, the 135 links were about a fifth of reading the stored data.
    private final Supplier<String> strings = this::string;
    private final Supplier<Integer> integers = this::integer;
    private final Supplier<List<String>> stringLists = () -> list(strings);
    private final Supplier<Set<String>> stringSets = () -> set(strings);
    private final Supplier<Localized> localizeds = this::localized;
    private final Supplier<Term> terms = this::term;
    private final Supplier<Source> sources = this::source;
    private final Supplier<Caveat> caveats = this::caveat;
    private final Supplier<Sector> sectors = this::sector;
    private final Supplier<Technology> technologies = this::technology;
    private final Supplier<MatchSetting> matchSettings = this::matchSetting;
    private final Supplier<Taxonomy> taxonomies = this::taxonomy;
    private final Supplier<Taxonomy.Area> areas = this::area;
    private final Supplier<Taxonomy.Item> items = this::item;
    private final Supplier<Question> questions = this::question;
    private final Supplier<Check> checks = this::check;
    private final Supplier<Answer> answers = () -> constant(ANSWERS);
    private final Supplier<Contact> contacts = this::contact;
    private final Supplier<DesignationList> designationLists = this::designationList;
    private final Supplier<DesignationList.Kind> kinds = () -> constant(KINDS);
    private final Supplier<ListedOrganisation> listedOrganisations = this::listedOrganisation;
    private final Supplier<ListedOrganisation.ScriptName> scriptNames = this::scriptName;
    private final Supplier<ReasonCode> reasons = () -> constant(REASONS);
    private final Supplier<Verdict> verdicts = () -> constant(VERDICTS);
    private final Supplier<ScoringRules.Rule> rules = this::rule;
    private final Supplier<ScoringRules.PartnerIndicator> partnerIndicators = this::partnerIndicator;
    private final Supplier<ScoringRules.SignalWeight> signalWeights = this::signalWeight;
    private final Supplier<ScoringRules.VerdictText> verdictTexts = this::verdictText;
    private final Supplier<QualifiedHead> qualifiedHeads = this::qualifiedHead;
    private final Supplier<Signal> signals = this::signal;
    private final Supplier<Organisation> organisations = this::organisation;
    private final Supplier<Routing.FindingRoute> findingRoutes = this::findingRoute;

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
        ReferenceData earlier = earlier(ReferenceData.class);
        return earlier != null ? earlier : remember(new ReferenceData(string(), string(), list(sources),
                list(caveats), list(sectors), list(strings), list(matchSettings),
                list(taxonomies), list(questions), list(contacts), list(designationLists),
                nameRules(), scoring(), disguises(), list(qualifiedHeads), list(strings),
                list(signals), routing()));
    }

    private Source source() {
        Source earlier = earlier(Source.class);
        return earlier != null ? earlier : remember(new Source(string(), string(), string(), string(), string()));
    }

    private Caveat caveat() {
        Caveat earlier = earlier(Caveat.class);
        return earlier != null ? earlier : remember(new Caveat(string(), localized(), string()));
    }

    private Localized localized() {
        Localized earlier = earlier(Localized.class);
        return earlier != null ? earlier : remember(new Localized(string(), string()));
    }

    private Sector sector() {
        Sector earlier = earlier(Sector.class);
        return earlier != null ? earlier : remember(new Sector(string(), localized(), optional(localizeds),
                constant(FLAGS), constant(FLAGS), list(terms), list(technologies), string()));
    }

    private Term term() {
        Term earlier = earlier(Term.class);
        return earlier != null ? earlier : remember(new Term(string(), constant(ORIGINS), bool()));
    }

    private Technology technology() {
        Technology earlier = earlier(Technology.class);
        return earlier != null ? earlier : remember(new Technology(string(), localized(), list(terms), string()));
    }

    private MatchSetting matchSetting() {
        MatchSetting earlier = earlier(MatchSetting.class);
        return earlier != null ? earlier : remember(new MatchSetting(list(strings), list(strings)));
    }

    private Taxonomy taxonomy() {
        Taxonomy earlier = earlier(Taxonomy.class);
        return earlier != null ? earlier : remember(new Taxonomy(string(), localized(), localized(), string(), localized(),
                list(areas), optional(areas)));
    }

    private Taxonomy.Area area() {
        Taxonomy.Area earlier = earlier(Taxonomy.Area.class);
        return earlier != null ? earlier : remember(new Taxonomy.Area(string(), optionalInt(), localized(), bool(),
                bool(), list(terms), list(items)));
    }

    private Taxonomy.Item item() {
        Taxonomy.Item earlier = earlier(Taxonomy.Item.class);
        return earlier != null ? earlier : remember(new Taxonomy.Item(string(), localized(), bool(), list(terms)));
    }

    private Question question() {
        Question earlier = earlier(Question.class);
        return earlier != null ? earlier : remember(new Question(string(), localized(), localized(), list(checks),
                string()));
    }

    private Check check() {
        Check earlier = earlier(Check.class);
        return earlier != null ? earlier : remember(new Check(string(), localized(), constant(WORDINGS), optional(strings),
                set(answers), integer(), string()));
    }

    private Contact contact() {
        Contact earlier = earlier(Contact.class);
        return earlier != null ? earlier : remember(new Contact(string(), localized(), optional(strings),
                optional(strings), optional(localizeds), localized(), set(strings), string()));
    }

    private DesignationList designationList() {
        DesignationList earlier = earlier(DesignationList.class);
        return earlier != null ? earlier : remember(new DesignationList(string(), string(), constant(KINDS), string(),
                string(), string(), string(), string(), string(), localized(), list(listedOrganisations)));
    }

    private ListedOrganisation listedOrganisation() {
        ListedOrganisation earlier = earlier(ListedOrganisation.class);
        return earlier != null ? earlier : remember(new ListedOrganisation(string(), string(),
                optional(strings), list(strings), list(scriptNames)));
    }

    private ListedOrganisation.ScriptName scriptName() {
        ListedOrganisation.ScriptName earlier = earlier(ListedOrganisation.ScriptName.class);
        return earlier != null ? earlier : remember(new ListedOrganisation.ScriptName(string(),
                string(), optional(strings), optional(strings)));
    }

    private NameRules nameRules() {
        NameRules earlier = earlier(NameRules.class);
        return earlier != null ? earlier : remember(new NameRules(set(strings), map(strings, strings),
                integer(), integer(), decimal(), nameStructure(), chineseRules(), translations(), optionalParts()));
    }

    private NameStructure nameStructure() {
        NameStructure earlier = earlier(NameStructure.class);
        return earlier != null ? earlier : remember(new NameStructure(set(strings), set(strings),
                set(strings), set(strings), set(strings), list(strings), set(strings),
                set(strings), integer(), set(strings), map(strings, stringSets),
                map(strings, stringSets)));
    }

    private ChineseRules chineseRules() {
        ChineseRules earlier = earlier(ChineseRules.class);
        return earlier != null ? earlier : remember(new ChineseRules(map(integers, integers),
                list(strings), set(integers), integer(), list(strings), integer()));
    }

    private Translations translations() {
        Translations earlier = earlier(Translations.class);
        return earlier != null ? earlier : remember(new Translations(map(strings, strings), integer(),
                map(integers, strings), integer()));
    }

    private OptionalParts optionalParts() {
        OptionalParts earlier = earlier(OptionalParts.class);
        return earlier != null ? earlier : remember(new OptionalParts(list(stringLists),
                set(strings), integer()));
    }

    private ScoringRules scoring() {
        ScoringRules earlier = earlier(ScoringRules.class);
        return earlier != null ? earlier : remember(new ScoringRules(integer(), integer(),
                map(reasons, rules), list(partnerIndicators), partnerListRules(),
                map(strings, signalWeights), localized(), map(verdicts, verdictTexts),
                localized(), map(verdicts, integers)));
    }

    private ScoringRules.Rule rule() {
        ScoringRules.Rule earlier = earlier(ScoringRules.Rule.class);
        return earlier != null ? earlier : remember(new ScoringRules.Rule(integer(),
                optional(verdicts), localized(), string()));
    }

    private ScoringRules.PartnerIndicator partnerIndicator() {
        ScoringRules.PartnerIndicator earlier = earlier(ScoringRules.PartnerIndicator.class);
        return earlier != null ? earlier : remember(new ScoringRules.PartnerIndicator(string(),
                localized(), rule(), list(terms)));
    }

    private ScoringRules.PartnerListRules partnerListRules() {
        ScoringRules.PartnerListRules earlier = earlier(ScoringRules.PartnerListRules.class);
        return earlier != null ? earlier : remember(new ScoringRules.PartnerListRules(
                map(kinds, rules), constant(VERDICTS), constant(VERDICTS),
                map(kinds, localizeds), map(strings, localizeds), integer(),
                localized()));
    }

    private ScoringRules.SignalWeight signalWeight() {
        ScoringRules.SignalWeight earlier = earlier(ScoringRules.SignalWeight.class);
        return earlier != null ? earlier : remember(new ScoringRules.SignalWeight(integer(),
                optional(verdicts), string()));
    }

    private ScoringRules.VerdictText verdictText() {
        ScoringRules.VerdictText earlier = earlier(ScoringRules.VerdictText.class);
        return earlier != null ? earlier : remember(new ScoringRules.VerdictText(localized(), localized(),
                string()));
    }

    private Disguises disguises() {
        Disguises earlier = earlier(Disguises.class);
        return earlier != null ? earlier : remember(new Disguises(map(integers, integers), set(integers)));
    }

    private QualifiedHead qualifiedHead() {
        QualifiedHead earlier = earlier(QualifiedHead.class);
        return earlier != null ? earlier : remember(new QualifiedHead(string(), sector(), optional(technologies),
                list(strings), list(strings), string()));
    }

    private Signal signal() {
        Signal earlier = earlier(Signal.class);
        return earlier != null ? earlier : remember(new Signal(string(), localized(), string(), string(), list(strings),
                list(strings), list(strings), localized(), list(terms), list(strings), string()));
    }

    private Routing routing() {
        Routing earlier = earlier(Routing.class);
        return earlier != null ? earlier : remember(new Routing(list(organisations), list(findingRoutes)));
    }

    private Organisation organisation() {
        Organisation earlier = earlier(Organisation.class);
        return earlier != null ? earlier : remember(new Organisation(string(), localized(), list(strings),
                string(), string()));
    }

    private Routing.FindingRoute findingRoute() {
        Routing.FindingRoute earlier = earlier(Routing.FindingRoute.class);
        return earlier != null ? earlier : remember(new Routing.FindingRoute(string(), localized(),
                optional(strings), optional(strings), list(strings), string(), string()));
    }

    /**
     * The record read before that the bytes name next (by its number, after 1 + that number); null after a
     * 0, when the record follows whole, to be read and then {@link #remember remembered}.
     */
    private <T> T earlier(Class<T> type) {
        int earlier = in.readIndex(read.size() + 1);
        if (earlier == 0) {
            return null;
        }
        Object value = read.get(earlier - 1);
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException("stored record " + (earlier - 1) + " is not a " + type.getSimpleName());
        }
        return type.cast(value);
    }

    /** A record read whole, numbered after the records inside it, as the writer numbered it. */
    private <T> T remember(T value) {
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

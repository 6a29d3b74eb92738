package nl.partnerscan.data;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.partnerscan.core.DesignationList;
import nl.partnerscan.core.Localized;
import nl.partnerscan.core.ReasonCode;
import nl.partnerscan.core.ScoringRules;
import nl.partnerscan.core.Verdict;
import org.yaml.snakeyaml.nodes.Node;

/**
 * {@code scoring.yaml}: thresholds, the rule of each reason code, the partner indicators and lists, the
 * verdicts' texts. A rule is found at {@code GROUP.KEY} (see {@link #PLACES}); every rule is read the same
 * way, so a new reason code needs a line here and its rule in the file, nothing else in this class.
 */
final class ScoringBinder {
    /** Where each reason code's rule stands in the file: group and key. */
    private static final Map<ReasonCode, String[]> PLACES = new EnumMap<>(Map.ofEntries(
            Map.entry(ReasonCode.TABLE_MATCH, new String[] {"topic", "table_match"}),
            Map.entry(ReasonCode.ADDITIONAL_SECTOR, new String[] {"topic", "additional_sector"}),
            Map.entry(ReasonCode.TECHNOLOGY_MATCH, new String[] {"topic", "technology_match"}),
            Map.entry(ReasonCode.TOPSECTOR, new String[] {"topic", "topsector"}),
            Map.entry(ReasonCode.KEY_TECHNOLOGY, new String[] {"topic", "key_technology"}),
            Map.entry(ReasonCode.FLAG_NOT_STATED, new String[] {"topic", "flag_not_stated"}),
            Map.entry(ReasonCode.NO_MATCH, new String[] {"topic", "no_match"}),
            Map.entry(ReasonCode.SUBJECT_NOT_SCREENED, new String[] {"topic", "subject_not_screened"}),
            Map.entry(ReasonCode.RISKY_ANSWER, new String[] {"answers", "risky_answer"}),
            Map.entry(ReasonCode.CAP, new String[] {"cap"}),
            Map.entry(ReasonCode.PARTNER_NEAR, new String[] {"partner_lists", "near"}),
            Map.entry(ReasonCode.NAMED_IN_TEXT, new String[] {"partner_lists", "named_in_text"}),
            Map.entry(ReasonCode.NEAR_IN_TEXT, new String[] {"partner_lists", "near_in_text"}),
            Map.entry(ReasonCode.EU_PRIORITY_AREA, new String[] {"taxonomies", "eu_priority_area"}),
            Map.entry(ReasonCode.EU_AREA, new String[] {"taxonomies", "eu_area"}),
            Map.entry(ReasonCode.DUAL_USE, new String[] {"taxonomies", "dual_use"}),
            Map.entry(ReasonCode.DUAL_USE_NAMED, new String[] {"taxonomies", "dual_use_named"}),
            Map.entry(ReasonCode.DISGUISED_TEXT, new String[] {"disguised_text"})));
    /** Reasons whose points come from elsewhere (the check's weight, the cap itself): a text only. */
    private static final Set<ReasonCode> TEXT_ONLY = Set.of(ReasonCode.RISKY_ANSWER, ReasonCode.CAP,
            ReasonCode.NAMED_IN_TEXT);
    /** Rules that must name their minimum verdict: the brochure's rule for a table match, the EU's areas 1 to 4. */
    private static final Set<ReasonCode> MINIMUM_REQUIRED = Set.of(ReasonCode.TABLE_MATCH, ReasonCode.EU_PRIORITY_AREA);

    private final Sources sources;

    private ScoringBinder(Sources sources) {
        this.sources = sources;
    }

    static ScoringRules bind(YamlMap file, Sources sources) {
        return new ScoringBinder(sources).scoring(file);
    }

    private ScoringRules scoring(YamlMap file) {
        YamlMap thresholds = file.map("thresholds", "thresholds");
        sources.known(thresholds);
        int elevated = thresholds.integer("elevated");
        int high = thresholds.integer("high");
        if (elevated <= 0 || high <= elevated || high > ScoringRules.MAX_SCORE) {
            throw thresholds.errorAt("elevated", "thresholds must satisfy 0 < elevated < high <= "
                    + ScoringRules.MAX_SCORE + "; found elevated " + elevated + " and high " + high);
        }
        Map<ReasonCode, ScoringRules.Rule> rules = new EnumMap<>(ReasonCode.class);
        PLACES.forEach((code, place) -> rules.put(code, rule(code, at(file, place))));

        List<ScoringRules.PartnerIndicator> indicators = new ArrayList<>();
        Set<String> indicatorIds = new HashSet<>();
        for (Node node : file.list("partner_indicators")) {
            YamlMap map = file.child(node, "a partner indicator");
            String id = Fields.uniqueId(map, indicatorIds, "partner indicator");
            YamlMap indicator = map.as("partner indicator '" + id + "'");
            indicators.add(new ScoringRules.PartnerIndicator(id, Fields.localized(indicator, "name_nl", "name_en"),
                    rule(ReasonCode.PARTNER_INDICATOR, indicator), Fields.terms(indicator)));
        }

        YamlMap verdictsMap = file.map("verdicts", "verdicts");
        Map<Verdict, ScoringRules.VerdictText> verdicts = new EnumMap<>(Verdict.class);
        for (Verdict verdict : Verdict.values()) {
            YamlMap text = verdictsMap.map(verdict.id(), "verdicts." + verdict.id());
            verdicts.put(verdict, new ScoringRules.VerdictText(Fields.localized(text, "label_nl", "label_en"),
                    Fields.localized(text, "advice_nl", "advice_en"), sources.known(text)));
        }
        YamlMap taxonomies = file.map("taxonomies", "taxonomies");
        return new ScoringRules(elevated, high, rules, indicators, partnerLists(file.map("partner_lists", "partner_lists")),
                signals(file.map("signals", "signals")), notice(taxonomies.map("export_control",
                "taxonomies.export_control")), verdicts, notice(file.map("notice", "notice")), review(file));
    }

    /** After how many months a decision should be reviewed, by verdict; optional, so older data still loads. */
    private Map<Verdict, Integer> review(YamlMap file) {
        Map<Verdict, Integer> months = new EnumMap<>(Verdict.class);
        if (!file.has("review")) {
            return months;
        }
        YamlMap review = file.map("review", "review");
        sources.known(review);
        review.accept("based_on");
        for (Verdict verdict : Verdict.values()) {
            int value = review.integer(verdict.id());
            if (value < 1 || value > 120) {
                throw review.errorAt(verdict.id(), "review." + verdict.id() + " is a number of months from 1 to 120,"
                        + " found " + value);
            }
            months.put(verdict, value);
        }
        return months;
    }

    /** The weight of each of the brochure's other risks, by signal id (checked against signals.yaml there). */
    private Map<String, ScoringRules.SignalWeight> signals(YamlMap map) {
        Map<String, ScoringRules.SignalWeight> weights = new HashMap<>();
        for (String id : map.keys()) {
            YamlMap weight = map.map(id, "signals." + id);
            int points = weight.integer("points");
            if (points < 0 || points > ScoringRules.MAX_SCORE) {
                throw weight.errorAt("points", "points must be between 0 and " + ScoringRules.MAX_SCORE + ", found "
                        + points);
            }
            Optional<Verdict> withTopic = weight.has("minimum_verdict_with_topic")
                    ? Optional.of(Fields.verdict(weight, "minimum_verdict_with_topic")) : Optional.empty();
            weight.accept("based_on");
            weights.put(id, new ScoringRules.SignalWeight(points, withTopic, sources.known(weight)));
        }
        return weights;
    }

    private static YamlMap at(YamlMap file, String[] place) {
        YamlMap map = file;
        String path = "";
        for (String key : place) {
            path = path.isEmpty() ? key : path + "." + key;
            map = map.map(key, path);
        }
        return map;
    }

    private ScoringRules.PartnerListRules partnerLists(YamlMap map) {
        Map<DesignationList.Kind, ScoringRules.Rule> hit = new EnumMap<>(DesignationList.Kind.class);
        Map<DesignationList.Kind, Localized> names = new EnumMap<>(DesignationList.Kind.class);
        YamlMap kinds = map.map("kinds", "partner_lists.kinds");
        for (DesignationList.Kind kind : DesignationList.Kind.values()) {
            hit.put(kind, rule(ReasonCode.PARTNER_LISTED, map.map(kind.id(), "partner_lists." + kind.id())));
            YamlMap name = kinds.map(kind.id(), "partner_lists.kinds." + kind.id());
            names.put(kind, Fields.localized(name, "nl", "en"));
        }
        YamlMap fields = map.map("fields", "partner_lists.fields");
        Map<String, Localized> fieldNames = new HashMap<>();
        for (String field : List.of("topic", "description")) {
            fieldNames.put(field, Fields.localized(fields.map(field, "partner_lists.fields." + field), "nl", "en"));
        }
        return new ScoringRules.PartnerListRules(hit, Fields.verdict(map, "minimum_verdict"),
                Fields.verdict(map, "minimum_verdict_with_topic"), names, fieldNames, maxAge(map),
                notice(map.map("notice", "partner_lists.notice")));
    }

    private static int maxAge(YamlMap map) {
        int months = map.integer("max_age_months");
        if (months < 1) {
            throw map.errorAt("max_age_months", "max_age_months is a number of months, at least 1");
        }
        return months;
    }

    /** A text shown as it is, with its source and the sentence it rests on. */
    private Localized notice(YamlMap map) {
        sources.known(map);
        map.accept("based_on");
        return Fields.localized(map, "nl", "en");
    }

    /** The rule at {@code map}: points (none for a text-only reason), an optional minimum verdict, the reason. */
    private ScoringRules.Rule rule(ReasonCode code, YamlMap map) {
        int points = 0;
        if (!TEXT_ONLY.contains(code)) {
            points = map.integer("points");
            if (points < 0 || points > ScoringRules.MAX_SCORE) {
                throw map.errorAt("points", "points must be between 0 and " + ScoringRules.MAX_SCORE + ", found "
                        + points);
            }
        }
        Optional<Verdict> minimum = MINIMUM_REQUIRED.contains(code) || map.has("minimum_verdict")
                ? Optional.of(Fields.verdict(map, "minimum_verdict")) : Optional.empty();
        map.accept("based_on");
        return new ScoringRules.Rule(points, minimum, Fields.localized(map, "reason_nl", "reason_en"),
                sources.known(map));
    }
}

package nl.partnerscan.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Locale;
import nl.partnerscan.core.Caveat;
import nl.partnerscan.core.Check;
import nl.partnerscan.core.Contact;
import nl.partnerscan.core.DesignationList;
import nl.partnerscan.core.Flag;
import nl.partnerscan.core.Localized;
import nl.partnerscan.core.Question;
import nl.partnerscan.core.ReferenceData;
import nl.partnerscan.core.Sector;
import nl.partnerscan.core.Taxonomy;
import nl.partnerscan.core.Technology;

/**
 * The JSON objects of the reference listings ({@code sectors}, {@code questions}, {@code contacts},
 * {@code lists}): one record per object, components in output order. Unlike a result, a listing gives
 * every text in both languages, for programs that serve either. A detail the source does not give is
 * left out where the listings have always left it out, and written as null elsewhere.
 */
final class ReferenceJson {
    private ReferenceJson() {
    }

    /** A text in Dutch and English. */
    record LocalizedJson(String nl, String en) {
        static LocalizedJson of(Localized text) {
            return new LocalizedJson(text.nl(), text.en());
        }
    }

    /** {@code partnerscan lists}: the data version, then the lists. */
    record ListsDocument(String dataVersion, List<ListJson> lists) {
        static ListsDocument of(ReferenceData data) {
            return new ListsDocument(data.dataVersion(), data.lists().stream().map(ListJson::of).toList());
        }
    }

    /** A list partners are checked against, with its source, date, licence and number of entries. */
    record ListJson(String id, String name, String kind, String publisher, String source, String date,
                    String retrieved, String licence, String attribution, LocalizedJson meaning, int entries) {
        static ListJson of(DesignationList list) {
            return new ListJson(list.id(), list.name(), list.kind().id(), list.publisher(), list.source(),
                    list.date(), list.retrieved(), list.licence(), list.attribution(),
                    LocalizedJson.of(list.meaning()), list.entries().size());
        }
    }

    /** {@code partnerscan sectors}: the data version, the brochure's table, then its caveats. */
    record SectorsDocument(String dataVersion, List<SectorJson> sectors, List<CaveatJson> caveats) {
        static SectorsDocument of(ReferenceData data) {
            return new SectorsDocument(data.dataVersion(), data.sectors().stream().map(SectorJson::of).toList(),
                    data.caveats().stream().map(CaveatJson::of).toList());
        }
    }

    /** A row of the brochure's table with its flags, terms and sub-technologies. */
    record SectorJson(String id, LocalizedJson name,
                      @JsonInclude(JsonInclude.Include.NON_NULL) LocalizedJson description, String topsector,
                      String keyTechnology, String source, List<TermJson> terms, List<TechnologyJson> technologies) {
        static SectorJson of(Sector sector) {
            return new SectorJson(sector.id(), LocalizedJson.of(sector.name()),
                    sector.description().map(LocalizedJson::of).orElse(null), flag(sector.topsector()),
                    flag(sector.keyTechnology()), sector.source(), TermJson.of(sector.terms()),
                    sector.technologies().stream().map(TechnologyJson::of).toList());
        }

        private static String flag(Flag flag) {
            return flag.name().toLowerCase(Locale.ROOT);
        }
    }

    /** A sub-technology of a sector. */
    record TechnologyJson(String id, LocalizedJson name, String source, List<TermJson> terms) {
        static TechnologyJson of(Technology technology) {
            return new TechnologyJson(technology.id(), LocalizedJson.of(technology.name()), technology.source(),
                    TermJson.of(technology.terms()));
        }
    }

    /** A caveat of the table. Its fields are in alphabetical order, as the listing has always written them. */
    record CaveatJson(String id, String source, LocalizedJson text) {
        static CaveatJson of(Caveat caveat) {
            return new CaveatJson(caveat.id(), caveat.source(), LocalizedJson.of(caveat.text()));
        }
    }

    /** {@code partnerscan sectors --taxonomy}: the data version, then one EU taxonomy with its areas. */
    record TaxonomyDocument(String dataVersion, String taxonomy, LocalizedJson name, LocalizedJson label,
                            String source, LocalizedJson meaning, List<AreaJson> areas) {
        static TaxonomyDocument of(ReferenceData data, Taxonomy taxonomy) {
            return new TaxonomyDocument(data.dataVersion(), taxonomy.id(), LocalizedJson.of(taxonomy.name()),
                    LocalizedJson.of(taxonomy.label()), taxonomy.source(), LocalizedJson.of(taxonomy.meaning()),
                    taxonomy.allAreas().stream().map(AreaJson::of).toList());
        }
    }

    /** An area of a taxonomy; its number is null for the uncategorised area, which the source does not list. */
    record AreaJson(String id, Integer number, LocalizedJson name, boolean priority, boolean verified,
                    List<TermJson> terms, List<ItemJson> items) {
        static AreaJson of(Taxonomy.Area area) {
            return new AreaJson(area.id(), area.number().isPresent() ? area.number().getAsInt() : null,
                    LocalizedJson.of(area.name()), area.priority(), area.verified(), TermJson.of(area.terms()),
                    area.items().stream().map(ItemJson::of).toList());
        }
    }

    /** An item of a taxonomy's area. */
    record ItemJson(String id, LocalizedJson name, boolean verified, List<TermJson> terms) {
        static ItemJson of(Taxonomy.Item item) {
            return new ItemJson(item.id(), LocalizedJson.of(item.name()), item.verified(), TermJson.of(item.terms()));
        }
    }

    /** {@code partnerscan questions}: the data version, then the six questions. */
    record QuestionsDocument(String dataVersion, List<QuestionJson> questions) {
        static QuestionsDocument of(ReferenceData data) {
            return new QuestionsDocument(data.dataVersion(), data.questions().stream().map(QuestionJson::of).toList());
        }
    }

    /** One of the brochure's questions with its checks. */
    record QuestionJson(String id, LocalizedJson question, LocalizedJson explanation, int weight, String source,
                        List<CheckJson> checks) {
        static QuestionJson of(Question question) {
            return new QuestionJson(question.id(), LocalizedJson.of(question.question()),
                    LocalizedJson.of(question.explanation()), question.weight(), question.source(),
                    question.checks().stream().map(CheckJson::of).toList());
        }
    }

    /** A check under a question; {@code based_on} only for a check that rephrases the brochure. */
    record CheckJson(String id, LocalizedJson text, String wording,
                     @JsonInclude(JsonInclude.Include.NON_NULL) String basedOn, List<String> riskIf, int weight,
                     String source) {
        static CheckJson of(Check check) {
            return new CheckJson(check.id(), LocalizedJson.of(check.text()),
                    check.wording().name().toLowerCase(Locale.ROOT), check.basedOn().orElse(null),
                    check.riskIf().stream().sorted().map(a -> a.name().toLowerCase(Locale.ROOT)).toList(),
                    check.weight(), check.source());
        }
    }

    /**
     * {@code partnerscan contacts}: the data version, the contacts (the primary one first), and which come
     * first for whom ({@code organisations}) and for what was found ({@code findings}).
     */
    record ContactsDocument(String dataVersion, List<ContactJson> contacts, List<RouteJson> organisations,
                            List<RouteJson> findings) {
        static ContactsDocument of(ReferenceData data) {
            return new ContactsDocument(data.dataVersion(), data.contacts().stream().map(ContactJson::of).toList(),
                    data.routing().organisations().stream().map(o -> new RouteJson(o.id(), LocalizedJson.of(o.name()),
                            o.contacts(), o.basedOn(), o.source())).toList(),
                    data.routing().findings().stream().map(f -> new RouteJson(f.id(), LocalizedJson.of(f.name()),
                            f.contacts(), f.basedOn(), f.source())).toList());
        }
    }

    /** A desk, with only the details its source document gives: an absent address is left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ContactJson(String id, LocalizedJson name, String email, String website, LocalizedJson instruction,
                       LocalizedJson purpose, List<String> serves, String source) {
        static ContactJson of(Contact contact) {
            return new ContactJson(contact.id(), LocalizedJson.of(contact.name()), contact.email().orElse(null),
                    contact.website().orElse(null), contact.instruction().map(LocalizedJson::of).orElse(null),
                    LocalizedJson.of(contact.purpose()),
                    contact.serves().isEmpty() ? null : contact.serves().stream().sorted().toList(), contact.source());
        }
    }

    /** An organisation or a finding with the ids of the contacts it brings, first first, and its source sentence. */
    record RouteJson(String id, LocalizedJson name, List<String> contacts, String basedOn, String source) {
    }
}

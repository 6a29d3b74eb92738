#!/usr/bin/env python3
"""Helpers for bench/batch.sh (standard library only; no PyYAML).

  benchdata.py terms SECTORS_YAML OUT          every term of the table (quoted/nl/en/cased), one a line
  benchdata.py rows SECTORS_YAML OUT [--rows N] [--seed S] [--labels FILE] [--crlf] [--bom]
                                               the benchmark's input CSV (deterministic for a given seed)
  benchdata.py check SECTORS_YAML              the everyday vocabulary must not contain a term of the table
  benchdata.py count FILE                      number of records of a CSV (any of ; , TAB) or JSON Lines file
  benchdata.py maxrss OUT -- CMD...            run CMD, write "<exit code> <peak RSS in kB>" to OUT
  benchdata.py median NAME JSON [--runs N] [--stdout FILE] [--remove FILE] -- CMD...
                                               time CMD (1 warm-up + N runs), write a hyperfine-like JSON
  benchdata.py pairs JSON [--runs N] [--remove FILE] -- CMD_A... ::: CMD_B...
                                               time A and B in N alternating pairs (A B, B A, ...), write each
                                               pair's wall and CPU times
  benchdata.py report ...                      print the report (see batch.sh)
"""
import csv
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import time
import unicodedata

# ---------------------------------------------------------------------------------------------------
# The terms of the table.
#
# The term lists in data/sectors.yaml are YAML flow sequences of double-quoted strings, possibly over
# several lines:   nl: ["a", "b",\n            "c"]
# Only the keys quoted/nl/en/cased are term lists (caveats have nl/en too, but as plain scalars, which the
# "[" after the key rules out).

_LIST = re.compile(r'^[ \t]*(quoted|nl|en|cased):[ \t]*\[((?:"(?:[^"\\]|\\.)*"|\'(?:[^\']|\'\')*\'|[^\]"\'])*)\]',
                   re.M)
_ITEM = re.compile(r'"((?:[^"\\]|\\.)*)"|\'((?:[^\']|\'\')*)\'')


def load_terms(path):
    """[(key, term)] in file order, without exact duplicates."""
    text = open(path, encoding="utf-8").read()
    seen, terms = set(), []
    for m in _LIST.finditer(text):
        key = m.group(1)
        for item in _ITEM.finditer(m.group(2)):
            if item.group(1) is not None:
                term = re.sub(r'\\(.)', r'\1', item.group(1))
            else:
                term = item.group(2).replace("''", "'")
            term = term.strip()
            if term and term not in seen:
                seen.add(term)
                terms.append((key, term))
    if len(terms) < 100:
        sys.exit(f"benchdata: found only {len(terms)} terms in {path}; has the format of the term lists changed?")
    return terms


def cmd_terms(args):
    yaml_path, out = args
    terms = load_terms(yaml_path)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for _, t in terms:
            f.write(t + "\n")
    print(len(terms))


# ---------------------------------------------------------------------------------------------------
# Word lists. Everyday subjects must not contain any term of the table (see `check`); the frames,
# topics, places and partners are shared by sensitive and everyday rows, so they must not either.

NL_CITIES = ["Amsterdam", "Rotterdam", "Den Haag", "Utrecht", "Eindhoven", "Groningen", "Tilburg", "Almere",
             "Breda", "Nijmegen", "Apeldoorn", "Haarlem", "Arnhem", "Enschede", "Zaanstad", "Amersfoort",
             "Zwolle", "Leiden", "Maastricht", "Dordrecht", "Delft", "Venlo", "Deventer", "Leeuwarden",
             "Middelburg", "Den Bosch", "Alkmaar", "Emmen", "Hengelo", "Roermond", "Assen", "Gouda",
             "Helmond", "Sittard-Geleen", "Vlissingen", "Hoorn", "Lelystad", "Terneuzen", "Zutphen", "Wageningen"]
CN_CITIES = ["Beijing", "Shanghai", "Guangzhou", "Shenzhen", "Tianjin", "Chongqing", "Chengdu", "Wuhan",
             "Hangzhou", "Nanjing", "Xi'an", "Suzhou", "Qingdao", "Dalian", "Xiamen", "Ningbo", "Hefei",
             "Changsha", "Kunming", "Harbin", "Shenyang", "Jinan", "Zhengzhou", "Fuzhou", "Nanning",
             "Taiyuan", "Lanzhou", "Hohhot", "Ürümqi", "Guiyang", "Haikou", "Sanya", "Zhuhai", "Dongguan",
             "Foshan", "Wuxi", "Changzhou", "Yangzhou", "Shaoxing", "Yantai", "Weihai", "Luoyang", "Datong",
             "Taizhou", "Jiaxing", "Huzhou", "Tangshan", "Zibo", "Yichang", "Guilin"]
NL_UNIS = ["Universiteit Leiden", "Universiteit Utrecht", "Rijksuniversiteit Groningen", "Universiteit van Amsterdam",
           "Vrije Universiteit Amsterdam", "Erasmus Universiteit Rotterdam", "Radboud Universiteit",
           "Maastricht University", "Tilburg University", "TU Delft", "TU Eindhoven", "Universiteit Twente",
           "Wageningen University & Research", "Hanzehogeschool Groningen", "Hogeschool Rotterdam",
           "Hogeschool van Amsterdam", "Fontys Hogescholen", "Saxion Hogeschool", "Avans Hogeschool",
           "Hogeschool Utrecht", "NHL Stenden Hogeschool", "HZ University of Applied Sciences",
           "Breda University of Applied Sciences", "Hogeschool Inholland", "Zuyd Hogeschool", "Codarts Rotterdam",
           "Koninklijk Conservatorium Den Haag", "Design Academy Eindhoven", "Gerrit Rietveld Academie"]
CN_UNIS = ["Tsinghua University", "Peking University", "Fudan University", "Zhejiang University",
           "Shanghai Jiao Tong University", "Nanjing University", "Wuhan University", "Sun Yat-sen University",
           "Xiamen University", "Sichuan University", "Tongji University", "Renmin University of China",
           "Beijing Normal University", "East China Normal University", "Shandong University", "Jilin University",
           "Harbin Institute of Technology", "Beihang University", "Northwestern Polytechnical University",
           "Nankai University", "Central Conservatory of Music", "China Academy of Art",
           "Beijing Foreign Studies University", "Yunnan University", "Ocean University of China",
           "Southwest University", "Hunan University", "Shanghai University of Sport",
           "Beijing Language and Culture University", "Tianjin University"]
# Partners that are on the bundled lists (data/lists), as users write them: official names, aliases,
# abbreviations, pinyin, a typo; so that the partner check finds something now and then.
LISTED = ["Harbin Institute of Technology", "Beihang University (BUAA)", "NUAA", "Nanjing Univ. of Science & Technology",
          "哈尔滨工业大学", "Xibei Gongye Daxue", "Harbin Insitute of Technology", "National University of Defense Technology"]
CN_NATIVE = ["清华大学", "北京大学", "复旦大学", "浙江大学", "上海市", "杭州市", "厦门大学", "成都市"]
REGIONS = ["Noord-Nederland", "Twente", "de Achterhoek", "Zeeland", "Limburg", "Brabant", "de Randstad",
           "Flevoland", "Drenthe", "Friesland", "West-Brabant", "de Betuwe"]
MONTHS_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
             "oktober", "november", "december"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
PROGRAMMES_NL = ["Lente in {C}", "Week van de Chinese film", "Samen sterk", "Bruggen bouwen", "Licht op {N}",
                 "Oost ontmoet West", "Jonge makers"]
PROGRAMMES_EN = ["Spring in {C}", "Building Bridges", "East meets West", "Light on {N}", "Young Makers",
                 "Two Cities, One Story"]

EVERYDAY_NL = [
    "ouderenzorg", "dementiezorg", "mantelzorg", "gezond ouder worden", "valpreventie bij ouderen",
    "eenzaamheid onder ouderen", "kinderopvang", "jeugdsport", "voetbaltraining voor de jeugd", "tafeltennis",
    "schaatsen", "wielrennen", "paardensport", "roeien en zeilen", "de organisatie van een marathon",
    "wushu en tai chi", "badminton", "duurzaam toerisme", "fietstoerisme", "cruisetoerisme", "stadsmarketing",
    "gastvrijheid en horeca", "hotelopleidingen", "culinaire tradities", "de Chinese keuken", "theecultuur",
    "waterbeheer", "stedelijk waterbeheer", "dijkbeheer", "de Deltawerken", "rivierherstel", "natuurbeheer",
    "stadsparken en groen", "volkstuinen", "architectuur", "stedenbouw", "sociale woningbouw", "houtbouw",
    "interieurarchitectuur", "monumentenzorg", "erfgoed", "Dutch Design", "meubelontwerp", "mode en textiel",
    "grafisch ontwerp", "podiumkunsten", "moderne dans", "opera", "jeugdorkesten", "koren", "jazz en improvisatie",
    "poppentheater", "straattheater", "circuskunsten", "muziekonderwijs", "cultuureducatie", "museumeducatie",
    "kunstresidenties", "kunstbiënnales", "filmfestivals", "fotografie", "lantaarnfestivals", "het Chinees Nieuwjaar",
    "drakenbootraces", "muziekfestivals", "openbare bibliotheken", "leesbevordering", "kinderboeken",
    "literair vertalen", "archieven", "Chinese taal en cultuur", "kalligrafie", "Delfts blauw en porselein",
    "bloembollen en tulpen", "kaasexport", "de bloemenveiling", "taalonderwijs", "lerarenopleidingen",
    "beroepsonderwijs", "uitwisseling van docenten", "inburgering", "vrijwilligerswerk", "welzijnswerk",
    "dierentuinen en panda's", "vogelbescherming", "fietsbeleid", "de Elfstedentocht", "carnaval", "koningsdag",
    "het café als ontmoetingsplek", "crèches en peuterspeelzalen", "reünies van oud-studenten",
]
EVERYDAY_EN = [
    "elderly care", "dementia care", "informal care", "healthy ageing", "fall prevention for older people",
    "loneliness among older people", "childcare", "youth sport", "youth football coaching", "table tennis",
    "speed skating", "cycling races", "equestrian sport", "rowing and sailing", "organising a marathon",
    "wushu and tai chi", "badminton", "sustainable tourism", "cycling holidays", "cruise tourism", "city marketing",
    "hospitality", "hotel schools", "culinary traditions", "Chinese cuisine", "tea culture", "water management",
    "urban water management", "dike maintenance", "the Delta Works", "river restoration", "nature conservation",
    "urban parks", "community gardens", "architecture", "urban planning", "social housing", "timber construction",
    "interior architecture", "heritage conservation", "Dutch design", "furniture design", "fashion and textiles",
    "poster design", "performing arts", "contemporary dance", "opera", "youth orchestras", "choirs", "jazz",
    "puppet theatre", "street theatre", "circus arts", "music education", "arts education", "museum education",
    "artist residencies", "art biennials", "film festivals", "photography", "lantern festivals",
    "Chinese New Year celebrations", "dragon boat races", "music festivals", "public libraries",
    "reading promotion", "children's books", "literary translation", "archives", "Chinese language and culture",
    "calligraphy", "Delft Blue pottery", "tulip bulbs", "cheese exports", "flower auctions", "language teaching",
    "teacher training", "vocational education", "teacher exchanges", "volunteering", "social work",
    "zoos and giant pandas", "bird protection", "cycling policy", "carnival", "King's Day", "café culture",
    "alumni reunions", "the Elfstedentocht", "naïve painting",
]

FRAMES_NL = [
    "De gemeente {N} en de stad {C} willen samenwerken op het gebied van {S}.",
    "Een delegatie uit {C} bezoekt in {M} {N} om kennis te maken met {S}.",
    "Handelsmissie naar {C} met {K} Nederlandse bedrijven, met de nadruk op {S}.",
    "{UN} en {UC} starten een gezamenlijk onderzoeksprogramma over {S}.",
    "Studentenuitwisseling tussen {UN} en {UC}; de studenten volgen een minor over {S}.",
    "Zusterstad {C} nodigt de wethouder uit voor een conferentie over {S} in {M} {Y}.",
    "Een gastdocent van {UC} geeft dit najaar een reeks colleges over {S}.",
    "Uitwisseling van ideeën over {S} tijdens een werkbezoek aan {C}.",
    "Samen met {C} organiseert {N} een tentoonstelling over {S}, met een financiële bijdrage van de provincie.",
    "Een promovendus uit {C} wil bij {UN} vier jaar onderzoek doen naar {S}.",
    "Een bedrijf uit {C} wil in {R} investeren in {S}.",
    "Coördinatie van een gezamenlijk project over {S} met partners uit {C} en {N}.",
    "Verlenging van de stedenband {N}–{C}: nieuwe afspraken over {S}.",
    "Webinar voor ondernemers over {S} in China, georganiseerd met het consulaat in {C}.",
    "Het programma \"{Q}\" brengt experts uit {N} en {C} samen rond {S}.",
    "Bezoek van {K} leerlingen uit {C} aan {N}; thema van de week: {S}.",
    "Intentieverklaring met {C} over {S}, met een looptijd van {L} jaar.",
    "Gezamenlijke subsidieaanvraag van {UN} en {UC} voor een project over {S}.",
]
FRAMES_EN = [
    "The municipality of {N} and the city of {C} plan to cooperate on {S}.",
    "A delegation from {C} visits {N} in {M} to learn about {S}.",
    "Trade mission to {C} with {K} Dutch companies, focusing on {S}.",
    "{UN} and {UC} launch a joint research programme on {S}.",
    "Student exchange between {UN} and {UC}; the students take a minor in {S}.",
    "Sister city {C} invites the alderman to a conference on {S} in {M} {Y}.",
    "A visiting lecturer from {UC} gives a series of lectures on {S} this autumn.",
    "A PhD candidate from {C} wants to spend four years at {UN} researching {S}.",
    "A company from {C} wants to invest in {S} in {R}.",
    "The \"{Q}\" programme brings together experts from {N} and {C} around {S}.",
    "Memorandum of understanding with {C} on {S}, running for {L} years.",
    "Webinar for entrepreneurs on {S} in China, organised with the consulate in {C}.",
    "Renewal of the {N}–{C} sister city agreement: new arrangements on {S}.",
    "Joint grant application by {UN} and {UC} for a project on {S}.",
    "Exchange of ideas on {S} during a working visit to {C}.",
]
TOPICS_NL = ["{S_cap}", "{S_cap}", "{S_cap} {Y}", "Samenwerking {S}", "Stedenband {N}-{C}", "Handelsmissie {C}",
             "Delegatie uit {C}", "Werkbezoek {C} {Y}", "Uitwisseling met {UC}", "Intentieverklaring {C}"]
TOPICS_EN = ["{S_cap}", "{S_cap}", "{S_cap} {Y}", "Cooperation on {S}", "Sister city {N}-{C}", "Trade mission {C}",
             "Delegation from {C}", "Working visit {C} {Y}", "Exchange with {UC}", "MoU {C}"]
EXTRA_NL = ["Het college beslist in {M}.", "De kosten worden gedeeld.", "Er is nog geen budget toegekend.",
            "Contactpersoon: afdeling Internationale Zaken.", "Zie ook het verslag van {Y}.",
            "De gemeenteraad is geïnformeerd.", "Vervolgafspraak volgt na de zomer."]
EXTRA_EN = ["The council decides in {M}.", "Costs are shared.", "No budget has been allocated yet.",
            "Contact: the international affairs team.", "See also the report of {Y}.",
            "The council has been informed.", "A follow-up meeting is planned after the summer."]

# Inflections that keep the term inside the word (so partnerscan, and grep -F, can still find it).
NL_SUFFIX = ["project", "programma", "sector", "onderzoek", "bedrijven", "fabriek", "centrum", "markt", "keten",
             "lab", "expertise", "netwerk"]
NL_PREFIX = ("proef", "test", "demo", "pilot", "regio")
NL_PLURAL_S_END = ("er", "or", "ine", "one", "tie", "ode", "ule", "ave")
NL_LINKING_S_END = ("ing", "tie", "heid", "teit", "schap")
NL_ABSTRACT_END = ("ing", "tie", "heid", "teit", "schap", "ie", "ica", "gie", "ek", "uur")
NL_ADJECTIVE_END = ("isch", "ische", "ijk", "ijke", "end", "ende", "eerd", "eerde", "ief", "ieve", "orf", "orfe", "ig",
                    "ige", "ele", "aal")
NL_ABBR_SUFFIX = ["netwerk", "project", "toepassingen", "sensoren", "onderzoek", "markt"]
EN_PLURAL_END = ("er", "or", "ell", "ine", "ip", "ot", "ark", "arm", "ant", "ice", "ite", "cle", "el", "ist",
                 "ator", "ase", "ank", "ode", "ule", "ay", "eam", "ame")


def is_abbreviation(term):
    return " " not in term and (any(c.isdigit() for c in term) or any(c.isupper() for c in term[1:]) or len(term) <= 3)


def display_form(key, term):
    """Quoted terms start with a capital because they are table cells; in a sentence they do not."""
    if key == "quoted" and term[:1].isupper() and term[1:] == term[1:].lower() and not any(c.isdigit() for c in term):
        return term[0].lower() + term[1:]
    return term


def inflect_nl(rng, term):
    if "-" in term or " " in term:
        return term                                    # IoT-oplossing, zonne-energie, groene productie: as they are
    if is_abbreviation(term):
        return term + "-" + rng.choice(NL_ABBR_SUFFIX)  # 5G -> 5G-netwerk, IoT -> IoT-sensoren
    if term != term.lower() or term.endswith(NL_ADJECTIVE_END):
        return term
    r = rng.random()
    if r < 0.4 and term.endswith(NL_PLURAL_S_END):
        return term + "s"                              # elektrolyser -> elektrolysers, drone -> drones
    if r < 0.75 and len(term) >= 5 and not term.endswith(("s", "en")):
        suffix = rng.choice([s for s in NL_SUFFIX if not term.endswith(s)])  # waterstof -> waterstofproject
        if term.endswith(NL_LINKING_S_END):
            sep = "s"                                  # veredeling -> veredelingsexpertise
        else:
            sep = "-" if term[-1] in "aeiou" and suffix[0] in "aeiou" else ""
        return term + sep + suffix
    if len(term) >= 4 and not term.startswith(NL_PREFIX) and not term.endswith(NL_ABSTRACT_END + ("s", "en")):
        prefix = rng.choice(NL_PREFIX)                 # windpark -> proefwindpark
        sep = "-" if prefix[-1] in "aeiou" and term[0] in "aeiou" else ""
        return prefix + sep + term
    return term


def inflect_en(rng, term):
    if is_abbreviation(term):
        return term + " " + rng.choice(["networks", "projects", "applications", "sensors", "research", "market"])
    last = term.rsplit(" ", 1)[-1]
    if last.isalpha() and last == last.lower() and last.endswith(EN_PLURAL_END) and not last.endswith("ss"):
        if last.endswith("y") and last[-2] not in "aeiou":
            return term[:-1] + "ies"
        return term + "s"                              # quantum computer -> quantum computers
    return term


class Generator:
    def __init__(self, terms, seed):
        import random
        self.rng = random.Random(seed)
        self.nl_terms = [display_form(k, t) for k, t in terms if k in ("quoted", "nl", "cased")]
        self.en_terms = [display_form(k, t) for k, t in terms if k in ("en", "cased")]

    def row(self, i):
        rng = self.rng
        nl = rng.random() < 0.6
        sensitive = rng.random() < 0.25
        term = ""
        if sensitive:
            # Dutch texts borrow English terms now and then ("machine learning").
            pool = self.nl_terms if (nl and rng.random() < 0.8) or (not nl and rng.random() < 0.1) else self.en_terms
            term = rng.choice(pool)
            s = term
            if rng.random() < 0.3:
                s = inflect_nl(rng, term) if pool is self.nl_terms else inflect_en(rng, term)
        else:
            s = rng.choice(EVERYDAY_NL if nl else EVERYDAY_EN)
        slots = {
            "S": s,
            "N": rng.choice(NL_CITIES),
            "C": rng.choice(CN_CITIES),
            "UN": rng.choice(NL_UNIS),
            "UC": rng.choice(CN_UNIS),
            "R": rng.choice(REGIONS),
            "M": rng.choice(MONTHS_NL if nl else MONTHS_EN),
            "Y": str(rng.randint(2019, 2026)),
            "K": str(rng.randint(3, 40)),
            "L": str(rng.randint(2, 6)),
        }
        slots["S_cap"] = s[:1].upper() + s[1:]
        slots["Q"] = rng.choice(PROGRAMMES_NL if nl else PROGRAMMES_EN).format(**slots)
        desc = rng.choice(FRAMES_NL if nl else FRAMES_EN).format(**slots)
        r = rng.random()
        if r < 0.004:
            # A line break inside the cell (Alt+Enter in Excel): the field is quoted over two lines.
            desc += "\n" + rng.choice(EXTRA_NL if nl else EXTRA_EN).format(**slots)
        elif r < 0.2:
            desc += " " + rng.choice(EXTRA_NL if nl else EXTRA_EN).format(**slots)
        topic = rng.choice(TOPICS_NL if nl else TOPICS_EN).format(**slots)
        p = rng.random()
        if p < 0.1:
            partner = ""
        elif p < 0.45:
            partner = slots["C"]
        elif p < 0.7:
            partner = slots["UC"]
        elif p < 0.72:
            partner = rng.choice(CN_NATIVE)
        elif p < 0.74:
            partner = rng.choice(LISTED)
        elif p < 0.86:
            partner = slots["N"]
        else:
            partner = slots["UN"]
        return (str(i), topic, desc, partner), sensitive, term


def cmd_rows(args):
    import argparse
    ap = argparse.ArgumentParser(prog="benchdata.py rows")
    ap.add_argument("yaml")
    ap.add_argument("out")
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=20230501)
    ap.add_argument("--labels", help="also write id;sensitive;term per row (what the generator put in)")
    ap.add_argument("--crlf", action="store_true", help="CRLF record ends, as Excel on Windows writes")
    ap.add_argument("--bom", action="store_true", help="a UTF-8 byte order mark, as Excel's 'CSV UTF-8' writes")
    a = ap.parse_args(args)
    started = time.perf_counter()
    terms = load_terms(a.yaml)
    warn_collisions(terms)
    gen = Generator(terms, a.seed)
    sensitive_rows = 0
    labels = open(a.labels, "w", encoding="utf-8", newline="\n") if a.labels else None
    with open(a.out, "w", encoding="utf-8-sig" if a.bom else "utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", quotechar='"', quoting=csv.QUOTE_MINIMAL,
                       lineterminator="\r\n" if a.crlf else "\n")
        w.writerow(("id", "onderwerp", "omschrijving", "partner"))
        batch = []
        for i in range(1, a.rows + 1):
            fields, sensitive, term = gen.row(i)
            batch.append(fields)
            if sensitive:
                sensitive_rows += 1
            if labels:
                labels.write(f"{i};{int(sensitive)};{term}\n")
            if len(batch) == 10000:
                w.writerows(batch)
                batch.clear()
        w.writerows(batch)
    if labels:
        labels.close()
    seconds = time.perf_counter() - started
    print(json.dumps({"rows": a.rows, "sensitive_rows": sensitive_rows, "terms": len(terms),
                      "bytes": os.path.getsize(a.out), "seconds": round(seconds, 2), "seed": a.seed}))


# ---------------------------------------------------------------------------------------------------
# The everyday vocabulary must not contain a term (roughly as partnerscan matches: case, diacritics and
# hyphens ignored; an abbreviation only as a whole word, a cased one with its case).

def _fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower().replace("-", "")


def collisions(terms):
    texts = []
    for lst in (EVERYDAY_NL, EVERYDAY_EN, FRAMES_NL, FRAMES_EN, TOPICS_NL, TOPICS_EN, EXTRA_NL, EXTRA_EN,
                NL_CITIES, CN_CITIES, NL_UNIS, CN_UNIS, REGIONS, PROGRAMMES_NL, PROGRAMMES_EN, MONTHS_NL, MONTHS_EN):
        texts.extend(re.sub(r"\{[A-Za-z_]+\}", " ", t) for t in lst)
    folded = [(t, _fold(t)) for t in texts]
    found = []
    for key, term in terms:
        if is_abbreviation(term):
            flags = 0 if key == "cased" else re.I
            pat = re.compile(r"(?<![\w])" + re.escape(term) + r"(?![\w])", flags)
            found += [(term, t) for t, _ in folded if pat.search(t)]
        else:
            ft = _fold(term)
            found += [(term, t) for t, f in folded if ft in f]
    return found


def warn_collisions(terms):
    for term, text in collisions(terms):
        print(f"benchdata: warning: everyday text {text!r} contains the term {term!r}; "
              f"the 'about a quarter' of sensitive rows will be off", file=sys.stderr)


def cmd_check(args):
    found = collisions(load_terms(args[0]))
    for term, text in found:
        print(f"{term!r} in {text!r}")
    print(f"{len(found)} collisions")
    sys.exit(1 if found else 0)


# ---------------------------------------------------------------------------------------------------
# Counting records of partnerscan's output.

def count_records(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        head = f.readline()
        if head.lstrip().startswith(("{", "[")):
            # JSON Lines. Records are one a line; should they be pretty-printed over several lines, decode.
            f.seek(0)
            text = f.read()
            try:
                return sum(1 for line in text.splitlines() if line.strip() and json.loads(line) is not None)
            except ValueError:
                dec, pos, n = json.JSONDecoder(), 0, 0
                ws = re.compile(r"\s*")
                pos = ws.match(text, pos).end()
                while pos < len(text):
                    _, pos = dec.raw_decode(text, pos)
                    pos = ws.match(text, pos).end()
                    n += 1
                return n
        # CSV: the delimiter is the most frequent of ; , TAB in the header (it decides where a quoted field
        # may start, and so which line breaks are inside a field).
        delimiter = max(";,\t", key=head.count)
        f.seek(0)
        return sum(1 for _ in csv.reader(f, delimiter=delimiter))


def cmd_count(args):
    print(count_records(args[0]))


# ---------------------------------------------------------------------------------------------------
# Measuring without GNU time / hyperfine.

def cmd_maxrss(args):
    out, cmd = args[0], args[args.index("--") + 1:]
    rc = subprocess.run(cmd, stdout=subprocess.DEVNULL).returncode
    # The largest resident set of any waited-for descendant (Linux: kB); we start only this one.
    kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    with open(out, "w") as f:
        f.write(f"{rc} {kb}\n")


def cmd_median(args):
    import argparse
    sep = args.index("--")
    ap = argparse.ArgumentParser(prog="benchdata.py median")
    ap.add_argument("name")
    ap.add_argument("json")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--stdout", default=os.devnull, help="where the command's standard output goes")
    ap.add_argument("--remove", help="a file to delete before each run (not timed)")
    a = ap.parse_args(args[:sep])
    cmd = args[sep + 1:]
    times = []
    for run in range(a.runs + 1):                      # the first run is the warm-up
        if a.remove and os.path.exists(a.remove):
            os.remove(a.remove)
        with open(a.stdout, "wb") as out:
            started = time.perf_counter()
            rc = subprocess.run(cmd, stdout=out, stderr=subprocess.DEVNULL).returncode  # as hyperfine
            elapsed = time.perf_counter() - started
        if rc != 0:
            sys.exit(f"benchdata: {' '.join(cmd)} exited with {rc}")
        if run:
            times.append(elapsed)
    with open(a.json, "w") as f:
        json.dump({"results": [{"command": a.name, "median": statistics.median(times), "times": times}]}, f)


def cmd_pairs(args):
    """Times two commands in alternating pairs: the machine's speed drifts over minutes, and a ratio taken
    within a pair of runs a few seconds apart is less moved by it than a ratio of two medians taken minutes
    apart. Both commands' standard output is discarded; --remove names a file deleted (untimed) before each run."""
    import argparse
    sep, between = args.index("--"), args.index(":::")
    ap = argparse.ArgumentParser(prog="benchdata.py pairs")
    ap.add_argument("json")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--remove", action="append", default=[])
    a = ap.parse_args(args[:sep])
    commands = {"a": args[sep + 1:between], "b": args[between + 1:]}
    pairs = []
    for run in range(a.runs):
        pair = {}
        for who in ("a", "b") if run % 2 == 0 else ("b", "a"):
            for path in a.remove:
                if os.path.exists(path):
                    os.remove(path)
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            rc = subprocess.run(commands[who], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
            elapsed = time.perf_counter() - started
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            if rc != 0:
                sys.exit(f"benchdata: {' '.join(commands[who])} exited with {rc}")
            pair[who] = {"wall": elapsed, "cpu": (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)}
        pairs.append(pair)
    with open(a.json, "w") as f:
        json.dump({"pairs": pairs}, f)


# ---------------------------------------------------------------------------------------------------

def cmd_report(args):
    import argparse
    ap = argparse.ArgumentParser(prog="benchdata.py report")
    for opt in ("--gen", "--work", "--locale", "--timer", "--format", "--java-opts", "--ps-rss",
                "--ps-records", "--small-status", "--small-rss", "--small-records", "--small-log", "--list-size",
                "--list-status", "--list-rss", "--list-log", "--checksum"):
        ap.add_argument(opt)
    a = ap.parse_args(args)
    gen = json.load(open(a.gen))
    rows, mb = gen["rows"], gen["bytes"] / 1e6

    def median(name):
        path = os.path.join(a.work, name)
        return json.load(open(path))["results"][0]["median"] if os.path.exists(path) else None

    def lines(name):
        n = 0
        with open(os.path.join(a.work, name), "rb") as f:
            for block in iter(lambda: f.read(1 << 22), b""):
                n += block.count(b"\n")
        return n

    def mb_of(kb):
        return f"{int(kb) / 1024:,.0f} MB" if kb and kb.isdigit() else "unknown"

    def cpu(name):
        path = os.path.join(a.work, name)
        if not os.path.exists(path):
            return None
        result = json.load(open(path))["results"][0]
        return result["user"] + result["system"] if "user" in result else None

    g, gc, p = median("grep.json"), median("grep-c.json"), median("partnerscan.json")
    fl = median("floor.json")
    np = median("partnerscan-nopartner.json")
    pl = median("partnerscan-list.json")
    print()
    print("partnerscan batch benchmark (bench/batch.sh)")
    print(f"  input   {rows:,} rows, {mb:.1f} MB; {gen['sensitive_rows']:,} mention a term of the table"
          f" (seed {gen['seed']}, generated in {gen['seconds']:.1f} s)")
    print(f"  terms   {gen['terms']:,}, every quoted/nl/en/cased term of data/sectors.yaml (grep -f terms.txt)")
    print(f"  timing  {a.timer}; JAVA_OPTS {a.java_opts or '(not set)'}")
    print()
    print(f"  {'':44} {'median s':>9} {'rows/s':>11}")
    width = 44

    def line(label, seconds):
        print(f"  {label:{width}} {seconds:9.2f} {rows / seconds:11,.0f}")

    if fl is not None:
        line("floor: FastCSV + Aho-Corasick (Floor.java)", fl)
    if g is not None:
        line(f"grep -i -F -f terms.txt   (LC_ALL={a.locale})", g)
    if gc is not None:
        line("grep -i -F -f terms.txt   (LC_ALL=C, scale)", gc)
    if p is not None:
        line(f"partnerscan batch --format {a.format}", p)
    if np is not None:
        line("  the same, partner column not screened", np)
    if pl is not None:
        line(f"  the same, with an own list of {int(a.list_size):,}", pl)
    print()
    if p is not None and fl is not None:
        ratio = p / fl
        print(f"  ratio partnerscan/floor  {ratio:.2f}   wall time (aim: at most 2: {'met' if ratio <= 2 else 'NOT met'})")
        if cpu("partnerscan.json") and cpu("floor.json"):
            print(f"                           {cpu('partnerscan.json') / cpu('floor.json'):.2f}   CPU time (user + system,"
                  f" means of the timed runs; partnerscan screens on every core, the floor on one)")
    pairs_path = os.path.join(a.work, "pairs.json")
    if os.path.exists(pairs_path):
        pairs = json.load(open(pairs_path))["pairs"]
        walls = [pair["a"]["wall"] / pair["b"]["wall"] for pair in pairs]
        cpus = [pair["a"]["cpu"] / pair["b"]["cpu"] for pair in pairs]
        wall = statistics.median(walls)
        print(f"  the same, per pair       {wall:.2f}   wall time, median of {len(pairs)} alternating pairs of runs"
              f" (aim: at most 2: {'met' if wall <= 2 else 'NOT met'}); pairs {' '.join(f'{r:.2f}' for r in walls)}")
        print(f"                           {statistics.median(cpus):.2f}   CPU time, the same pairs")
    if p is not None and g is not None:
        print(f"  ratio partnerscan/grep   {p / g:.2f}   (grep in LC_ALL={a.locale}, for scale)")
    if p is not None:
        if gc is not None:
            print(f"  against grep in LC_ALL=C {p / gc:.2f}   (for scale only)")
        if np is not None:
            print(f"  partner column           {p / np:.2f}x the time without it (aim: at most 2:"
                  f" {'met' if p / np <= 2 else 'NOT met'}; topics and descriptions are screened for listed"
                  f" names in both)")
        if pl is not None:
            print(f"  own list of {int(a.list_size):,}  {pl / p:.2f}x the time without it (aim: at most 2:"
                  f" {'met' if pl / p <= 2 else 'NOT met'})")
    if a.list_status:
        if a.list_status == "0":
            print(f"  own list, -Xmx512m       succeeded; peak RSS {mb_of(a.list_rss)}")
        else:
            print(f"  own list, -Xmx512m       FAILED (exit {a.list_status}); its standard error ends:")
            for text in open(a.list_log, encoding="utf-8", errors="replace").read().splitlines()[-4:]:
                print("    " + text)
    grep_out = 'grep.out' if os.path.exists(os.path.join(a.work, 'grep.out')) else 'grep-c.out'
    print(f"  grep matched {lines(grep_out):,} of {lines('rows.csv'):,} lines (short terms such as EV or AR"
          f" also match inside ordinary words)")
    if p is None:
        return
    expected = rows + (1 if a.format == "csv" else 0)
    what = "the header and one per row" if a.format == "csv" else "one per row"
    rec = int(a.ps_records)
    print(f"  partnerscan output       {rec:,} records (expected {expected:,}: {what}):"
          f" {'ok' if rec == expected else 'WRONG'}")
    print(f"  peak RSS, default heap   {mb_of(a.ps_rss)}")
    if a.checksum:
        print(f"  output SHA-256           {a.checksum}")
    if a.small_status == "0":
        srec = int(a.small_records)
        print(f"  JAVA_OPTS=-Xmx256m       succeeded; {srec:,} records: {'ok' if srec == expected else 'WRONG'};"
              f" peak RSS {mb_of(a.small_rss)}")
    else:
        print(f"  JAVA_OPTS=-Xmx256m       FAILED (exit {a.small_status}); its standard error ends:")
        for text in open(a.small_log, encoding="utf-8", errors="replace").read().splitlines()[-8:]:
            print("    " + text)


# An own list of organisations (bench/batch.sh --list-size N): made-up names in the shape of real ones (a
# place or a made-up proper name, a subject, a kind of organisation), each with an abbreviation and a
# former name, so that the list's index is as large as a real list of that size. Seeded; no real names.
SYLLABLES = ["an", "bai", "bao", "bei", "chang", "chen", "dong", "fang", "feng", "gao", "guang", "hai", "han",
             "hong", "hua", "jia", "jian", "jin", "kai", "lan", "li", "lin", "long", "mei", "ming", "nan", "ning",
             "ping", "qi", "qing", "rui", "shan", "sheng", "shi", "tai", "tian", "wei", "wen", "xi", "xiang", "xin",
             "ya", "yang", "yi", "yong", "yu", "yuan", "ze", "zhen", "zhi", "zhong", "zhou"]
SUBJECTS = ["Photonics", "Optics", "Materials", "Microelectronics", "Robotics", "Automation", "Energy", "Batteries",
            "Aerospace", "Marine Engineering", "Precision Machinery", "Software", "Biotechnology", "Vaccines",
            "Chemical Engineering", "Semiconductors", "Sensors", "Navigation", "Telecommunications", "Drones"]
KINDS = ["Research Institute", "Institute", "Technology Company Limited", "Laboratory", "Research Center",
         "Group Corporation", "Academy", "Engineering Company", "Industrial Park", "University"]


def cmd_ownlist(args):
    import argparse
    ap = argparse.ArgumentParser(prog="benchdata.py ownlist")
    ap.add_argument("out")
    ap.add_argument("--size", type=int, default=100000)
    ap.add_argument("--seed", type=int, default=20230501)
    a = ap.parse_args(args)
    import random
    rng = random.Random(a.seed)
    seen = set()
    with open(a.out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(("name", "aliases", "country"))
        while len(seen) < a.size:
            proper = "".join(rng.choice(SYLLABLES) for _ in range(rng.choice((2, 2, 3)))).capitalize()
            name = f"{proper} {rng.choice(SUBJECTS)} {rng.choice(KINDS)}"
            if name in seen:
                continue
            seen.add(name)
            abbreviation = "".join(word[0] for word in name.split()).upper()
            former = f"{proper} {rng.choice(SUBJECTS)} {rng.choice(KINDS)}"
            w.writerow((name, f"{abbreviation}{len(seen) % 97}; {former}", "China"))


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    cmd, args = sys.argv[1], sys.argv[2:]
    {"terms": cmd_terms, "rows": cmd_rows, "check": cmd_check, "count": cmd_count, "maxrss": cmd_maxrss,
     "median": cmd_median, "pairs": cmd_pairs, "report": cmd_report, "ownlist": cmd_ownlist}.get(cmd, lambda _: sys.exit(__doc__))(args)


if __name__ == "__main__":
    main()

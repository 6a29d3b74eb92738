#!/usr/bin/env python3
# convert-ca-nro.py: converts Canada's Named Research Organizations list (Government of Canada,
# "Named Research Organizations", science.gc.ca, Safeguarding your research; page last modified
# 2024-04-18; copy of 2024-09-09; Open Government Licence – Canada) from the CSV copy in
# /work/shared/reference/ca-named-research-organizations.csv into partnerscan's list format,
# data/lists/ca-nro.yaml. Standard library only; run it again to repeat the conversion:
#
#     python3 data/lists/convert-ca-nro.py [path/to/ca-named-research-organizations.csv]
#
# Every row is kept, in the CSV's order. Names, countries and aliases are copied exactly as printed
# (spelling, punctuation, curly apostrophes, dashes); the alias field is split on ';' and each alias is
# stripped of surrounding spaces. The only alias dropped is one identical to the entry's own name
# (three entries list their own name as an alias). The CSV gives no kind per entry, so none is written.
# Every string is written double-quoted, so that no value can be read as a number or boolean.

import csv
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CSV = "/work/shared/reference/ca-named-research-organizations.csv"
OUT = os.path.join(HERE, "ca-nro.yaml")
EXPECTED_ROWS = 103
EXPECTED_COUNTRIES = {"People's Republic of China": 85, "Iran": 12, "Russia": 6}

HEADER = """\
# Canada's Named Research Organizations list (NRO): research organisations (85 in the People's Republic
# of China, 12 in Iran, 6 in Russia) whose affiliates make a research project in a sensitive technology
# research area ineligible for Canadian federal research funding.
# Source: Government of Canada, "Named Research Organizations", science.gc.ca, Safeguarding your research;
# page last modified 2024-04-18; this copy taken from a saved copy of 2024-09-09.
# Licence: Open Government Licence – Canada. Contains information licensed under the Open Government
# Licence – Canada.
# Converted from the CSV copy (ca-named-research-organizations.csv) by data/lists/convert-ca-nro.py; do
# not edit by hand, run the script again. Names, countries and aliases are as printed on the list; the
# only change is that an alias identical to the entry's own name is dropped (Air Force Medical
# University, Naval Petty Officer Academy, Northwestern Polytechnical University). The alias
# "CAEP, Beijing Computational Science Research Center, Ninth Academy" of the Chinese Academy of
# Engineering Physics is one alias as printed (commas, not ';', inside it).
# A designation list is not a sanctions list: a hit is not a sanctions finding, and no hit is not a
# clearance.
"""

LIST_FIELDS = [
    ("id", "ca-nro"),
    ("name", "Named Research Organizations (Canada)"),
    ("kind", "designation"),
    ("publisher", "Government of Canada"),
    ("source", "Government of Canada, \"Named Research Organizations\", science.gc.ca, Safeguarding your research"),
    ("date", "2024-04-18"),
    ("retrieved", "2024-09-09"),
    ("licence", "Open Government Licence – Canada"),
    ("attribution", "Contains information licensed under the Open Government Licence – Canada."),
    ("meaning_en",
     "Canada's Named Research Organizations list names research organisations whose affiliates make a "
     "research project in a sensitive technology research area ineligible for Canadian federal research "
     "funding. A hit is not a sanctions finding, and no hit is not a clearance."),
    ("meaning_nl",
     "De Canadese lijst Named Research Organizations noemt onderzoeksorganisaties waarvan de gelieerde "
     "onderzoekers een onderzoeksproject op een gevoelig technologiegebied uitsluiten van Canadese federale "
     "onderzoeksfinanciering. Een treffer is geen sanctiebevinding, en geen treffer is geen vrijbrief."),
]

FLOW_LIMIT = 110  # longer alias lists are written one per line


def q(s):
    """A YAML double-quoted scalar."""
    out = []
    for ch in s:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ord(ch) < 0x20 or ch == "\x7f":
            out.append("\\x%02x" % ord(ch))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def read_rows(path):
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        if reader.fieldnames != ["name", "country", "aliases"]:
            sys.exit("unexpected CSV header: %r" % (reader.fieldnames,))
        return list(reader)


def aliases_of(row):
    name = row["name"].strip()
    out = []
    for part in row["aliases"].split(";"):
        alias = part.strip()
        if alias and alias != name:
            out.append(alias)
    return out


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_CSV
    rows = read_rows(path)
    if len(rows) != EXPECTED_ROWS:
        sys.exit("expected %d rows, found %d" % (EXPECTED_ROWS, len(rows)))
    countries = Counter(r["country"].strip() for r in rows)
    if dict(countries) != EXPECTED_COUNTRIES:
        sys.exit("unexpected countries: %r" % (dict(countries),))

    lines = [HEADER.rstrip("\n"), "list:"]
    for key, value in LIST_FIELDS:
        lines.append("  %s: %s" % (key, q(value)))
    lines.append("entries:")
    for row in rows:
        lines.append("  - name: %s" % q(row["name"].strip()))
        lines.append("    country: %s" % q(row["country"].strip()))
        aliases = aliases_of(row)
        flow = "    aliases: [%s]" % ", ".join(q(a) for a in aliases)
        if len(flow) <= FLOW_LIMIT:
            lines.append(flow)
        else:
            lines.append("    aliases:")
            for a in aliases:
                lines.append("      - %s" % q(a))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote %s: %d entries" % (OUT, len(rows)))


if __name__ == "__main__":
    main()

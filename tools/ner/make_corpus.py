#!/usr/bin/python3
"""Collects unlabelled German text from installed Debian packages into one tokenised file (one
sentence a line, tokens separated by spaces) for tools/ner/ner_clusters. Only packages whose
licences permit shipping a derived model are read (see data/ner/SOURCES); news articles from
../shared are never read. Deterministic: files are visited in sorted order and repeated
sentences are kept once.

Usage: python3 tools/ner/make_corpus.py OUT.txt
Needs: apt-get install manpages-de debian-reference-de developers-reference-de fortunes-de
       gimp-help-de libreoffice-help-de kicad-doc-de debian-edu-doc-de trans-de-en freeciv-data
       wesnoth-1.16-data lyx-common gnome-user-docs
"""
import glob
import gzip
import gettext
import html
import os
import re
import sys

GERMAN = set("""der die das und ist nicht ein eine einen einem einer zu mit von im in den des
dem auf für sich auch es sie er wir ich wird werden wurde kann können sind bei oder aus wenn
nach wie nur noch als dass über vor um hat haben diese dieser dieses man so zum zur am""".split())
ENGLISH = set("the and of to is that for with this are be on not you it as by from".split())
TOKEN = re.compile(r"\w+(?:[-'.]\w+)*|[^\w\s]", re.UNICODE)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ„\"])")

seen = set()
out = open(sys.argv[1], "w", encoding="utf-8")
counts = {}


def emit(source, text):
    """Splits a paragraph into sentences, keeps the German ones."""
    text = " ".join(text.split())
    for sent in SENTENCE_END.split(text):
        toks = TOKEN.findall(sent)
        if len(toks) < 4 or len(toks) > 120:
            continue
        low = [t.lower() for t in toks]
        de = sum(t in GERMAN for t in low)
        en = sum(t in ENGLISH for t in low)
        if de < 2 or de <= en or de * 12 < len(toks):
            continue
        line = " ".join(toks)
        if line in seen:
            continue
        seen.add(line)
        out.write(line + "\n")
        counts[source] = counts.get(source, 0) + len(toks)


TAGS = re.compile(r"<(script|style)\b.*?</\1>|<[^>]+>", re.S | re.I)
BLOCK = re.compile(r"</?(p|div|h\d|li|td|th|tr|br|dt|dd|pre|title|table|ul|ol)\b[^>]*>", re.I)


def html_paragraphs(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        s = f.read()
    s = BLOCK.sub("\n\n", s)
    s = TAGS.sub(" ", s)
    for para in re.split(r"\n\s*\n", html.unescape(s)):
        yield para


GROFF_ESC = re.compile(r"\\f(\[[^\]]*\]|\(..|.)|\\\(..|\\\[[^\]]*\]|\\[-&e|^%c0 ]|\\\*\(?..?|\\s[-+]?\d")


def man_paragraphs(path):
    with gzip.open(path, "rt", encoding="utf-8", errors="replace") as f:
        para = []
        for line in f:
            line = line.rstrip("\n")
            if line.startswith((".", "'")):
                m = re.match(r"\.(B|I|BI|IB|BR|RB|IR|RI|SM)\s+(.*)", line)
                if m:
                    para.append(m.group(2).replace('"', ""))
                    continue
                if para:
                    yield " ".join(para)
                    para = []
                continue
            para.append(GROFF_ESC.sub(lambda m: "-" if m.group(0) == "\\-" else "", line))
        if para:
            yield " ".join(para)


def files(pattern):
    return sorted(glob.glob(pattern, recursive=True))


for path in files("/usr/share/man/de/**/*.gz"):
    for p in man_paragraphs(path):
        emit("manpages-de", p)
for pattern, source in (
    ("/usr/share/debian-reference/*.de.html", "debian-reference-de"),
    ("/usr/share/developers-reference/de/**/*.html", "developers-reference-de"),
    ("/usr/share/doc/debian-edu-doc-de/*.html", "debian-edu-doc-de"),
    ("/usr/share/gimp/2.0/help/de/**/*.html", "gimp-help-de"),
    ("/usr/share/libreoffice/help/de/**/*.html", "libreoffice-help-de"),
    ("/usr/share/doc/kicad/help/de/**/*.html", "kicad-doc-de"),
):
    for path in files(pattern):
        for p in html_paragraphs(path):
            emit(source, p)
for path in files("/usr/share/games/fortunes/de/*"):
    if path.endswith(".dat") or os.path.islink(path) or not os.path.isfile(path):
        continue
    with open(path, encoding="utf-8", errors="replace") as f:
        for p in f.read().split("\n%\n"):
            emit("fortunes-de", p)
# Translated messages of games with story and encyclopaedia text (characters, peoples, places).
for pattern, source in (
    ("/usr/share/games/wesnoth/1.16/locale/de/LC_MESSAGES/*.mo", "wesnoth-1.16-data"),
    ("/usr/share/locale/de/LC_MESSAGES/freeciv-*.mo", "freeciv-data"),
):
    for path in files(pattern):
        with open(path, "rb") as f:
            catalog = gettext.GNUTranslations(f)._catalog
        for key in sorted(catalog, key=str):
            text = catalog[key]
            if key and isinstance(text, str):
                for p in re.split(r"\n\s*\n", re.sub(r"<[^>]+>|\[[^\]]*\]", " ", text)):
                    emit(source, p)
for path in files("/usr/share/lyx/doc/de/*.lyx"):
    with open(path, encoding="utf-8", errors="replace") as f:
        para = []
        for line in f:
            if line.startswith("\\"):
                if line.startswith(("\\end_layout", "\\begin_layout")) and para:
                    emit("lyx-common", " ".join(para))
                    para = []
                continue
            para.append(line.strip())
for path in files("/usr/share/help/de/**/*.page"):
    for p in html_paragraphs(path):
        emit("gnome-user-docs", p)
# German halves of the Ding dictionary (phrases and example sentences).
with open("/usr/share/trans/de-en", encoding="utf-8", errors="replace") as f:
    for line in f:
        if line.startswith("#") or "::" not in line:
            continue
        for part in re.split(r"[|;]", line.split("::")[0]):
            part = re.sub(r"\{[^}]*\}|\[[^\]]*\]|\([^)]*\)", " ", part).strip()
            if len(part.split()) >= 4:
                emit("trans-de-en", part if part[-1] in ".!?" else part + " .")
out.close()
for source in sorted(counts):
    print("%-24s %9d tokens" % (source, counts[source]), file=sys.stderr)
print("%-24s %9d tokens, %d sentences" % ("total", sum(counts.values()), len(seen)),
      file=sys.stderr)

#!/usr/bin/env python3
"""Debian's python3-readability (readability-lxml) over the trafilatura evaluation pages: one JSON
line per page ({file, text}) on stdout, then {"tool", "pages", "seconds"} measuring only
Document(html).summary() (reading files and turning the HTML summary into text are outside the
clock). Usage: python3 readability_py.py PAGES_DIR FILE_LIST"""
import json
import logging
import os
import sys
import time

import lxml.html
from readability import Document

BLOCK = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr", "td",
         "th", "section", "article", "br", "ul", "ol", "table", "figcaption", "dd", "dt"}


def to_text(summary):
    root = lxml.html.fromstring(summary)
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in BLOCK:
            el.tail = "\n" + (el.tail or "")
            if len(el) == 0:
                el.text = "\n" + (el.text or "")
    return root.text_content()


def main():
    logging.disable(logging.CRITICAL)
    pages_dir, list_file = sys.argv[1], sys.argv[2]
    files = [f for f in open(list_file, encoding="utf-8").read().split("\n") if f]
    seconds = 0.0
    for name in files:
        data = open(os.path.join(pages_dir, name), "rb").read()
        t0 = time.perf_counter()
        try:
            summary = Document(data).summary()
        except Exception:  # a crash counts as an empty extraction, as in trafilatura's benchmark
            summary = None
        seconds += time.perf_counter() - t0
        text = ""
        if summary:
            try:
                text = to_text(summary)
            except Exception:
                text = ""
        sys.stdout.write(json.dumps({"file": name, "text": text}) + "\n")
    sys.stdout.write(json.dumps({"tool": "python3-readability", "pages": len(files), "seconds": seconds}) + "\n")


if __name__ == "__main__":
    main()

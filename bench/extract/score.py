#!/usr/bin/env python3
"""Scores extraction outputs on the trafilatura evaluation set exactly as trafilatura's benchmark
does (tests/eval_common.py): whitespace-normalised substring matching of the `with` / `without`
snippets, counts summed over pages, precision/recall/F1/accuracy; pages/s from each output's
summary line. Usage: score.py EVALDATA.json OUTPUT.jsonl...   (OUTPUT lines: {file, text}; last
line {tool, pages, seconds})."""
import json
import re
import sys


def norm(text):
    return re.sub(r"\s+", " ", text).strip()


def main():
    evaldata = json.load(open(sys.argv[1], encoding="utf-8"))
    by_file = {v["file"]: v for v in evaldata.values()}
    print("%-22s %6s %6s %6s %6s %7s %10s" % ("tool", "prec", "recall", "F1", "acc", "pages", "pages/s"))
    for path in sys.argv[2:]:
        texts, summary = {}, None
        for line in open(path, encoding="utf-8"):
            obj = json.loads(line)
            if "tool" in obj:
                summary = obj
            else:
                texts[obj["file"]] = obj["text"]
        tp = fp = fn = tn = 0
        for name, item in by_file.items():
            res = norm(texts.get(name, ""))
            t = sum(1 for w in item["with"] if norm(w) in res)
            f = sum(1 for w in item["without"] if norm(w) in res)
            tp, fp = tp + t, fp + f
            fn, tn = fn + len(item["with"]) - t, tn + len(item["without"]) - f
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0
        accuracy = (tp + tn) / (tp + tn + fp + fn)
        speed = summary["pages"] / summary["seconds"] if summary and summary["seconds"] else 0.0
        print("%-22s %6.3f %6.3f %6.3f %6.3f %7d %10.1f" % (summary["tool"] if summary else path,
              precision, recall, f1, accuracy, len(texts), speed))


if __name__ == "__main__":
    main()

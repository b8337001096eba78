#!/usr/bin/python3
"""scikit-learn baseline for the story benchmark: TF-IDF + agglomerative clustering.

Reads JSON Lines ({"text": ..., "story": gold id}) written by stories_bench, vectorises the texts
with TfidfVectorizer (sublinear tf, words seen in >= 2 and <= 50% of the articles), and clusters
them with AgglomerativeClustering (average linkage on cosine distances, no fixed cluster count,
distance threshold). Agglomerative clustering holds the full n x n distance matrix (O(n^2)
memory, ~O(n^2 log n) time), which is why the benchmark runs it on the smallest corpus only.
The baseline gets every threshold of a small grid and reports the best F1 against the gold
stories (an oracle choice in its favour), with the time of one vectorise + fit.

Needs Debian's python3-sklearn (`apt-get install -y python3-sklearn`).
"""
import json
import sys
import time
from collections import Counter

try:
    import numpy as np
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_distances
except ImportError:
    sys.exit("sklearn baseline: python3-sklearn is missing (apt-get install -y python3-sklearn)")


def bcubed(pred, gold):
    cell, np_, ng = Counter(zip(pred, gold)), Counter(pred), Counter(gold)
    p = sum(n * n / np_[a] for (a, _), n in cell.items()) / len(pred)
    r = sum(n * n / ng[b] for (_, b), n in cell.items()) / len(pred)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main():
    rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
    texts = [r["text"] for r in rows]
    gold = [r["story"] for r in rows]
    best = None
    for threshold in (0.5, 0.6, 0.7, 0.8, 0.9):
        t0, c0 = time.perf_counter(), time.process_time()
        x = TfidfVectorizer(sublinear_tf=True, min_df=2, max_df=0.5).fit_transform(texts)
        d = cosine_distances(x).astype(np.float32)
        pred = AgglomerativeClustering(n_clusters=None, metric="precomputed", linkage="average",
                                       distance_threshold=threshold).fit_predict(d)
        seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
        p, r, f = bcubed(list(pred), gold)
        print(f"  sklearn threshold {threshold:.1f}: CPU {cpu:.1f} s, wall {seconds:.1f} s, "
              f"B3 P {p:.3f} R {r:.3f} F1 {f:.3f}", flush=True)
        if best is None or f > best[3]:
            best = (threshold, seconds, p, f, r, cpu)
    threshold, seconds, p, f, r, cpu = best
    print(f"sklearn TF-IDF + agglomerative (average, cosine) on the same {len(texts)} articles: "
          f"CPU {cpu:.1f} s, wall {seconds:.1f} s ({len(texts) / cpu:.0f} articles/s per CPU "
          f"second), best threshold {threshold:.1f}: B3 P {p:.3f} R {r:.3f} F1 {f:.3f}")


if __name__ == "__main__":
    main()

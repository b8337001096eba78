// Syndication: near-copies of one text (an agency report printed by several outlets, with
// edited headlines, trimmed paragraphs and their own boilerplate). Each document becomes the
// set of its word 4-grams (folded); a 64-value MinHash signature estimates the Jaccard overlap
// of two sets, and from it (with the set sizes) the share of the shorter text found in the
// longer one, which stays high when one outlet cut paragraphs. LSH banding (32 bands of 2
// values) finds the candidate pairs without comparing all pairs; pairs whose estimate lies
// near the bar are counted exactly from their shingles.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <unordered_set>

#include "core/hash.h"
#include "story/story.h"
#include "text/text.h"

namespace tri {
namespace {

constexpr int kHashes = 64;
constexpr int kRows = 2;
constexpr int kBands = kHashes / kRows;
constexpr size_t kRunHead = 16;    // every bucket member is compared with the bucket's first ...
constexpr size_t kRunRecent = 48;  // ... and its latest members

uint64_t Mix(uint64_t x) {  // splitmix64 finaliser
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ull;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebull;
  return x ^ (x >> 31);
}

struct Signature {
  uint32_t min[kHashes];
  uint32_t shingles = 0;
};

// The document's distinct word 4-grams (hashed, sorted).
void Shingles(const Document& doc, std::vector<uint64_t>& words, std::vector<uint64_t>& sh,
              std::string& buf) {
  std::vector<Token> own;
  const std::vector<Token>* tokens = &doc.tokens;
  if (tokens->empty() && !doc.text.empty()) {
    own = Tokenize(std::string_view(doc.text).substr(0, 1 << 20));
    tokens = &own;
  }
  words.clear();
  for (const Token& t : *tokens) {
    if (t.kind != TokenKind::kWord && t.kind != TokenKind::kNumber) continue;
    buf.clear();
    AppendFoldForMatch(doc.slice(t.span), buf);
    words.push_back(Hash64(buf));
  }
  sh.clear();
  for (size_t i = 0; i + 4 <= words.size(); ++i) {
    sh.push_back(Mix(words[i] ^ Mix(words[i + 1] ^ Mix(words[i + 2] ^ Mix(words[i + 3])))));
  }
  std::sort(sh.begin(), sh.end());
  sh.erase(std::unique(sh.begin(), sh.end()), sh.end());
}

Signature Sign(const std::vector<uint64_t>& sh) {
  Signature s;
  std::fill(std::begin(s.min), std::end(s.min), UINT32_MAX);
  s.shingles = static_cast<uint32_t>(sh.size());
  for (uint64_t x : sh) {
    for (int i = 0; i < kHashes; ++i) {
      const uint32_t v = static_cast<uint32_t>(Mix(x + 0x9e3779b97f4a7c15ull * (i + 1)) >> 32);
      s.min[i] = std::min(s.min[i], v);
    }
  }
  return s;
}

// Exact share of the smaller set found in the larger (both sorted).
double ExactOverlap(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  if (a.empty() || b.empty()) return 0;
  size_t i = 0, j = 0, inter = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j])
      ++i;
    else if (b[j] < a[i])
      ++j;
    else
      ++inter, ++i, ++j;
  }
  return double(inter) / std::min(a.size(), b.size());
}

// Estimated share of the smaller shingle set contained in the larger one.
double Overlap(const Signature& a, const Signature& b) {
  int same = 0;
  for (int i = 0; i < kHashes; ++i) same += a.min[i] == b.min[i];
  const double j = double(same) / kHashes;
  const double inter = j * (a.shingles + b.shingles) / (1.0 + j);
  return std::min(1.0, inter / std::min(a.shingles, b.shingles));
}

std::optional<int64_t> Minutes(const Document& d) {
  if (!d.meta.published) return std::nullopt;
  const DateTime& p = *d.meta.published;
  return p.date.ToDays() * 1440 + (p.has_time ? p.hour * 60 + p.minute : 0) -
         p.utc_offset_minutes.value_or(0);
}

std::string Original(const Document& a, const Document& b, const Signature& sa,
                     const Signature& sb) {
  const bool ca = !a.meta.agency.empty(), cb = !b.meta.agency.empty();
  if (ca != cb) return ca ? a.id : b.id;
  const auto ma = Minutes(a), mb = Minutes(b);
  if (ma && mb && *ma != *mb) return *ma < *mb ? a.id : b.id;
  if (ma.has_value() != mb.has_value()) return ma ? a.id : b.id;
  if (sa.shingles != sb.shingles) return sa.shingles > sb.shingles ? a.id : b.id;
  return "";
}

}  // namespace

std::vector<SyndicationPair> FindSyndication(const std::vector<Document>& docs,
                                             const SyndicationOptions& options) {
  std::vector<Signature> sigs;
  sigs.reserve(docs.size());
  std::vector<uint64_t> words, sh, sh2;
  std::string buf;
  for (const Document& d : docs) {
    Shingles(d, words, sh, buf);
    sigs.push_back(Sign(sh));
  }
  std::vector<uint32_t> usable;
  for (uint32_t i = 0; i < docs.size(); ++i) {
    if (sigs[i].shingles >= std::max<size_t>(options.min_shingles, 1)) usable.push_back(i);
  }
  std::unordered_set<uint64_t> seen;  // confirmed pairs (i << 32 | j)
  std::vector<uint32_t> partners(docs.size(), 0);
  std::vector<SyndicationPair> out;
  std::vector<std::pair<uint64_t, uint32_t>> bucket;
  bucket.reserve(usable.size());
  auto consider = [&](uint32_t i, uint32_t j) {  // i < j in input order
    const uint64_t key = (uint64_t(i) << 32) | j;
    if (partners[j] >= options.max_partners || seen.count(key)) return;
    double sim = Overlap(sigs[i], sigs[j]);
    // The estimate from 64 values is good to about +-0.1: near the bar, count exactly.
    if (std::abs(sim - options.min_similarity) < 0.15) {
      Shingles(docs[i], words, sh, buf);
      Shingles(docs[j], words, sh2, buf);
      sim = ExactOverlap(sh, sh2);
    }
    if (sim < options.min_similarity) return;
    seen.insert(key);
    ++partners[j];
    SyndicationPair p;
    p.a = std::min(docs[i].id, docs[j].id);
    p.b = std::max(docs[i].id, docs[j].id);
    if (p.a == p.b) return;  // ids are unique after DisambiguateIds; guard anyway
    p.original = Original(docs[i], docs[j], sigs[i], sigs[j]);
    p.similarity = sim;
    out.push_back(std::move(p));
  };
  for (int band = 0; band < kBands; ++band) {
    bucket.clear();
    for (uint32_t i : usable) {
      uint64_t h = Mix(uint64_t(band) + 1);
      for (int r = 0; r < kRows; ++r) h = Mix(h ^ sigs[i].min[band * kRows + r]);
      bucket.push_back({h, i});
    }
    std::sort(bucket.begin(), bucket.end());
    for (size_t run = 0; run < bucket.size();) {
      size_t end = run;
      while (end < bucket.size() && bucket[end].first == bucket[run].first) ++end;
      for (size_t p = run + 1; p < end; ++p) {
        const size_t head_end = std::min(p, run + kRunHead);
        for (size_t q = run; q < head_end; ++q) consider(bucket[q].second, bucket[p].second);
        for (size_t q = std::max(head_end, p > kRunRecent ? p - kRunRecent : 0); q < p; ++q)
          consider(bucket[q].second, bucket[p].second);
      }
      run = end;
    }
  }
  std::sort(out.begin(), out.end(), [](const SyndicationPair& x, const SyndicationPair& y) {
    return std::tie(x.a, x.b) < std::tie(y.a, y.b);
  });
  out.erase(std::unique(out.begin(), out.end(),
                        [](const SyndicationPair& x, const SyndicationPair& y) {
                          return x.a == y.a && x.b == y.b;
                        }),
            out.end());
  return out;
}

}  // namespace tri

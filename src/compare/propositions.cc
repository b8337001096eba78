#include "compare/propositions.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>
#include <unordered_map>

#include "annotate/claims/lexicon.h"
#include "text/text.h"

namespace tri::comparison {
namespace {

// Frequent words of four letters or more that say nothing about the content.
bool StopWord(std::string_view w) {
  static const char* const kStop[] = {
      "eine",   "einen",     "einem",  "einer",   "eines",     "dass",  "nicht",    "sich",
      "sind",   "wird",      "wurde",  "wurden",  "werden",    "haben", "hatte",    "hatten",
      "habe",   "auch",      "noch",   "nach",    "beim",      "über",  "unter",    "dies",
      "diese",  "dieser",    "diesem", "diesen",  "dieses",    "sein",  "seine",    "seiner",
      "seinen", "ihre",      "ihrer",  "ihren",   "bereits",   "sowie", "schon",    "aber",
      "oder",   "denn",      "doch",   "dann",    "wenn",      "weil",  "zwischen", "gegen",
      "ohne",   "seit",      "bisher", "bislang", "jetzt",     "heute", "sagte",    "sagt",
      "teilte", "mitteilte", "hieß",   "zufolge", "laut",      "mehr",  "from",     "with",
      "that",   "this",      "have",   "been",    "were",      "will",  "would",    "their",
      "there",  "they",      "which",  "about",   "after",     "into",  "more",     "than",
      "also",   "said",      "says",   "told",    "according", "when",  "where",    "what",
      "while",  "some",      "other",  "could",   "should",    "over"};
  for (const char* s : kStop) {
    if (w == s) return true;
  }
  return false;
}

std::string Stem(std::string w) {
  for (std::string_view suffix : {"ungen", "en", "er", "es", "em", "ing", "ed", "e", "n", "s"}) {
    if (w.size() >= suffix.size() + 4 && w.ends_with(suffix)) {
      w.resize(w.size() - suffix.size());
      break;
    }
  }
  return w;
}

bool Neutral(const std::string& f) { return f.size() > 2 && f[1] == ':' && f[0] != 'w'; }

struct Features {
  std::vector<std::string> items;  // sorted, distinct
};

Features Extract(const Document& doc, const Claim& c, uint32_t max_features) {
  std::vector<std::string> f;
  auto first = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), c.span.begin,
                                [](const Token& t, uint32_t off) { return t.span.end <= off; });
  for (auto it = first; it != doc.tokens.end() && it->span.begin < c.span.end; ++it) {
    if (it->kind != TokenKind::kWord && it->kind != TokenKind::kNumber) continue;
    const std::string key = claims::LexKey(doc.slice(it->span));
    const bool code =
        std::any_of(key.begin(), key.end(), [](char ch) { return ch >= '0' && ch <= '9'; }) &&
        std::any_of(key.begin(), key.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; });
    if (code) f.push_back("c:" + key);  // "h5n1", "u19-trainer"
    size_t pos = 0;
    while (pos <= key.size()) {  // hyphen parts count on their own ("U19-Coach")
      size_t dash = key.find('-', pos);
      if (dash == std::string::npos) dash = key.size();
      std::string part = key.substr(pos, dash - pos);
      if (part.size() >= 4 && !StopWord(part) && it->kind == TokenKind::kWord)
        f.push_back("w:" + Stem(part));
      if (code && part.size() >= 2 &&
          std::any_of(part.begin(), part.end(), [](char ch) { return ch >= '0' && ch <= '9'; })) {
        f.push_back("c:" + part);
      }
      pos = dash + 1;
    }
  }
  for (const EntityMention& m : doc.entities) {
    if (!c.span.overlaps(m.span) || m.nested) continue;
    std::string name = FoldForMatch(m.canonical.empty() ? doc.slice(m.span) : m.canonical);
    if (name.ends_with("'s")) name.resize(name.size() - 2);
    if (m.type == EntityType::kPer) {
      // A person by the last two words of the name: "U19-Coach Holger Brink" is Holger Brink.
      size_t cut = name.rfind(' ');
      if (cut != std::string::npos && cut > 0) cut = name.rfind(' ', cut - 1);
      if (cut != std::string::npos) name = name.substr(cut + 1);
    }
    f.push_back("e:" + name);
    if (!m.canonical.empty()) continue;  // linked: the canonical name is the one feature
    size_t pos = 0;                      // unlinked: its words may meet another report's spelling
    while (pos < name.size()) {
      size_t sp = name.find(' ', pos);
      if (sp == std::string::npos) sp = name.size();
      if (sp - pos >= 3 && sp - pos < name.size()) f.push_back("e:" + name.substr(pos, sp - pos));
      pos = sp + 1;
    }
  }
  for (const ClaimSlot& s : c.slots) {
    if (s.name == "number" && !s.normalized.empty()) f.push_back("n:" + s.normalized);
    if (s.name == "what" && !s.span.empty()) f.push_back("f:" + s.normalized);
    if ((s.name == "date" || s.name == "statement_date") &&
        s.normalized.find('X') == std::string::npos) {
      f.push_back("d:" + s.normalized);
    }
    if (s.name == "place") f.push_back("p:" + s.normalized);
  }
  std::sort(f.begin(), f.end());
  f.erase(std::unique(f.begin(), f.end()), f.end());
  if (f.size() > max_features) f.resize(max_features);
  return {std::move(f)};
}

std::string Shorten(std::string_view s, size_t max) {
  if (s.size() <= max) return std::string(s);
  size_t cut = s.rfind(' ', max);
  if (cut == std::string_view::npos || cut < max / 2) cut = max;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // UTF-8 boundary
  return std::string(s.substr(0, cut)) + " …";
}

struct UnionFind {
  std::vector<uint32_t> parent;
  explicit UnionFind(size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  uint32_t Find(uint32_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  void Union(uint32_t a, uint32_t b) {
    a = Find(a), b = Find(b);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);
  }
};

}  // namespace

void AlignPropositions(const std::vector<Document*>& docs, std::vector<std::vector<bool>>& carried,
                       const std::vector<std::vector<bool>>& compared,
                       const PropositionLimits& limits, std::vector<ComparedClaim>& out) {
  struct Item {
    uint32_t doc, claim;
    Features f;
    double weight = 0, neutral = 0;
  };
  std::vector<Item> items;
  for (uint32_t d = 0; d < docs.size(); ++d) {
    for (uint32_t c = 0; c < docs[d]->claims.size(); ++c) {
      if (carried[d][c]) continue;  // already compared with another document
      items.push_back({d, c, Extract(*docs[d], docs[d]->claims[c], limits.max_features)});
    }
  }
  std::unordered_map<std::string, std::vector<uint32_t>> index;
  for (uint32_t i = 0; i < items.size(); ++i) {
    for (const std::string& f : items[i].f.items) index[f].push_back(i);
  }
  const double n = static_cast<double>(items.size()) + 1;
  auto idf = [&](const std::string& f) {
    const double w = std::log(n / (index[f].size() + 0.5));
    return std::max(0.0, w) * (Neutral(f) ? 1.5 : 1.0);
  };
  for (Item& it : items) {
    for (const std::string& f : it.f.items) {
      const double w = idf(f);
      it.weight += w;
      if (Neutral(f)) it.neutral += w;
    }
  }
  // Each claim's best match in every other document; pairs that choose each other are linked
  // (so a cluster rarely holds two claims of one report).
  std::vector<std::vector<std::pair<uint32_t, uint32_t>>> choice(items.size());  // (doc, item)
  std::vector<std::pair<double, uint32_t>> best(docs.size(), {0.0, UINT32_MAX});
  std::vector<uint32_t> touched;
  struct Shared {
    double all = 0, neutral = 0;
    int neutral_count = 0, typed_count = 0;  // typed: frames, numbers, dates, codes, places
  };
  std::unordered_map<uint32_t, Shared> shared;
  for (uint32_t i = 0; i < items.size(); ++i) {
    shared.clear();
    for (const std::string& f : items[i].f.items) {
      const auto& postings = index[f];
      if (postings.size() > limits.max_postings) continue;
      const double w = idf(f);
      for (uint32_t j : postings) {
        if (items[j].doc == items[i].doc) continue;
        Shared& s = shared[j];
        s.all += w;
        if (Neutral(f)) {
          s.neutral += w;
          ++s.neutral_count;
          s.typed_count += f[0] != 'e';
        }
      }
    }
    touched.clear();
    for (const auto& [j, s] : shared) {
      const Item& a = items[i];
      const Item& b = items[j];
      // Opposite polarity is no agreement ("60 Verletzte" vs "keine Deutschen unter den
      // Verletzten").
      if (docs[a.doc]->claims[a.claim].negated != docs[b.doc]->claims[b.claim].negated) continue;
      // Words count within one language; names, frames, figures, dates and codes count in
      // any (across languages they are all there is), but only two of them together, one
      // not a name: a shared name alone is the story's topic, not a shared statement.
      double sim = docs[a.doc]->language == docs[b.doc]->language
                       ? s.all / std::max(1e-9, std::sqrt(a.weight * b.weight))
                       : 0.0;
      if (s.neutral_count >= 2 && s.typed_count >= 1) {
        sim = std::max(sim, 0.8 * s.neutral / std::max(1e-9, std::sqrt(a.neutral * b.neutral)));
      }
      if (sim < limits.min_similarity) continue;
      auto& bd = best[b.doc];
      if (bd.second == UINT32_MAX || bd.first == 0) touched.push_back(b.doc);
      if (bd.second == UINT32_MAX || sim > bd.first || (sim == bd.first && j < bd.second))
        bd = {sim, j};
    }
    std::sort(touched.begin(), touched.end());
    touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
    for (uint32_t d : touched) {
      choice[i].emplace_back(d, best[d].second);
      best[d] = {0.0, UINT32_MAX};
    }
  }
  UnionFind uf(items.size());
  for (uint32_t i = 0; i < items.size(); ++i) {
    for (const auto& [d, j] : choice[i]) {
      const auto& back = choice[j];
      const bool mutual = std::any_of(back.begin(), back.end(), [&](const auto& c) {
        return c.first == items[i].doc && c.second == i;
      });
      if (mutual) uf.Union(i, j);
    }
  }
  // Clusters in first-item order; a cluster of several documents is an agreed proposition.
  std::unordered_map<uint32_t, std::vector<uint32_t>> clusters;
  std::vector<uint32_t> roots;
  for (uint32_t i = 0; i < items.size(); ++i) {
    const uint32_t r = uf.Find(i);
    if (clusters[r].empty()) roots.push_back(r);
    clusters[r].push_back(i);
  }
  std::vector<uint32_t> singles(docs.size(), 0);
  for (uint32_t r : roots) {
    const std::vector<uint32_t>& members = clusters[r];
    std::vector<bool> seen(docs.size(), false);
    size_t distinct = 0;
    for (uint32_t i : members) distinct += !seen[items[i].doc] && (seen[items[i].doc] = true);
    const Item& first = items[members.front()];
    if (distinct == 1) {
      // Only one document says it; listed unless a typed comparison lists it already.
      if (compared[first.doc][first.claim] || first.f.items.size() < 3 ||
          singles[first.doc]++ >= limits.max_single_per_document) {
        continue;
      }
    }
    ComparedClaim cc;
    cc.slot = "what";
    const Document& d0 = *docs[first.doc];
    cc.statement = Shorten(d0.slice(d0.claims[first.claim].span), 160);
    cc.relation = distinct > 1 ? Relation::kAgreed : Relation::kSingleSource;
    for (uint32_t i : members) {
      const Document& d = *docs[items[i].doc];
      const Claim& c = d.claims[items[i].claim];
      ClaimValue v{Shorten(d.slice(c.span), 160),
                   "",
                   c.span,
                   c.id,
                   c.source,
                   c.modality,
                   c.source_kind,
                   "",
                   ""};
      if (d.meta.published) v.date = d.meta.published->date.ToIso();
      if (c.modality == Modality::kHedged || c.modality == Modality::kSpeculative) {
        if (std::find(cc.hedged_in.begin(), cc.hedged_in.end(), d.id) == cc.hedged_in.end())
          cc.hedged_in.push_back(d.id);
      }
      if (cc.values.count(d.id)) {
        cc.other_values.emplace_back(d.id, std::move(v));
      } else {
        cc.values.emplace(d.id, std::move(v));
      }
      if (distinct > 1) carried[items[i].doc][items[i].claim] = true;
    }
    std::sort(cc.hedged_in.begin(), cc.hedged_in.end());
    if (distinct > 1) cc.note = "the same statement in " + std::to_string(distinct) + " reports";
    out.push_back(std::move(cc));
  }
}

}  // namespace tri::comparison

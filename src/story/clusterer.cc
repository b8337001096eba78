#include "story/clusterer.h"

#include <algorithm>
#include <cmath>

namespace tri::story {
namespace {

constexpr size_t kClosedCentroidTerms = 64;  // summary kept of a closed story

uint8_t GroupOf(const Term& t, uint8_t language) {
  return IsNeutral(t.channel) ? 3 : std::min<uint8_t>(language, 2);
}

std::vector<const Term*> HeaviestOf(const DocVector& d, size_t n, bool neutral) {
  std::vector<const Term*> top;
  top.reserve(d.terms.size());
  for (const Term& t : d.terms) {
    if (IsNeutral(t.channel) == neutral) top.push_back(&t);
  }
  auto heavier = [](const Term* a, const Term* b) {
    return a->weight != b->weight ? a->weight > b->weight : a->key < b->key;
  };
  if (top.size() > n) {
    std::nth_element(top.begin(), top.begin() + n, top.end(), heavier);
    top.resize(n);
  }
  std::sort(top.begin(), top.end(), heavier);
  return top;
}

// The heaviest `n` words and the heaviest `n` neutral terms of a document, each heaviest first
// (ties by key: deterministic). Both kinds are needed: a report in another language shares
// only its neutral terms with the story.
std::vector<const Term*> Heaviest(const DocVector& d, size_t n) {
  std::vector<const Term*> words = HeaviestOf(d, n, false), neutral = HeaviestOf(d, n, true);
  words.insert(words.end(), neutral.begin(), neutral.end());
  return words;
}

void EraseFrom(std::unordered_map<uint64_t, std::vector<uint32_t>>& index, uint64_t key,
               uint32_t story) {
  auto it = index.find(key);
  if (it == index.end()) return;
  std::vector<uint32_t>& p = it->second;
  auto pos = std::find(p.begin(), p.end(), story);
  if (pos != p.end()) p.erase(pos);  // keep order: candidate order must not depend on closings
  if (p.empty()) index.erase(it);
}

}  // namespace

StoryClusterer::StoryClusterer(const StoryOptions& options) : options_(options) {}

double StoryClusterer::CentroidScore(const State& s, const DocVector& d) const {
  const bool shared_only = options_.shared_terms && s.members.size() >= 3;
  const double* norm2 = shared_only ? s.shared2 : s.norm2;
  double dot_lex = 0, dot_neu = 0;
  auto c = s.centroid.begin();
  const auto c_end = s.centroid.end();
  for (const Term& t : d.terms) {
    while (c != c_end && c->key < t.key) ++c;
    if (c == c_end) break;
    if (c->key != t.key || (shared_only && c->count < 2)) continue;
    (IsNeutral(t.channel) ? dot_neu : dot_lex) += double(t.weight) * c->w;
  }
  const uint8_t lang = std::min<uint8_t>(d.language, 2);
  if (norm2[lang] > 0) {
    double score =
        (dot_lex + dot_neu) / std::sqrt(norm2[lang] + norm2[3]) / options_.min_similarity;
    const double floor = options_.min_neutral_similarity;
    if (floor > 0 && norm2[3] > 0 && d.neutral_norm >= options_.neutral_floor_min_norm) {
      const double neutral = dot_neu / (std::sqrt(norm2[3]) * d.neutral_norm);
      if (neutral < floor) score *= 0.5 + 0.5 * neutral / floor;
    }
    return score;
  }
  if (norm2[3] > 0 && d.neutral_norm > 0) {
    // No article of this language in the story: only the language-neutral part compares.
    return dot_neu / (std::sqrt(norm2[3]) * d.neutral_norm) / options_.min_bridge_similarity;
  }
  return 0;
}

double StoryClusterer::MemberScore(const State& s, const DocVector& d) const {
  double best[2] = {0, 0};
  for (const DocVector& m : s.recent) {
    const PairSimilarity p = Compare(d, m);
    double score;
    if (m.language == d.language) {
      // Both unit length: the joint cosine is the sum of the parts' dot products.
      const double wd = std::sqrt(std::max(0.0, 1.0 - double(d.neutral_norm) * d.neutral_norm));
      const double wm = std::sqrt(std::max(0.0, 1.0 - double(m.neutral_norm) * m.neutral_norm));
      score = (p.words * wd * wm + p.neutral * d.neutral_norm * m.neutral_norm) /
              options_.min_similarity;
    } else {
      score = p.neutral / options_.min_bridge_similarity;
    }
    if (score > best[0])
      best[1] = best[0], best[0] = score;
    else if (score > best[1])
      best[1] = score;
  }
  return s.recent.size() >= 2 ? (best[0] + best[1]) / 2 : best[0];
}

double StoryClusterer::Score(const State& s, const DocVector& d, std::optional<int64_t> at) const {
  const double window = std::max(1, options_.window_days) * 1440.0;
  double gap = 0;
  if (at && s.last_minutes) {
    if (*at > *s.last_minutes)
      gap = double(*at - *s.last_minutes);
    else if (*at < *s.first_minutes)
      gap = double(*s.first_minutes - *at);
  }
  const double w = s.recent.empty() ? 0.0 : options_.member_weight;
  const double centroid = CentroidScore(s, d);
  double score = (1 - w) * centroid;
  // Far from the centroid, no pair of members brings the blend to the bar: skip the pairs.
  if (w > 0 && centroid > 0.4) score += w * MemberScore(s, d);
  return score * (1.0 - options_.time_decay * std::min(1.0, gap / window));
}

void StoryClusterer::Candidates(const DocVector& d, bool include_closed,
                                std::vector<uint32_t>& out) {
  acc_.clear();
  for (const Term* t : Heaviest(d, options_.query_terms)) {
    for (auto* index : {&open_index_, include_closed ? &closed_index_ : nullptr}) {
      if (!index) continue;
      auto it = index->find(t->key);
      // The closed index spans all time: a term in that many stories does not discriminate.
      const size_t cap = index == &closed_index_ ? options_.max_posting / 8 : options_.max_posting;
      if (it == index->end() || it->second.size() > cap) continue;
      for (uint32_t s : it->second) acc_[s] += t->weight;
    }
  }
  std::vector<std::pair<float, uint32_t>> ranked;
  ranked.reserve(acc_.size());
  for (const auto& [s, w] : acc_) ranked.push_back({w, s});
  auto better = [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  };
  if (ranked.size() > options_.max_candidates) {
    std::nth_element(ranked.begin(), ranked.begin() + options_.max_candidates, ranked.end(),
                     better);
    ranked.resize(options_.max_candidates);
  }
  std::sort(ranked.begin(), ranked.end(), better);
  out.clear();
  for (const auto& r : ranked) out.push_back(r.second);
}

uint32_t StoryClusterer::Add(const DocVector& d, std::optional<int64_t> minutes,
                             std::optional<int64_t> hint_minutes) {
  const uint32_t doc = docs_++;
  if (minutes) {
    now_ = std::max(now_, *minutes);
    CloseBefore(now_ - int64_t(std::max(1, options_.window_days)) * 1440);
  }
  // Undated documents may belong to any story, including closed ones.
  const std::optional<int64_t> at = minutes ? minutes : hint_minutes;
  std::vector<uint32_t> cands;
  Candidates(d, !minutes.has_value(), cands);
  const double window = std::max(1, options_.window_days) * 1440.0;
  uint32_t best = UINT32_MAX;
  // Scores are relative to the threshold. The more stories are open, the likelier one of them
  // matches by chance (the maximum of many noisy similarities grows with their number), so
  // the bar rises with the logarithm of the open stories.
  double best_score = 1.0 + options_.crowding * std::log10(std::max(1.0, double(open_) / 10.0));
  for (uint32_t c : cands) {
    const State& s = stories_[c];
    // The hint (the latest full date the text names: a video caption, an earlier event) is a
    // lower bound of the publication time: it rules out stories that ended long before it and
    // weakens those that ended before it, never those still running at or after it.
    std::optional<int64_t> when = at;
    if (!minutes && hint_minutes && s.last_minutes) {
      if (*hint_minutes > *s.last_minutes + window) continue;
      if (*hint_minutes <= *s.last_minutes) when.reset();
    }
    const double score = Score(s, d, when);
    if (observer_) observer_(doc, c, score);
    if (score >= best_score && (score > best_score || best == UINT32_MAX || c < best)) {
      best_score = score;
      best = c;
    }
  }
  if (best == UINT32_MAX) {
    best = static_cast<uint32_t>(stories_.size());
    stories_.emplace_back();
    ++open_;
  }
  stories_[best].members.push_back(doc);
  Absorb(best, d, minutes);
  // A story opened by an undated document has no time to expire by: keep it in the compact
  // closed form, where only undated documents look (bounded memory for floods of them).
  if (!minutes && stories_[best].open && !stories_[best].last_minutes) Close(best);
  return best;
}

void StoryClusterer::Absorb(uint32_t id, const DocVector& d, std::optional<int64_t> minutes) {
  State& s = stories_[id];
  merged_.clear();
  auto c = s.centroid.begin();
  for (const Term& t : d.terms) {
    while (c != s.centroid.end() && c->key < t.key) merged_.push_back(*c++);
    Entry e{t.key, 0, 0, GroupOf(t, d.language)};
    if (c != s.centroid.end() && c->key == t.key) e = *c++;
    e.w += t.weight;
    e.count = static_cast<uint16_t>(std::min<int>(e.count + 1, UINT16_MAX));
    merged_.push_back(e);
  }
  merged_.insert(merged_.end(), c, s.centroid.end());
  s.centroid.swap(merged_);
  const size_t limit = s.open ? options_.max_centroid_terms : kClosedCentroidTerms;
  if (s.centroid.size() > 2 * limit)
    Prune(s, limit);
  else
    Renorm(s);
  if (minutes) {
    if (!s.first_minutes || *minutes < *s.first_minutes) s.first_minutes = minutes;
    if (!s.last_minutes || *minutes > *s.last_minutes) s.last_minutes = minutes;
    if (s.open) expiry_.push({*s.last_minutes, id});
  }
  if (s.open) {
    IndexTerms(id, d);
    if (options_.member_weight > 0 && options_.member_vectors > 0) {
      if (s.recent.size() >= options_.member_vectors) s.recent.erase(s.recent.begin());
      s.recent.push_back(d);
    }
  }
}

void StoryClusterer::IndexTerms(uint32_t id, const DocVector& d) {
  State& s = stories_[id];
  for (const Term* t : Heaviest(d, options_.index_terms_per_document)) {
    if (s.indexed.size() >= options_.max_index_terms_per_story) break;  // early articles define it
    if (std::find(s.indexed.begin(), s.indexed.end(), t->key) != s.indexed.end()) continue;
    s.indexed.push_back(t->key);
    open_index_[t->key].push_back(id);
  }
}

void StoryClusterer::Renorm(State& s) {
  std::fill(std::begin(s.norm2), std::end(s.norm2), 0.0);
  std::fill(std::begin(s.shared2), std::end(s.shared2), 0.0);
  for (const Entry& e : s.centroid) {
    s.norm2[e.group] += double(e.w) * e.w;
    if (e.count >= 2) s.shared2[e.group] += double(e.w) * e.w;
  }
}

void StoryClusterer::Prune(State& s, size_t keep_terms) const {
  if (s.centroid.size() > keep_terms) {
    auto heavier = [](const Entry& a, const Entry& b) {
      return a.w != b.w ? a.w > b.w : a.key < b.key;
    };
    std::nth_element(s.centroid.begin(), s.centroid.begin() + keep_terms, s.centroid.end(),
                     heavier);
    s.centroid.resize(keep_terms);
    std::sort(s.centroid.begin(), s.centroid.end(),
              [](const Entry& a, const Entry& b) { return a.key < b.key; });
    s.centroid.shrink_to_fit();
  }
  Renorm(s);
}

void StoryClusterer::CloseBefore(int64_t minutes) {
  while (!expiry_.empty() && expiry_.top().first < minutes) {
    const auto [last, id] = expiry_.top();
    expiry_.pop();
    State& s = stories_[id];
    if (!s.open || !s.last_minutes || *s.last_minutes != last) continue;  // stale entry
    Close(id);
  }
}

void StoryClusterer::Close(uint32_t id) {
  State& s = stories_[id];
  s.open = false;
  --open_;
  for (uint64_t k : s.indexed) {
    EraseFrom(open_index_, k, id);
    closed_index_[k].push_back(id);
  }
  // A closed story is only searched by undated documents: a short summary is enough.
  const size_t keep = std::min(options_.max_centroid_terms, kClosedCentroidTerms);
  if (s.centroid.size() > keep) Prune(s, keep);
  s.indexed.shrink_to_fit();
  std::vector<DocVector>().swap(s.recent);
}

std::vector<std::vector<uint32_t>> StoryClusterer::Members() const {
  std::vector<std::vector<uint32_t>> out;
  out.reserve(stories_.size());
  for (const State& s : stories_) out.push_back(s.members);
  return out;
}

}  // namespace tri::story

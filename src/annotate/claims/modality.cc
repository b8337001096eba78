// Modality, likelihood and stance of a clause body, from the cue lexicon.
#include <algorithm>
#include <array>
#include <cstdlib>

#include "annotate/claims/extract.h"

namespace tri::claims {
namespace {

constexpr std::array<std::string_view, 5> kLevels = {"very_low", "low", "medium", "high",
                                                     "very_high"};

int LevelIndex(std::string_view level) {
  for (size_t i = 0; i < kLevels.size(); ++i) {
    if (kLevels[i] == level) return static_cast<int>(i);
  }
  return -1;
}

// Cues of one class in the body, dropping those inside a longer cue of the same class
// ("unwahrscheinlich" inside "sehr unwahrscheinlich").
std::vector<CueMatch> Maximal(const DocView& v, const Body& body, CueClass cls) {
  std::vector<CueMatch> out;
  v.ForCues(body.begin, body.end, [&](const CueMatch& c) {
    if (c.cls != cls || !body.Contains(c.begin)) return;
    for (const CueMatch& o : out) {
      if (o.begin <= c.begin && c.end <= o.end) return;
    }
    out.push_back(c);
  });
  return out;
}

// A negation word ending at most one token before `token`, and not part of a cue that absorbs it.
bool NegatedBefore(const std::vector<CueMatch>& negs, uint32_t token) {
  for (const CueMatch& n : negs) {
    if (n.end <= token && n.end + 1 >= token) return true;
  }
  return false;
}

bool Inside(const std::vector<CueMatch>& spans, const CueMatch& c) {
  for (const CueMatch& s : spans) {
    if (s.begin <= c.begin && c.end <= s.end &&
        !(s.begin == c.begin && s.end == c.end && s.cls == c.cls)) {
      return true;
    }
  }
  return false;
}

// Negation cues that really negate: not inside "nicht nur" and friends, nor inside a
// likelihood/stance phrase that already reads them ("nicht ausgeschlossen").
std::vector<CueMatch> Negations(const DocView& v, const Body& body) {
  std::vector<CueMatch> absorbing = Maximal(v, body, CueClass::kNegNot);
  for (const CueMatch& c : Maximal(v, body, CueClass::kLik)) absorbing.push_back(c);
  std::vector<CueMatch> out;
  for (const CueMatch& n : Maximal(v, body, CueClass::kNeg)) {
    if (!Inside(absorbing, n)) out.push_back(n);
  }
  return out;
}

}  // namespace

Span SpanOf(const DocView& v, uint32_t b, uint32_t e) {
  if (b >= e || e > v.size()) return {};
  return {v.doc.tokens[b].span.begin, v.doc.tokens[e - 1].span.end};
}

LikelihoodReading ReadLikelihood(const DocView& v, const Body& body) {
  LikelihoodReading r;
  const std::vector<CueMatch> negs = Negations(v, body);
  // A likelihood noun with a magnitude near it: "die Chancen stehen gut", "große
  // Wahrscheinlichkeit".
  const auto nouns = Maximal(v, body, CueClass::kLNoun);
  const auto mags = Maximal(v, body, CueClass::kLMag);
  if (!nouns.empty() && !mags.empty()) {
    const CueMatch& noun = nouns.front();
    const CueMatch* best = nullptr;
    uint32_t best_dist = 17;  // "die Möglichkeit zu einer derartigen Unterredung ... sei erheblich"
    for (const CueMatch& m : mags) {
      const uint32_t d = m.begin > noun.begin ? m.begin - noun.begin : noun.begin - m.begin;
      if (d < best_dist) {
        best = &m;
        best_dist = d;
      }
    }
    if (best) {
      int level = LevelIndex(v.lex.value(best->value));
      if (NegatedBefore(negs, best->begin)) level = 4 - level;
      r.level = std::string(kLevels[std::clamp(level, 0, 4)]);
      r.of = std::string(v.lex.value(noun.value));
      r.span = SpanOf(v, std::min(noun.begin, best->begin), std::max(noun.end, best->end));
      return r;
    }
  }
  const auto liks = Maximal(v, body, CueClass::kLik);
  if (!liks.empty()) {
    const CueMatch& l = liks.front();
    int level = LevelIndex(v.lex.value(l.value));
    if (NegatedBefore(negs, l.begin)) level = level >= 2 ? (level == 2 ? 0 : 4 - level) : 4 - level;
    r.level = std::string(kLevels[std::clamp(level, 0, 4)]);
    r.of = nouns.empty() ? "occur" : std::string(v.lex.value(nouns.front().value));
    r.span = SpanOf(v, l.begin, l.end);
  }
  return r;
}

StanceReading ReadStance(const DocView& v, const Body& body, bool has_frame) {
  StanceReading r;
  const std::vector<CueMatch> negs = Negations(v, body);
  const auto stances = Maximal(v, body, CueClass::kStance);
  auto negated_before = [&](uint32_t token) {
    for (const CueMatch& n : negs) {
      if (n.end <= token) return true;
    }
    return false;
  };
  if (!stances.empty()) {
    const CueMatch& s = stances.front();
    std::string_view value = v.lex.value(s.value);
    const bool neg = negated_before(s.begin);
    if (value == "ready") r.value = neg ? "unwilling" : "ready";
    if (value == "unwilling") r.value = neg ? "ready" : "unwilling";
    if (value == "comment") r.value = neg ? "no_statement" : "commented";
    if (value == "no_statement") r.value = neg ? "commented" : "no_statement";
    if (value == "support") r.value = neg ? "oppose" : "support";
    if (value == "oppose") r.value = neg ? "support" : "oppose";
    r.span = SpanOf(v, s.begin, s.end);
    return r;
  }
  // "Trump will Kim treffen", "er hoffe, Kim zu treffen": wanting what the clause names.
  if (has_frame) {
    const auto wants = Maximal(v, body, CueClass::kVolition);
    if (!wants.empty()) {
      r.value = negs.empty() ? "ready" : "unwilling";
      r.span = SpanOf(v, wants.front().begin, wants.front().end);
    }
  }
  return r;
}

ModalityReading ReadModality(const DocView& v, const Body& body, bool attributed) {
  ModalityReading r;
  bool hedged = false, speculative = false, kon1 = false;
  std::vector<std::pair<uint32_t, uint32_t>> words;
  v.ForCues(body.begin, body.end, [&](const CueMatch& c) {
    if (!body.Contains(c.begin)) return;
    switch (c.cls) {
      case CueClass::kHedge:
      case CueClass::kLik:
        hedged = true;
        words.emplace_back(c.begin, c.end);
        break;
      case CueClass::kSpec:
        // English "would" after a speech verb is the reported future, not a conditional.
        if (attributed && v.lang == kLangEn && v.keys[c.begin] == "would") break;
        speculative = true;
        words.emplace_back(c.begin, c.end);
        break;
      case CueClass::kKon1:
        kon1 = true;
        break;
      default:
        break;
    }
  });
  if (!ReadLikelihood(v, body).level.empty()) hedged = true;
  const std::vector<CueMatch> negs = Negations(v, body);
  for (const CueMatch& n : negs) words.emplace_back(n.begin, n.end);
  r.negated = !negs.empty();
  r.modality = speculative            ? Modality::kSpeculative
               : hedged               ? Modality::kHedged
               : r.negated            ? Modality::kNegated
               : (attributed || kon1) ? Modality::kReported
                                      : Modality::kAsserted;
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  for (auto [b, e] : words) {
    Span s = SpanOf(v, b, e);
    if (r.hedges.empty() || !r.hedges.back().contains(s)) r.hedges.push_back(s);
  }
  return r;
}

}  // namespace tri::claims

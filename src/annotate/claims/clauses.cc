#include "annotate/claims/clauses.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace tri::claims {
namespace {

// Common words with verb-like endings that are not verbs.
constexpr std::array<std::string_view, 40> kNotVerbs = {
    "nicht",     "jetzt",  "zuletzt",  "seit",    "mit",     "weit",     "bereits", "erst",
    "bislang",   "damit",  "trotzdem", "bisher",  "meist",   "zuerst",   "heute",   "jeweils",
    "insgesamt", "selbst", "sogar",    "oft",     "samt",    "laut",     "gut",     "recht",
    "rechts",    "direkt", "weltweit", "bekannt", "derzeit", "zunächst", "künftig", "bereit",
    "nächste",   "letzte", "erste",    "zweite",  "dritte",  "monate",   "leute",   "geplant"};

bool IsBoundaryPunct(std::string_view t) {
  return t == "," || t == ";" || t == ":" || t == "-" || t == "–" || t == "—" || t == "." ||
         t == "!" || t == "?" || t == "(" || t == ")";
}

}  // namespace

bool LooksLikeVerb(const DocView& v, uint32_t i, uint32_t clause_begin) {
  for (uint32_t c = v.cue_from[i]; c < v.cues.size() && v.cues[c].begin == i; ++c) {
    switch (v.cues[c].cls) {
      case CueClass::kVerb:
      case CueClass::kKon1:
      case CueClass::kSpec:
      case CueClass::kSpeech:
      case CueClass::kVolition:
      case CueClass::kPast:
      case CueClass::kFuture:
        return true;
      default:
        break;
    }
  }
  // Suffix guesses only for lower-case words: capitalised ones are German nouns or names.
  if (!v.IsWord(i) || v.IsCapitalized(i)) return false;
  const std::string& k = v.keys[i];
  if (k.size() < 4 || k.find('-') != std::string::npos) return false;
  if (std::find(kNotVerbs.begin(), kNotVerbs.end(), k) != kNotVerbs.end()) return false;
  if (v.lang & kLangEn && (k.ends_with("ed") || k.ends_with("ing")))
    return v.lang == kLangEn || k.ends_with("ed");
  if (!(v.lang & kLangDe)) return false;
  if (k.starts_with("ge") && k.size() >= 6 && (k.ends_with("t") || k.ends_with("en"))) return true;
  for (std::string_view end :
       {"te", "ten", "tet", "et", "rt", "lt", "nt", "ht", "kt", "gt", "ßt", "ss"}) {
    if (k.ends_with(end)) return true;
  }
  return false;
}

std::vector<Clause> SplitClauses(const DocView& v, uint32_t s, uint32_t max_tokens) {
  std::vector<Clause> out;
  if (s >= v.doc.sentences.size()) return out;
  const Sentence& sent = v.doc.sentences[s];
  const uint32_t sb = sent.token_begin, se = std::min<uint32_t>(sent.token_end, v.size());
  if (sb >= se) return out;
  max_tokens = std::max<uint32_t>(max_tokens, 8);

  // Raw pieces between boundary punctuation; a piece longer than the cap is cut.
  std::vector<Clause> pieces;
  uint32_t start = sb;
  bool question = false;
  auto close = [&](uint32_t end) {
    uint32_t b = start, e = end;
    while (b < e && v.keys[b].empty() && IsBoundaryPunct(v.text(b))) ++b;
    while (e > b && v.keys[e - 1].empty() && IsBoundaryPunct(v.text(e - 1))) --e;
    if (b < e) pieces.push_back({b, e, s, ClauseKind::kMain, false, false});
  };
  for (uint32_t i = sb; i < se; ++i) {
    std::string_view t = v.keys[i].empty() ? v.text(i) : std::string_view();
    if (t == "?") question = true;
    const bool boundary = !t.empty() && IsBoundaryPunct(t) && t != "(" && t != ")";
    if (boundary || i + 1 - start >= max_tokens) {
      close(i + 1);
      start = i + 1;
    }
  }
  close(se);
  if (pieces.empty()) return out;

  for (Clause& c : pieces) {
    for (uint32_t i = c.begin; i < c.end && !c.has_verb; ++i)
      c.has_verb = LooksLikeVerb(v, i, c.begin);
  }
  // Merge verbless pieces: zu-infinitives into the previous piece, the rest into the next
  // (an apposition or "laut X," belongs to what follows) or, at the end, into the previous.
  for (size_t i = 0; i < pieces.size();) {
    Clause& c = pieces[i];
    const bool infinitive = [&] {
      for (uint32_t k = c.begin; k + 1 < c.end; ++k) {
        if (v.keys[k] == "zu" || v.keys[k] == "to") return true;
      }
      return false;
    }();
    const bool capped = c.end - c.begin >= max_tokens;
    if (c.has_verb || capped || pieces.size() == 1) {
      ++i;
      continue;
    }
    if ((infinitive && i > 0) || i + 1 == pieces.size()) {
      Clause& prev = pieces[i - 1];
      if (prev.end - prev.begin + (c.end - c.begin) <= max_tokens) {
        prev.end = c.end;
        pieces.erase(pieces.begin() + i);
        continue;
      }
    } else if (pieces[i + 1].end - c.begin <= max_tokens) {
      pieces[i + 1].begin = c.begin;
      pieces[i + 1].has_verb = pieces[i + 1].has_verb || c.has_verb;
      pieces.erase(pieces.begin() + i);
      continue;
    }
    ++i;
  }

  for (Clause& c : pieces) {
    c.question = question;
    // The clause's first word decides its kind; "an dem", "in der" may precede a relative.
    uint32_t first = c.begin;
    if (v.IsCue(first, CueClass::kLocPrep) || v.IsCue(first, CueClass::kNonSubjPrep)) {
      if (first + 1 < c.end) ++first;
    }
    for (uint32_t m = v.cue_from[first]; m < v.cues.size() && v.cues[m].begin == first; ++m) {
      if (v.cues[m].cls != CueClass::kSubord || c.begin == sb) continue;
      const std::string_view kind = v.lex.value(v.cues[m].value);
      if (kind == "relplace") {
        c.kind = ClauseKind::kRelativePlace;
      } else if (kind == "rel") {
        // "die Möglichkeit ..." is an article before a noun; a relative pronoun is followed by
        // a lower-case word or a preposition ("der in der Hauptstadt stattfinden wird").
        if (v.lang == kLangEn || (first + 1 < c.end && !v.IsCapitalized(first + 1))) {
          c.kind = ClauseKind::kRelative;
        }
      } else if (kind == "sub") {
        c.kind = ClauseKind::kSubordinate;
      } else if (kind == "conj") {
        c.kind = ClauseKind::kCoordinate;
      }
    }
  }
  return pieces;
}

}  // namespace tri::claims

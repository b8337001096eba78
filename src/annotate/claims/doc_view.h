// DocView: what the claims stage reads from one annotated Document, indexed by token: folded
// keys, lexicon cues, gazetteer places, and which entity / time expression / quote covers each
// token. Built once per document (linear in tokens), so clause and slot code never re-scans text.
// Internal to src/annotate/claims and src/compare.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "annotate/claims/lexicon.h"
#include "annotate/claims/places.h"
#include "core/document.h"

namespace tri::claims {

struct DocView {
  DocView(const Document& doc, const CueLexicon& lexicon, const Gazetteer& gazetteer);

  const Document& doc;
  const CueLexicon& lex;
  const Gazetteer& gaz;
  LangMask lang = kLangAny;

  std::vector<std::string> keys;   // LexKey per word/number token; symbols as written; "" else
  std::vector<std::string> fold;   // FoldForMatch per word/number token (names, places)
  std::vector<CueMatch> cues;      // sorted by begin token
  std::vector<uint32_t> cue_from;  // first cue index with begin >= token i (size tokens + 1)
  std::vector<PlaceHit> places;    // non-overlapping, in token order
  std::vector<int> place_at;       // token -> index into places, or -1
  std::vector<int> entity_at;      // token -> outermost entity mention covering it, or -1
  std::vector<int> timex_at;       // token -> timex covering it, or -1
  std::vector<int> content_at;     // token -> quote whose content covers it, or -1
  std::vector<int> frame_at;       // token -> quote whose reporting frame (not content) covers it
  std::vector<int> frame_words;    // per quote: words in its frame outside the content
  std::vector<uint32_t> sentence_of;  // token -> sentence index

  // Per entity mention: a key comparable across documents (the folded longest name of the same
  // person in this document: "Kim" -> "kim jong un").
  std::vector<std::string> person_key;
  std::vector<std::string> person_keys;                  // the distinct keys, sorted
  std::unordered_map<std::string, int> person_mentions;  // person key -> mentions in the document
  // Person key -> index (into gaz) of the state the person leads ("Nordkoreas Machthaber Kim").
  std::unordered_map<std::string, int> leads_state;
  // Person keys of the article's protagonists: persons named in its first sentences other than
  // as speakers. A protagonist quoted on their own plans is news, not a source.
  std::vector<std::string> protagonists;

  size_t size() const { return keys.size(); }
  std::string_view text(uint32_t token) const { return doc.slice(doc.tokens[token].span); }
  std::string_view text(uint32_t b, uint32_t e) const;  // tokens [b, e) as one slice
  bool IsWord(uint32_t token) const { return doc.tokens[token].kind == TokenKind::kWord; }
  bool IsCapitalized(uint32_t token) const;
  // Cues of `cls` starting inside tokens [b, e) (and, for multi-token cues, ending by e).
  template <typename F>
  void ForCues(uint32_t b, uint32_t e, F&& f) const {
    for (uint32_t c = cue_from[b]; c < cues.size() && cues[c].begin < e; ++c) {
      if (cues[c].end <= e) f(cues[c]);
    }
  }
  bool Has(uint32_t b, uint32_t e, CueClass cls) const;
  bool IsCue(uint32_t token, CueClass cls) const;  // a cue of cls starts at token
  // Token range [first, last) covered by a span (empty when the span covers no token).
  std::pair<uint32_t, uint32_t> TokensOf(Span s) const;
  // The fullest spelling of a person in this document ("Donald Trump" for "trump"), or "".
  std::string PersonName(std::string_view key) const;
  // A person key for free text ("Oh Hyun Joo") matched against the person keys of this document.
  std::string PersonKeyFor(std::string_view name) const;
};

// Person keys name the same person when one's words are a subset of the other's
// ("trump" / "donald trump"); empty keys never match.
bool SamePersonKey(std::string_view a, std::string_view b);

}  // namespace tri::claims

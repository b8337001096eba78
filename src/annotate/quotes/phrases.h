// Shallow phrase recognition for speaker phrases: German (and English) noun phrases built from
// determiners, adjectives, capitalised nouns and names, genitive and "von"-attributes, short
// brackets "(SPD)" and appositions between commas. No parser: word classes come from short
// closed lists and word endings, which is what reporting frames need.
#pragma once

#include <cstdint>
#include <string_view>

#include "annotate/quotes/doc_view.h"
#include "annotate/quotes/words.h"

namespace tri::quotes {

struct Range {
  uint32_t b = 0, e = 0;  // tokens [b, e)
  bool empty() const { return e <= b; }
  bool contains(uint32_t i) const { return b <= i && i < e; }
};

struct PhraseOptions {
  bool apposition = true;      // ", Klaus Stöhr," after a noun phrase
  bool attachments = true;     // genitive, "von"/"aus" attributes and role places ("in Seoul")
  bool coordination = false;   // "X und Y" when it ends at `verb` or a separator
  uint32_t verb = UINT32_MAX;  // the frame's verb: an apposition may end right before it
};

// The noun phrase starting at token i and ending before `limit`; empty when none starts there.
Range NounPhraseAt(const DocView& v, uint32_t i, uint32_t limit, const PhraseOptions& o = {});
// The noun phrase ending at token `last` (inclusive), starting no earlier than `floor`.
Range NounPhraseEndingAt(const DocView& v, uint32_t last, uint32_t floor);
// The last capitalised word of the phrase core (its head noun or the name's last part), or
// r.e when none; stops before attributes ("Experte" in "ein Experte der Universität").
uint32_t PhraseHead(const DocView& v, Range r);

}  // namespace tri::quotes

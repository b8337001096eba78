// Attribution: the stage's working form of one quotation, in token indices of a DocView, before
// it becomes a core Quote with byte spans. The frame finders (frames_de.cc, frames_en.cc) make
// them per sentence unit; Assemble ties them to quote-mark regions, adds continuations and
// unframed quotes; speakers.cc resolves and types their speakers.
#pragma once

#include <cstdint>
#include <vector>

#include "annotate/quotes/doc_view.h"
#include "annotate/quotes/marks.h"
#include "annotate/quotes/phrases.h"
#include "core/annotations.h"

namespace tri::quotes {

struct Attribution {
  QuoteForm form = QuoteForm::kIndirect;
  const CueEntry* entry = nullptr;
  std::vector<uint32_t> cue;     // cue words, the head (verb or phrase word) first
  Range speaker;                 // the phrase naming the speaker (may lie in an earlier unit)
  Range addr;                    // the addressee, if any
  std::vector<Range> frame;      // the reporting clause (one or two pieces)
  Range message;                 // what was said; frame words inside it are not part of it
  std::vector<Range> fragments;  // quoted fragments inside an indirect message
  uint32_t unit = 0;
  bool post = false;        // the frame follows its message ("..., sagte er.")
  bool open_colon = false;  // the frame ends in a colon; the message is the next unit
  bool carried = false;     // speaker carried on from an earlier frame
  bool from_colon = false;  // the message was taken from the unit after the frame's colon
};

// Per-token marks the frame finders need: which tokens lie inside an outermost quote region.
struct QuoteContext {
  std::vector<QuoteRegion> regions;
  std::vector<int32_t> region_of;  // token -> index into regions (outermost), -1 outside quotes
  std::vector<char> in_title;  // token inside a quoted title ("„2001: Odyssee im Weltraum“")
};

QuoteContext MakeQuoteContext(const DocView& v, int max_paragraphs);

// Frames (cue, speaker, message) found inside one sentence unit.
std::vector<Attribution> FindFramesGerman(const DocView& v, const QuoteContext& q, uint32_t unit);
std::vector<Attribution> FindFramesEnglish(const DocView& v, const QuoteContext& q, uint32_t unit);

struct AssembleOptions {
  int max_continuation_units = 2;   // how far back a speaker carries to an unframed sentence
  bool reported_speech = true;      // "X forderte Neuwahlen" as a quote of form kReported
  int min_unattributed_tokens = 8;  // an unframed quotation this long is kept without speaker
  bool fragment_subjects = true;    // an unframed fragment is the sentence subject's words
};

// All attributions of the document, in text order.
std::vector<Attribution> Assemble(const DocView& v, const QuoteContext& q,
                                  const AssembleOptions& options);

}  // namespace tri::quotes

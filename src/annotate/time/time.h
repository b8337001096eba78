// Time stage: TIMEX3 tagging and normalisation (DATE, TIME, DURATION, SET) for German and
// English, resolved against an anchor date passed in (never the system clock); publication-date
// inference for undated documents; story timelines.
//
// Conventions (see docs in data/time/README.md):
// - Extents exclude prepositions ("am", "im", "seit", "on") but include modifiers that change
//   the value ("Anfang", "Ende", "etwa", "mehr als") and "vor"/"ago"/"in" of offsets.
// - Ranges written as one token sequence ("2017-2021", "27.-28. Oktober") are one Timex:
//   value = start, range_end = end value, range_end_span = the end part.
// - Unresolvable parts are "X" ("XXXX-10-31"); such values and impossible dates have
//   resolved=false.
#pragma once

#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "core/analysis.h"
#include "core/document.h"
#include "core/status.h"

namespace tri {

namespace timex {
class Lexicon;
}

// News: relative expressions resolve against the anchor (publication date); year-less dates
// and weekdays take their direction from the sentence's tense. Narrative (history texts):
// they resolve against the last explicitly mentioned date (HeidelTime's reference time), and
// "heute" is PRESENT_REF.
enum class TimeDomain : uint8_t { kNews, kNarrative };

struct TimeOptions {
  TimeDomain domain = TimeDomain::kNews;
  // Tag present/past/future references ("jetzt", "bald", "kürzlich") as PRESENT_REF etc.
  bool tag_vague_refs = true;
};

// Immutable and thread-safe once created.
class TimeTagger {
 public:
  static Result<std::shared_ptr<const TimeTagger>> Create(const TimeOptions& options);
  ~TimeTagger();

  // Fills doc.timex (replacing what was there). Needs doc.tokens and doc.sentences (tokenises
  // itself when tokens are missing). Relative expressions resolve against `anchor` (usually the
  // document's own publication date); without an anchor they stay unresolved with partial
  // values ("XXXX-WXX-5") and keep their Timex::relative_form for later re-resolution.
  void Annotate(Document& doc, std::optional<DateTime> anchor) const;

  // Tags one short string against an anchor, like chrono-node's parse(text, ref): the text
  // stage (tokens; sentences of `text` as one paragraph) and the tagger exactly as Annotate runs
  // them on a Document holding `text` as its only paragraph, in `language` ("de", "en"), with
  // no publication date, so the Timexes are the same (spans index `text`). Per-thread buffers
  // stand in for the Document, so many short calls allocate little.
  std::vector<Timex> TagText(std::string_view text, std::string_view language,
                             std::optional<DateTime> anchor) const;
  // The same into `out` (replacing its contents), reusing its capacity.
  void TagText(std::string_view text, std::string_view language, std::optional<DateTime> anchor,
               std::vector<Timex>& out) const;

  const TimeOptions& options() const { return options_; }

 private:
  TimeTagger(TimeOptions options, std::unique_ptr<const timex::Lexicon> lexicon);
  // Annotate's work on a text with its tokens and sentences, appending to `out`; relative forms
  // are kept only for `undated` texts (they are re-resolved once a date is inferred).
  void Tag(std::string_view text, const std::vector<Token>& tokens,
           const std::vector<Sentence>& sentences, std::string_view language, bool undated,
           std::optional<DateTime> anchor, std::vector<Timex>& out) const;
  TimeOptions options_;
  std::unique_ptr<const timex::Lexicon> lexicon_;
};

// For every document without meta.published, sets published_inferred from its own time
// expressions and from the dated documents of the same story, and re-resolves its
// anchor-relative expressions against the inferred interval (see infer.cc for the rules).
// Reasons say what was used.
void InferPublicationDates(std::vector<Document>& docs, const std::vector<Story>& stories);

// Events and statements of a story placed on dates, sorted by date then document.
std::vector<TimelineEntry> BuildTimeline(const Story& story,
                                         const std::vector<const Document*>& docs);

}  // namespace tri

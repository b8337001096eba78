#include "annotate/time/time.h"

#include <utility>

#include "annotate/time/lexicon.h"
#include "annotate/time/matcher.h"
#include "annotate/time/pieces.h"
#include "annotate/time/resolve.h"
#include "annotate/time/tense.h"
#include "text/text.h"

namespace tri {

using timex::Lexicon;

namespace {

// A clock time or part of day with no date of its own ("14 Uhr", "am Abend").
bool IsTimeOnly(const timex::Sem& s) {
  return s.kind == timex::SemKind::kCalendar && s.HasTime() && s.year == timex::kUnset &&
         !s.HasDateFields() && !s.weekday && s.century == timex::kUnset &&
         s.decade == timex::kUnset;
}

// Words between a preposition and its date ("bis zum", "ab dem"); tested by length first
// (this runs for every expression).
bool IsArticle(std::string_view w) {
  switch (w.size()) {
    case 2:
      return w == "in";
    case 3:
      return w == "zum" || w == "zur" || w == "ins" || w == "dem" || w == "den" || w == "the";
    default:
      return false;
  }
}

bool IsAsidePreposition(std::string_view w) {
  switch (w.size()) {
    case 2:
      return w == "ab";
    case 3:
      return w == "bis";
    case 4:
      return w == "seit" || w == "till";
    case 5:
      return w == "until" || w == "since";
    default:
      return false;
  }
}

// An aside whose date should not become the narrative's reference date: after "bis", "ab",
// "seit" ("bis 1881", "ab 1941 ausgearbeitet") or inside parentheses.
bool IsAside(const timex::Pieces& p, size_t sent_begin, size_t begin) {
  size_t k = begin;
  while (k > sent_begin && IsArticle(p[k - 1].lower)) --k;
  if (k > sent_begin && IsAsidePreposition(p[k - 1].lower)) return true;
  int depth = 0;
  for (size_t j = begin; j-- > sent_begin;) {
    if (p[j].kind != timex::PieceKind::kPunct) continue;
    const std::string_view c = p[j].lower;
    if (c.size() != 1) continue;
    if (c[0] == ')') --depth;
    if (c[0] == '(' && ++depth > 0) return true;
  }
  return false;
}

// A heading: a short line of its own without sentence-final punctuation.
bool IsHeading(const timex::Pieces& p, size_t begin, size_t end) {
  if (end <= begin || end - begin > 16) return false;
  if (!(begin == 0 || p[begin].newline_before)) return false;
  if (end < p.size() && !p[end].newline_before) return false;
  const std::string_view last = p[end - 1].lower;
  return !(last == "." || last == "!" || last == "?" || last == ":" || last == ";");
}

// An expression naming a single day that a clock time in the same sentence can belong to.
bool NamesDay(const timex::Match& m) {
  const timex::Sem& s = m.sem;
  if (m.range || s.type == TimexType::kDuration || s.type == TimexType::kSet) return false;
  switch (s.kind) {
    case timex::SemKind::kCalendar:
      return s.day != 0 || !s.feast.empty();
    case timex::SemKind::kWeekday:
      return !s.weekend;
    case timex::SemKind::kOffset:
      return (s.gran == timex::Unit::kNone ? s.unit : s.gran) == timex::Unit::kDay;
    case timex::SemKind::kFixed:
      return false;
  }
  return false;
}

// Whether resolving the Sem reads the clause's tense: only a weekday and a calendar value
// without a year, century or decade do (which one is meant, and the direction kept in the
// relative form), and only when their direction is not fixed. The tense is only worked out
// for those.
bool NeedsTense(const timex::Sem& s) {
  if (s.dir != timex::Dir::kAuto) return false;
  return s.kind == timex::SemKind::kWeekday ||
         (s.kind == timex::SemKind::kCalendar && s.year == timex::kUnset &&
          s.century == timex::kUnset && s.decade == timex::kUnset);
}

}  // namespace

TimeTagger::TimeTagger(TimeOptions options, std::unique_ptr<const Lexicon> lexicon)
    : options_(options), lexicon_(std::move(lexicon)) {}

TimeTagger::~TimeTagger() = default;

Result<std::shared_ptr<const TimeTagger>> TimeTagger::Create(const TimeOptions& options) {
  TRI_ASSIGN_OR_RETURN(Lexicon lexicon, Lexicon::Default());
  return std::shared_ptr<const TimeTagger>(
      new TimeTagger(options, std::make_unique<const Lexicon>(std::move(lexicon))));
}

void TimeTagger::Annotate(Document& doc, std::optional<DateTime> anchor) const {
  doc.timex.clear();
  std::vector<Token> own_tokens;
  const std::vector<Token>* tokens = &doc.tokens;
  if (doc.tokens.empty() && !doc.text.empty()) {
    own_tokens = Tokenize(doc.text);
    tokens = &own_tokens;
  }
  Tag(doc.text, *tokens, doc.sentences, doc.language, !doc.meta.published, anchor, doc.timex);
}

void TimeTagger::Tag(std::string_view text, const std::vector<Token>& tokens,
                     const std::vector<Sentence>& doc_sentences, std::string_view language,
                     bool undated, std::optional<DateTime> anchor, std::vector<Timex>& out) const {
  // Per-thread buffers, reused across calls: callers often tag many short texts, and these
  // allocations were a fair part of each call. Annotate does not re-enter itself.
  // The matcher writes each candidate straight into the next slot (a Match is a few hundred
  // bytes); slots past `nfound` are left over from earlier sentences and texts.
  struct Found {
    std::optional<timex::Match> match;
    timex::Tense tense;
    bool tense_known;  // `tense` is computed on first use (most values do not depend on it)
  };
  struct Scratch {
    timex::Pieces pieces;
    std::vector<std::pair<size_t, size_t>> sentences;  // piece ranges
    std::vector<Found> found;
    timex::MatcherBuffers matcher;
    timex::Sem merged;  // a bare clock time with the day it belongs to
  };
  thread_local Scratch scratch;
  timex::BuildPieces(text, tokens, lexicon_.get(), scratch.pieces);
  const timex::Pieces& pieces = scratch.pieces;
  if (pieces.size() == 0) return;

  timex::MatcherOptions mo;
  mo.lexicon = lexicon_.get();
  mo.vague_refs = options_.tag_vague_refs;
  if (language == "de")
    mo.langs = timex::kLangDe;
  else if (language == "en")
    mo.langs = timex::kLangEn;
  mo.us_dates = language == "en";
  const timex::Matcher matcher(pieces, mo, &scratch.matcher);
  std::optional<Date> anchor_date;
  if (anchor && anchor->date.valid()) anchor_date = anchor->date;
  timex::Resolver resolver(options_.domain, anchor_date, /*relative_forms=*/undated);

  // Pieces are processed sentence by sentence: the tense of a clause and the day a bare clock
  // time belongs to never cross a sentence.
  std::vector<std::pair<size_t, size_t>>& sentences = scratch.sentences;
  sentences.clear();
  {
    size_t i = 0;
    const size_t n = pieces.size();
    for (const Sentence& sent : doc_sentences) {
      const size_t begin = i;
      // Pieces come in text order, so when the last one starts inside the sentence all the
      // rest belong to it (a text of one sentence: the common case, without a walk).
      if (pieces[n - 1].begin < sent.span.end) {
        i = n;
      } else {
        while (i < n && pieces[i].begin < sent.span.end) ++i;
      }
      if (i == begin) continue;
      // A boundary with no space after it ("vom 1.|–3. Oktober") is not one for dates.
      if (!sentences.empty() && sentences.back().second == begin && !pieces[begin].space_before) {
        sentences.back().second = i;
      } else {
        sentences.emplace_back(begin, i);
      }
    }
    if (i < n) sentences.emplace_back(i, n);
  }

  std::vector<Found>& found = scratch.found;
  // Narratives: the date of the last dated heading ("1862", "Balkanfeldzug 1941"); each
  // undated sub-heading ("Westlicher Kriegsschauplatz") returns the reference to it.
  std::optional<timex::Resolver::RefDate> section;
  const bool narrative = options_.domain == TimeDomain::kNarrative;
  for (const auto& sentence : sentences) {
    // Named copies: lambdas below use them, and clang 14 cannot capture structured bindings.
    const size_t sent_begin = sentence.first, sent_end = sentence.second;
    size_t nfound = 0;
    size_t i = sent_begin;
    while (i < sent_end) {
      // Most pieces start nothing: skipped in a tight loop of their own.
      while (i < sent_end && !matcher.MayStart(i)) ++i;
      if (i >= sent_end) break;
      if (nfound == found.size()) found.emplace_back();
      std::optional<timex::Match>& m = found[nfound].match;
      matcher.At(i, m);
      if (!m || m->end <= i || m->end > sent_end) {
        ++i;
        continue;
      }
      i = m->end;
      found[nfound++].tense_known = false;
    }
    auto tense_of = [&](size_t f) {
      Found& x = found[f];
      if (x.tense_known) return x.tense;
      const timex::Match& m = *x.match;
      x.tense = timex::ClauseTense(pieces, sent_begin, sent_end, m.begin, m.end, mo.langs);
      // "seit Montag", "since Friday": the day has begun already, whatever the verb's tense.
      if (m.begin > sent_begin &&
          (pieces[m.begin - 1].lower == "seit" || pieces[m.begin - 1].lower == "since")) {
        x.tense = timex::Tense::kPast;
      }
      x.tense_known = true;
      return x.tense;
    };
    resolver.StartSentence();
    for (size_t f = 0; f < nfound; ++f) {
      const timex::Sem* sem = &found[f].match->sem;
      size_t tense_from = f;
      // A clock time or part of day on its own belongs to the day named in the sentence: the
      // closest one before it, else the first after it ("um 8 Uhr am Dienstag").
      if (IsTimeOnly(*sem)) {
        std::optional<size_t> day;
        for (size_t g = f; g-- > 0;) {
          if (NamesDay(*found[g].match)) {
            day = g;
            break;
          }
        }
        for (size_t g = f + 1; !day && g < nfound; ++g) {
          if (NamesDay(*found[g].match)) day = g;
        }
        if (day) {
          timex::Sem& merged = scratch.merged;
          merged = found[*day].match->sem;
          merged.type = TimexType::kTime;
          merged.hour = sem->hour;
          merged.minute = sem->minute;
          merged.second = sem->second;
          merged.tz = sem->tz;
          merged.part = sem->part;
          merged.mod = sem->mod;
          sem = &merged;
          tense_from = *day;
        }
      }
      const timex::Match& m = *found[f].match;
      const timex::Tense tense = NeedsTense(*sem) || (m.range && NeedsTense(m.range_sem))
                                     ? tense_of(tense_from)
                                     : timex::Tense::kUnknown;
      const bool aside = IsAside(pieces, sent_begin, m.begin);
      timex::Resolution r = resolver.Resolve(*sem, tense, !aside);
      if (r.value.empty()) {
        // Dropped; the end of a range is still resolved, as for a kept one.
        if (m.range) resolver.Resolve(m.range_sem, tense, /*update_reference=*/false);
        continue;
      }
      // Built in place from the resolution's strings (moved in). Only undated documents are
      // re-resolved later (the relative form is for them).
      Timex& t = out.emplace_back();
      t.span = {pieces[m.begin].begin, pieces[m.end - 1].end};
      t.type = sem->type;
      t.value = std::move(r.value);
      t.resolved = r.resolved;
      t.mod = std::move(r.mod);
      if (undated) t.relative_form = std::move(r.relative_form);
      if (m.range) {
        timex::Resolution e = resolver.Resolve(m.range_sem, tense, /*update_reference=*/false);
        t.range_end = std::move(e.value);
        t.range_end_span = {pieces[m.range_begin].begin, pieces[m.end - 1].end};
        t.resolved = t.resolved && e.resolved;
      }
    }
    if (narrative && IsHeading(pieces, sent_begin, sent_end)) {
      if (nfound > 0 && resolver.reference())
        section = resolver.reference();
      else if (nfound == 0 && section)
        resolver.set_reference(section);
    }
  }
}

}  // namespace tri

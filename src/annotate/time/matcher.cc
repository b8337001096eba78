// Matcher::At: the core rule families at a piece, with modifiers ("Anfang", "mehr als"),
// "im Laufe des" and articles in front ("das kommende Jahr").
#include "annotate/time/matcher.h"

#include "annotate/time/rules_start.h"

namespace tri::timex {
namespace {

bool IsDateSem(const Sem& s) {
  return s.kind != SemKind::kFixed && s.type != TimexType::kDuration && s.type != TimexType::kSet;
}

// Prepositions after which a following article is not part of the expression.
bool IsPreposition(std::string_view w) {
  static constexpr std::string_view kPreps[] = {
      "in",      "an",        "bei",    "zu", "seit",  "vor",   "nach",   "von",  "für",
      "während", "bis",       "über",   "um", "gegen", "durch", "mit",    "aus",  "unter",
      "ab",      "innerhalb", "binnen", "on", "at",    "for",   "during", "over", "since",
      "by",      "until",     "within", "of", "from",  "after", "before", "to"};
  // The filter answers most words without a scan of the list (exact: see WordFilter).
  static constexpr WordSet kFilter = WordFilter(kPreps);
  return InWords(kPreps, kFilter, w);
}

}  // namespace

namespace {

// Core rules at i (without prefixes), into `best` (empty on entry).
void Core(const Rules& r, size_t i, std::optional<Match>& best) {
  if (!r.Ok(i)) return;
  if (r.P(i).kind == PieceKind::kNum) {
    // Numbers start dates, years, clock times, quarters/weeks, durations and offsets.
    r.Dates(i, best);
    r.Years(i, best);
    r.Periods(i, best);
    r.Clock(i, best);
    r.Anaphora(i, best);
    r.Durations(i, best);
    return;
  }
  if (r.P(i).kind == PieceKind::kPunct) {
    r.Years(i, best);  // "'90s"
    return;
  }
  const std::string_view w = r.P(i).lower;
  const WordFacts f(w, r.CatsAt(i));
  if (DatesStart(f)) r.Dates(i, best);
  if (MonthsStart(f)) r.Months(i, best);
  if (YearsStart(f)) r.Years(i, best);
  if (PeriodsStart(f)) r.Periods(i, best);
  if (ClockStart(f)) r.Clock(i, best);
  if (RelativeStart(f)) r.Relative(i, best);
  if (AnaphoraStart(f)) r.Anaphora(i, best);
  if (DurationsStart(f)) r.Durations(i, best);
  if (SetsStart(f)) r.Sets(i, best);
  if (RefsStart(f)) r.Refs(i, best);
}

// A modifier in front of an expression: "Anfang", "Ende des", "gegen Ende des", "mehr als",
// "early", "mid-", "the end of". Returns the pieces spanned and the mod.
// `mod` views the lexicon's value or a literal (no string is built: At runs at every starter).
size_t ModPrefix(const Rules& r, size_t i, std::string_view& mod, bool& article) {
  size_t j = i;
  article = false;
  std::string_view found;
  for (int round = 0; round < 3; ++round) {
    if (r.Word(j, "the") && r.Ok(j + 1) && r.Lex(j + 1, LexCat::kModPre)) ++j;
    const LexEntry* e = nullptr;
    size_t n = r.LexSpan(j, LexCat::kModPre, &e);
    if (n == 0 && (r.AnyWord(j, "frühen", "frühe", "früher", "späten", "späte", "später") &&
                   r.IsWordAt(j + 1) && !r.P(j).upper)) {
      found = r.P(j).lower.substr(0, 3) == "spä" ? std::string_view("END") : "START";
      ++j;
      continue;
    }
    if (n == 0) break;
    // "mehr als", "weniger als", "more than", "less than", "at least"
    std::string_view w = r.P(j).lower;
    if (w == "mehr" || w == "weniger" || w == "more" || w == "less" || w == "fewer") {
      if (!(r.Word(j + 1, "als") || r.Word(j + 1, "than"))) break;
      ++n;
    }
    if (w == "least" || w == "most") break;
    if (w == "gut" && !r.IsNumAt(j + 1) && !r.Lex(j + 1, LexCat::kNumber)) break;
    if (r.Word(j, "at") && r.Word(j + 1, "least")) n = 2;
    found = e->sval;
    j += n;
    if ((w == "mid") && r.Dash(j)) ++j;
    if (found == "APPROX" && r.AnyWord(j, "das", "dem") && r.UnitAt(j + 1) == Unit::kYear) ++j;
    if (r.AnyWord(j, "des", "der", "dieses", "diesen", "dieser", "of")) {
      article = true;
      ++j;
      if (r.Word(j, "the")) ++j;
    }
  }
  if (j == i) return 0;
  mod = found;
  return j - i;
}

bool StructuralMod(std::string_view mod) { return mod == "START" || mod == "MID" || mod == "END"; }

}  // namespace

const std::optional<Match>& Matcher::CoreAt(size_t i) const {
  // No rule starts where the pre-filter says none can (At(i) is then empty, so the core rules
  // at i are too): At's look-ahead past articles and modifiers mostly lands on such pieces.
  static const std::optional<Match> kNone;
  if (i >= may_start_.size() || !may_start_[i]) return kNone;
  for (const MatcherBuffers::CoreMemo& m : buf_.memo) {
    if (m.piece == i) return m.match;
  }
  MatcherBuffers::CoreMemo& slot = buf_.memo[buf_.memo_next++ % 4];
  slot.piece = i;
  slot.match.reset();
  Core(Rules(*this), i, slot.match);  // in place: a Match is a few hundred bytes
  return slot.match;
}

std::optional<Match> Matcher::At(size_t i) const {
  std::optional<Match> best;
  At(i, best);
  return best;
}

// Candidates are copied into `best` only once Better says they win: a Match is a few hundred
// bytes, and most candidates built from the memo used to be copied only to be dropped.
void Matcher::At(size_t i, std::optional<Match>& best) const {
  best.reset();
  if (i >= p_.size() || !may_start_[i]) return;
  Rules r(*this);
  if (const std::optional<Match>& core = CoreAt(i)) best = *core;
  if (!r.Ok(i) || r.P(i).kind != PieceKind::kWord) return;

  std::string_view mod;
  bool article = false;
  if (size_t n = ModPrefix(r, i, mod, article); n > 0) {
    const size_t j = i + n;
    const std::optional<Match>& core_j = CoreAt(j);
    const Match* inner = core_j ? &*core_j : nullptr;
    // "Ende des Jahres", "Anfang der Woche", "Mitte des Monats": the unit in context.
    std::optional<Match> context;
    if (!inner && article && StructuralMod(mod)) {
      const Unit u = r.UnitAt(j);
      if (u == Unit::kYear || u == Unit::kMonth || u == Unit::kWeek || u == Unit::kDecade ||
          u == Unit::kCentury || u == Unit::kQuarter || u == Unit::kHalfYear) {
        Match& m = context.emplace();
        m.begin = j;
        m.end = j + 1;
        m.sem.kind = SemKind::kOffset;
        m.sem.base = Base::kContext;
        m.sem.unit = u;
        inner = &m;
      }
    }
    if (inner && inner->begin == j) {
      const Sem& s = inner->sem;
      const bool duration = s.type == TimexType::kDuration;
      bool ok = false;
      if (StructuralMod(mod))
        ok = IsDateSem(s);
      else if (mod == "APPROX")
        ok = true;
      else
        ok = duration || (s.kind == SemKind::kOffset && s.base == Base::kRef);
      std::string_view applied = mod;
      if (!duration && !StructuralMod(mod)) applied = "APPROX";
      // "um" is only "around" before a year ("um 1500"), never before a clock time.
      if (r.Word(i, "um") && !(s.kind == SemKind::kCalendar && s.year != kUnset &&
                               !s.HasDateFields() && !s.HasTime())) {
        ok = false;
      }
      if (r.AnyWord(i, "über", "gut", "some", "over", "under") && !duration) ok = false;
      if (ok) {
        // "gegen Ende des Jahres": the key leaves a lower-case "gegen" out.
        size_t begin = i;
        if (r.Word(i, "gegen") && !r.P(i).upper && StructuralMod(mod) && !r.Word(i + 1, "gegen")) {
          begin = i + 1;
        }
        if (Rules::Better(best, begin, inner->end)) {
          const bool keep_mod = StructuralMod(s.mod) && !StructuralMod(applied);
          best = *inner;  // `inner` stays valid: no CoreAt call since
          if (!keep_mod) best->sem.mod = applied;
          best->begin = begin;
        }
      }
    }
  }
  // "im Laufe des Jahres 1966", "Laufe des 18. April", "Laufe des Tages": the key includes
  // "Laufe des".
  if (r.Word(i, "laufe") && r.AnyWord(i + 1, "des", "der")) {
    const std::optional<Match>& inner = CoreAt(i + 2);
    if (inner && inner->begin == i + 2 && IsDateSem(inner->sem)) {
      if (Rules::Better(best, i, inner->end)) {
        best = *inner;
        best->begin = i;
      }
    } else {
      const Unit u = r.UnitAt(i + 2);
      if (u == Unit::kYear || u == Unit::kMonth || u == Unit::kDay || u == Unit::kWeek) {
        Match m;
        m.begin = i;
        m.end = i + 3;
        m.sem.kind = SemKind::kOffset;
        m.sem.base = Base::kContext;
        m.sem.unit = u;
        Rules::Consider(best, m);
      }
    }
  }
  // An article before a noun phrase naming a period: "das kommende Jahr", "den 1930er-Jahren",
  // "den folgenden Monaten", "the past two years" (the key conventions include it; after a
  // preposition only for decades and "following" periods).
  if (r.AnyWord(i, "der", "die", "das", "den", "dem", "des", "the")) {
    const bool after_prep = i > 0 && r.IsWordAt(i - 1) && IsPreposition(r.P(i - 1).lower);
    const std::optional<Match>& inner = CoreAt(i + 1);
    if (inner && inner->begin == i + 1) {
      const Sem& s = inner->sem;
      const bool rel_word = r.Lex(i + 1, LexCat::kRel) || r.Lex(i + 1, LexCat::kFollow) ||
                            r.Lex(i + 1, LexCat::kPrior) ||
                            r.AnyWord(i + 1, "ganze", "ganzen", "gesamte", "whole", "entire");
      const bool follow = r.Lex(i + 1, LexCat::kFollow) != nullptr;
      bool take = false;
      if (s.decade != kUnset || s.century != kUnset)
        take = true;
      else if (s.type == TimexType::kDuration && rel_word)
        take = !after_prep || follow;
      else if (s.kind == SemKind::kOffset && rel_word)
        take = !after_prep;
      else if (s.kind == SemKind::kFixed && follow)
        take = !after_prep;
      if (r.Word(i, "the") && (s.kind == SemKind::kOffset || s.type == TimexType::kDuration) &&
          rel_word) {
        take = true;
      }
      if (take && Rules::Better(best, i, inner->end)) {
        best = *inner;
        best->begin = i;
      }
    }
  }
}

}  // namespace tri::timex

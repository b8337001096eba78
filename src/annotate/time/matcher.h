// Matcher: recognises temporal expressions in a document's pieces and gives each its Sem. It
// tries every rule at a piece and keeps the longest match (earlier rules win ties). Rules are
// hand-written over pieces (no backtracking regexes): each looks at a bounded number of pieces,
// so matching is linear in the text. Holds only references; one per document.
#pragma once

#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "annotate/time/lexicon.h"
#include "annotate/time/pieces.h"
#include "annotate/time/sem.h"

namespace tri::timex {

struct Match {
  size_t begin = 0, end = 0;  // pieces [begin, end)
  Sem sem;
  bool range = false;      // a range written as one expression ("2017-2021")
  size_t range_begin = 0;  // first piece of its end part
  Sem range_sem;           // the end
};

struct MatcherOptions {
  uint8_t langs = kLangDe | kLangEn;
  bool us_dates = false;  // "03/04/2025" is month/day (US English text)
  bool vague_refs = true;
  const Lexicon* lexicon = nullptr;  // for splitting compounds ("Montagabend", "dreitägigen")
};

// The matcher's per-piece tables; a caller tagging many texts can keep one and pass it to
// each Matcher so the tables are not reallocated per text.
struct MatcherBuffers {
  std::vector<uint8_t> may_start;  // pieces that can begin an expression (cheap pre-filter)
  std::vector<uint32_t> cats;      // per piece: bit c set when it has an entry of LexCat c
  // Matcher::CoreAt's memo. Kept here, not in the Matcher: GCC clears all of an array of
  // optional<Match> (1.4 kB) on construction, and a Matcher is built per text; the Matcher
  // only marks the slots empty.
  struct CoreMemo {
    size_t piece = SIZE_MAX;
    std::optional<Match> match;
  };
  CoreMemo memo[4];
  unsigned memo_next = 0;
};

class Matcher {
 public:
  // `buffers` (optional) is overwritten and must outlive the matcher.
  Matcher(const Pieces& pieces, MatcherOptions options, MatcherBuffers* buffers = nullptr);
  Matcher(const Matcher&) = delete;
  Matcher& operator=(const Matcher&) = delete;

  // The longest expression starting at piece i, if any.
  std::optional<Match> At(size_t i) const;
  // The same into `best` (emptied first), so a caller's slot is filled without a copy.
  void At(size_t i, std::optional<Match>& best) const;
  // False when no expression can start at piece i (At(i) is then empty): lets callers skip
  // the call at most pieces.
  bool MayStart(size_t i) const { return i < may_start_.size() && may_start_[i]; }

 private:
  friend class Rules;
  // The core rules at i, remembered for the last few pieces: At(i) also looks at i+1 (after an
  // article) and after a modifier, and the caller's next At() starts there again.
  const std::optional<Match>& CoreAt(size_t i) const;

  const Pieces& p_;
  MatcherOptions o_;
  std::unique_ptr<MatcherBuffers> own_;  // only when the caller passes no buffers
  MatcherBuffers& buf_;                  // *own_ or the caller's (Matcher: one thread)
  std::vector<uint8_t>& may_start_;      // buf_.may_start
  std::vector<uint32_t>& cats_;          // buf_.cats
};

// Exact negative test for "w is one of a fixed word list", used to skip a rule's scan of its
// word table at the many pieces that start none of its words: one bit of 256 per (length,
// first byte, last byte) class, built at compile time from the table itself, so a clear bit
// proves absence.
struct WordSet {
  uint64_t bits[4] = {0, 0, 0, 0};
};
constexpr unsigned WordKey(std::string_view w) {
  if (w.empty()) return 0;
  return (static_cast<unsigned>(w.size()) * 31u + static_cast<unsigned char>(w.front()) * 7u +
          static_cast<unsigned char>(w.back())) &
         255u;
}
template <typename Table, typename Proj>
constexpr WordSet WordFilter(const Table& table, Proj proj) {
  WordSet m;
  for (const auto& row : table) {
    const unsigned k = WordKey(proj(row));
    m.bits[k / 64] |= uint64_t{1} << (k % 64);
  }
  return m;
}
inline bool MayBeIn(const WordSet& filter, std::string_view w) {
  const unsigned k = WordKey(w);
  return (filter.bits[k / 64] >> (k % 64)) & 1u;
}
template <size_t N>
constexpr WordSet WordFilter(const std::string_view (&words)[N]) {
  return WordFilter(words, [](std::string_view w) { return w; });
}
// a == b with the bytes compared in a loop, not by a call to memcmp: the words are short, and
// the rules' start tests (rules_start.h) stay free of calls.
inline bool SameText(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t k = 0; k < a.size(); ++k) {
    if (a[k] != b[k]) return false;
  }
  return true;
}
// Whether w is one of `words` (filter built by WordFilter(words)): the filter answers most
// misses, the list only the rest.
template <size_t N>
bool InWords(const std::string_view (&words)[N], const WordSet& filter, std::string_view w) {
  if (!MayBeIn(filter, w)) return false;
  for (std::string_view x : words) {
    if (SameText(w, x)) return true;
  }
  return false;
}
// Whether w contains `lit` (string_view::find, without its calls; see SameText).
template <size_t N>
bool Contains(std::string_view w, const char (&lit)[N]) {
  for (size_t k = 0; k + (N - 1) <= w.size(); ++k) {
    size_t j = 0;
    while (j < N - 1 && w[k + j] == lit[j]) ++j;
    if (j == N - 1) return true;
  }
  return false;
}
// The bit set of lexicon categories, for testing several at once (Rules::HasAnyCat).
template <typename... C>
constexpr uint32_t CatBits(C... cats) {
  return ((1u << static_cast<unsigned>(cats)) | ...);
}

// Whether w is the literal `lit`: its length is a compile-time constant, so the compiler
// compares inline instead of calling memcmp (the rules compare pieces with literals constantly).
template <size_t N>
inline bool IsLiteral(std::string_view w, const char (&lit)[N]) {
  return w.size() == N - 1 && std::memcmp(w.data(), lit, N - 1) == 0;
}

// A cleared Sem to copy from: `s = Sem{}` builds a temporary member by member first.
inline constexpr Sem kEmptySem{};

// Piece-level helpers shared by the rule files.
class Rules {
 public:
  // The count and the two arrays are taken once here: the helpers below run hundreds of times
  // per text, and a vector's size() costs a subtraction and a shift each time.
  explicit Rules(const Matcher& m)
      : p_(m.p_),
        o_(m.o_),
        cats_(m.cats_),
        n_(m.p_.size()),
        piece_(m.p_.items.data()),
        cat_(m.cats_.data()) {}

  size_t size() const { return n_; }
  bool Ok(size_t i) const { return i < n_; }
  const Piece& P(size_t i) const { return piece_[i]; }
  bool Glued(size_t i) const { return i < n_ && !piece_[i].space_before; }
  bool IsWordAt(size_t i) const { return Ok(i) && piece_[i].kind == PieceKind::kWord; }
  bool IsNumAt(size_t i) const { return Ok(i) && piece_[i].kind == PieceKind::kNum; }
  bool Word(size_t i, std::string_view w) const {
    return Ok(i) && piece_[i].kind == PieceKind::kWord && SameText(piece_[i].lower, w);
  }
  template <size_t N>
  bool Word(size_t i, const char (&w)[N]) const {
    return Ok(i) && piece_[i].kind == PieceKind::kWord && IsLiteral(piece_[i].lower, w);
  }
  // Taking the literals by reference keeps their length a compile-time constant.
  template <size_t... N>
  bool AnyWord(size_t i, const char (&... ws)[N]) const {
    if (!IsWordAt(i)) return false;
    const std::string_view w = piece_[i].lower;
    return (IsLiteral(w, ws) || ...);
  }
  bool Punct(size_t i, std::string_view c) const {
    return Ok(i) && piece_[i].kind == PieceKind::kPunct && piece_[i].lower == c;
  }
  template <size_t N>
  bool Punct(size_t i, const char (&c)[N]) const {
    return Ok(i) && piece_[i].kind == PieceKind::kPunct && IsLiteral(piece_[i].lower, c);
  }
  bool Dash(size_t i) const {
    return Punct(i, "-") || Punct(i, "\xE2\x80\x93") || Punct(i, "\xE2\x80\x94") ||
           Punct(i, "\xE2\x80\x90") || Punct(i, "\xE2\x80\x91");
  }
  // Value of a number piece with min..max digits, else -1.
  int Num(size_t i, uint32_t min_digits = 1, uint32_t max_digits = 4) const {
    if (!IsNumAt(i)) return -1;
    const Piece& q = piece_[i];
    if (q.digits < min_digits || q.digits > max_digits || q.num < 0) return -1;
    return static_cast<int>(q.num);
  }
  // Whether piece i has any entry of `cat` for the document's languages (one bit test; most
  // pieces have none, so the entry lists are only walked when it is set).
  bool HasCat(size_t i, LexCat cat) const {
    return i < n_ && (cat_[i] & (1u << static_cast<unsigned>(cat)));
  }
  bool HasAnyCat(size_t i, uint32_t cat_bits) const { return i < n_ && (cat_[i] & cat_bits); }
  uint32_t CatsAt(size_t i) const { return i < n_ ? cat_[i] : 0; }
  // The single-word lexicon entry of `cat` at piece i (for the document's languages).
  const LexEntry* Lex(size_t i, LexCat cat) const {
    return HasCat(i, cat) ? FindLex(i, cat) : nullptr;
  }
  // A (possibly multi-word) entry of `cat` starting at i; returns the pieces it spans (0: none).
  size_t LexSpan(size_t i, LexCat cat, const LexEntry** entry) const {
    return HasCat(i, cat) ? FindLexSpan(i, cat, entry) : 0;
  }

  uint8_t langs() const { return o_.langs; }
  const MatcherOptions& options() const { return o_; }

  // Rule families (rules_*.cc). Each adds candidates at piece i (< size()) to `best`; Core
  // runs them at a word only where their start test (rules_start.h) passes.
  void Dates(size_t i, std::optional<Match>& best) const;
  void Months(size_t i, std::optional<Match>& best) const;
  void Years(size_t i, std::optional<Match>& best) const;
  void Periods(size_t i, std::optional<Match>& best) const;
  void Clock(size_t i, std::optional<Match>& best) const;
  void Relative(size_t i, std::optional<Match>& best) const;
  void Anaphora(size_t i, std::optional<Match>& best) const;
  void Durations(size_t i, std::optional<Match>& best) const;
  void Sets(size_t i, std::optional<Match>& best) const;
  void Refs(size_t i, std::optional<Match>& best) const;

  // Shared sub-parsers.
  // Day-month[-year] date starting at i (numeric or with a month name); end set on success.
  bool DateAt(size_t i, Sem& sem, size_t& end) const;
  // A year ("2025", "490 v. Chr.") at i: value and end.
  bool YearAt(size_t i, Sem& sem, size_t& end, bool need_context) const;
  // "v. Chr." / "BC" / "n. Chr." / "AD" at i: pieces spanned, bc set.
  size_t EraAt(size_t i, bool& bc) const;
  // An amount ("zwei", "15", "anderthalb", "mehrere") at i: value (-1 for vague). Every form
  // needs a number, "a" or one of these categories; most pieces fail that test here.
  bool AmountAt(size_t i, double& value, size_t& end) const {
    return (IsNumAt(i) ||
            HasAnyCat(i, CatBits(LexCat::kVague, LexCat::kNumber, LexCat::kFraction)) ||
            Word(i, "a")) &&
           AmountBody(i, value, end);
  }
  // A unit word at i.
  Unit UnitAt(size_t i) const { return HasCat(i, LexCat::kUnit) ? UnitBody(i) : Unit::kNone; }
  // Clock time at i ("14:11 Uhr", "4 Uhr 45", "2 p.m."); sets hour/minute/tz.
  bool ClockAt(size_t i, Sem& sem, size_t& end, bool need_marker) const;
  // Part of day word at i (also "Montagabend" handled by the weekday rule).
  Daypart DaypartAt(size_t i) const {
    return HasCat(i, LexCat::kDaypart) ? DaypartBody(i) : Daypart::kNone;
  }
  // Month name or abbreviation at i ("Oktober", "Okt.", "Oct", "May" only where it is a month).
  bool MonthAt(size_t i, int& month, size_t& end) const;
  // Lexicon entry of `cat` for a compound part: a view into a piece's text (Pieces::storage,
  // which stays readable 8 bytes past any piece), never another string.
  const LexEntry* LexOf(std::string_view lower, LexCat cat) const;
  static Daypart DaypartFromCode(std::string_view code);

  static void Consider(std::optional<Match>& best, const Match& m);
  // Whether Consider would take a match over pieces [begin, end): lets callers build the
  // (large) Match in `best` only when it wins.
  static bool Better(const std::optional<Match>& best, size_t begin, size_t end) {
    return end > begin && (!best || end > best->end || (end == best->end && begin < best->begin));
  }

 private:
  bool AmountBody(size_t i, double& value, size_t& end) const;
  Unit UnitBody(size_t i) const;
  Daypart DaypartBody(size_t i) const;

  const LexEntry* FindLex(size_t i, LexCat cat) const;
  size_t FindLexSpan(size_t i, LexCat cat, const LexEntry** entry) const;

  const Pieces& p_;
  const MatcherOptions& o_;
  const std::vector<uint32_t>& cats_;  // one per piece (the Matcher sizes it so)
  size_t n_;
  const Piece* piece_;
  const uint32_t* cat_;
};

// TIMEX3 duration value for `amount` (-1: vague "X") of `unit` ("P2Y", "P1Y6M", "PTXH").
std::string DurationValue(double amount, Unit unit);

}  // namespace tri::timex

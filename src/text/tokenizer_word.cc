// The word scanner of the tokenizer: letters, digits and the joiners that keep news words whole
// ("US-Präsident", "COVID-19", "10-jährige", "don't", "AT&T", "z.B.", "1.500", "14:11",
// "2017-2021"), truncated compound parts ("Nord-" in "Nord- und Südkorea"), bare domains
// ("tagesschau.de/inland") and the decision whether a following period is part of the token:
// abbreviations ("Dr.", "bzw."), initials ("J."), ordinals ("31." before "Oktober") keep it;
// anything else leaves it to stand alone as a possible sentence end.
#include <array>

#include "text/chars.h"
#include "text/tokenizer_internal.h"

namespace tri::text {
namespace {

constexpr std::array<std::string_view, 40> kTopLevelDomains = {
    "de", "com", "org", "net",    "eu",      "at",    "ch",     "uk",     "fr",  "it",
    "es", "nl",  "be",  "pl",     "info",    "io",    "gov",    "edu",    "int", "tv",
    "fm", "us",  "ru",  "cn",     "jp",      "kr",    "news",   "online", "app", "dev",
    "me", "ly",  "biz", "berlin", "hamburg", "koeln", "bayern", "lu",     "dk",  "se"};

bool IsDomainChar(char c) { return IsAsciiAlnum(c) || c == '-' || c == '.'; }

bool IsRomanNumeral(std::string_view w) {
  if (w.size() < 2 || w.size() > 6) return false;
  for (char c : w) {
    if (c != 'I' && c != 'V' && c != 'X' && c != 'L' && c != 'C' && c != 'D' && c != 'M') {
      return false;
    }
  }
  return true;
}

}  // namespace

size_t Tokenizer::Word(size_t start, size_t e) {
  if (chunk_tld_ && start >= domain_fail_end_ && IsAsciiAlnum(s_[start])) {
    if (auto d = Domain(start, e)) {
      Emit(d->begin, d->end, TokenKind::kUrl);
      return d->end;
    }
  }
  size_t p = start;
  bool letters = false, pure_number = true, dotted = false, seg_alpha = true;
  size_t count = 0;  // letters and digits in the token
  size_t seg = 0;    // letters and digits since the last joiner
  for (;;) {
    while (p < e) {
      const unsigned char c0 = static_cast<unsigned char>(s_[p]);
      if (c0 < 0x80) {
        // ASCII runs of letters or digits in one go (ASCII has no marks or joiners).
        const CharClass k = kAsciiClass[c0];
        size_t q = p + 1;
        if (k == CharClass::kLetter) {
          while (q < e && IsAsciiAlpha(s_[q])) ++q;
          letters = true;
          pure_number = false;
        } else if (k == CharClass::kDigit) {
          while (q < e && IsAsciiDigit(s_[q])) ++q;
          seg_alpha = false;
        } else {
          break;
        }
        count += q - p;
        seg += q - p;
        p = q;
        continue;
      }
      size_t q = p;
      const CharClass k = Classify(DecodeAt(s_, q));
      if (k == CharClass::kLetter) {
        letters = true;
        pure_number = false;
        ++count;
        ++seg;
      } else if (k == CharClass::kDigit) {
        ++count;
        ++seg;
        seg_alpha = false;
      } else if (k != CharClass::kMark && k != CharClass::kJoiner) {
        break;
      }
      p = q;
    }
    if (p >= e) break;
    size_t q = p;
    const char32_t c = DecodeAt(s_, q);
    if (pure_number && q < e && IsAsciiDigit(s_[q]) &&
        (c == '.' || c == ',' || c == ':' || c == '/' || c == '-' || c == 0x2013 || c == '\'')) {
      // "1.500", "3,5", "14:11", "2020/21", "2017-2021", "2017–2021", "1'000"
      if (c == '\'' && !(q + 3 <= e && IsAsciiDigit(s_[q + 1]) && IsAsciiDigit(s_[q + 2]) &&
                         (q + 3 == e || !IsAsciiDigit(s_[q + 3])))) {
        break;
      }
      p = q;
      continue;
    }
    if (IsJoiningHyphen(c)) {
      if (q < e && IsWordStart(q)) {
        p = q;
        seg = 0;
        seg_alpha = true;
        pure_number = false;
        continue;
      }
      if (letters && (q == e || s_[q] == ',' || s_[q] == '/') && TruncationHyphen(q, e)) p = q;
      break;
    }
    if (IsApostrophe(c) && letters && q < e && IsWordStart(q)) {
      if ((s_[q] == 's' || s_[q] == 'S') && (q + 1 == e || !IsWordStart(q + 1))) break;
      p = q;  // "don't", "O'Brien", "they're"; the possessive "'s" is split off above
      continue;
    }
    if (c == '.' && letters && seg_alpha && seg >= 1 && seg <= 3 && q < e) {
      // Dotted abbreviation ("z.B.", "U.S.", "e.g.", "Ph.D.", "v.Chr."): short segments, one
      // of them a single letter, so "kam.Die" (a missing space) is not glued.
      size_t k = q, next = 0;
      while (k < e && next <= 3) {
        size_t m = k;
        if (Classify(DecodeAt(s_, m)) != CharClass::kLetter) break;
        ++next;
        k = m;
      }
      if (next >= 1 && next <= 3 && (seg == 1 || next == 1)) {
        dotted = true;
        p = q;
        seg = 0;
        continue;
      }
      break;
    }
    if (c == '&' && letters && q < e && p > start && s_[q] >= 'A' && s_[q] <= 'Z' &&
        s_[p - 1] >= 'A' && s_[p - 1] <= 'Z') {
      p = q;  // "AT&T", "H&M"
      continue;
    }
    break;
  }
  size_t end = p;
  if (end < e && s_[end] == '.' && !(end + 1 < e && s_[end + 1] == '.') &&
      TakesPeriod(start, end, e, letters, dotted, count)) {
    ++end;
  }
  Emit(start, end, letters ? TokenKind::kWord : TokenKind::kNumber);
  return end;
}

bool Tokenizer::KeepsPeriod(size_t start, size_t end, size_t e, bool letters, bool dotted,
                            size_t letter_count) const {
  if (!letters) return OrdinalPeriod(start, end, e);
  if (dotted || letter_count == 1) return true;  // "z.B.", "U.S.", initials "J.", "z.", "B."
  switch (lex_.Abbreviation(s_.substr(start, end + 1 - start))) {
    case AbbrevClass::kPrefix:
    case AbbrevClass::kFinal:
      return true;
    case AbbrevClass::kNumber: {
      bool line_break = false;
      const std::string_view next = NextWord(end + 1, &line_break);
      return !line_break && !next.empty() && IsAsciiDigit(next[0]);
    }
    case AbbrevClass::kNone:
      break;
  }
  if (IsRomanNumeral(s_.substr(start, end - start))) {  // "Benedikt XVI. sagte"
    bool line_break = false;
    const std::string_view next = NextWord(end + 1, &line_break);
    size_t i = 0;
    return !line_break && !next.empty() && IsLower(DecodeAt(next, i));
  }
  return false;
}

// "31." is an ordinal before a month, a lower-case word, a day-month number, or a noun after
// "am/im/dem/..." ("im 19. Jahrhundert"); before a sentence starter ("auf 31. Die ...") or at
// the end of a line it is a number ending a sentence.
bool Tokenizer::OrdinalPeriod(size_t start, size_t end, size_t e) const {
  const std::string_view num = s_.substr(start, end - start);
  // A loop, not find_first_of: that calls memchr once per character of its set.
  for (const char c : num) {
    if (c == ',' || c == ':' || c == '/' || c == '-' || c == '\'') return false;
  }
  if (end + 1 < e && !IsAsciiAlpha(s_[end + 1]) && static_cast<unsigned char>(s_[end + 1]) < 0x80) {
    return s_[end + 1] == ',' || s_[end + 1] == ')';  // "(3.)", "am 3., 4. und 5. Mai"
  }
  bool line_break = false;
  const std::string_view w = NextWord(end + 1, &line_break);
  if (w.empty() || line_break) return false;
  size_t i = 0;
  const char32_t first = DecodeAt(w, i);
  if (IsAsciiDigit(w[0])) return num.size() <= 2;  // "31. 12. 2020"
  if (IsLower(first)) return true;
  if (!IsUpper(first)) return false;
  if (lex_.IsMonth(w)) return true;
  if (lex_.IsStarter(w)) return false;
  const std::string_view prev = PrevToken();
  return prev.empty() || lex_.IsOrdinalContext(prev);  // "1. FC Köln" opens a segment
}

// "Nord-" before "und Südkorea", "Ein-" before "oder Ausgang", "Bundes-," before "Landes-".
bool Tokenizer::TruncationHyphen(size_t after, size_t e) const {
  if (after < e) return s_[after] == ',' || s_[after] == '/';
  bool line_break = false;
  const std::string_view w = NextWord(after, &line_break);
  return !line_break &&
         (w == "und" || w == "oder" || w == "bzw" || w == "sowie" || w == "bis" || w == "als" ||
          w == "wie" || w == "noch" || w == "and" || w == "or" || w == "u");
}

std::optional<Tokenizer::Found> Tokenizer::Domain(size_t start, size_t e) {
  size_t r = start;
  while (r < e && IsDomainChar(s_[r])) ++r;
  size_t end = r;
  while (end > start && (s_[end - 1] == '.' || s_[end - 1] == '-')) --end;
  const std::string_view d = s_.substr(start, end - start);
  const size_t dot = d.rfind('.');
  // Every top-level domain starts with a letter: numbers ("27.10.2025") fail here, before the
  // searches below.
  bool ok = dot != std::string_view::npos && dot > 0 && dot + 1 < d.size() &&
            IsAsciiAlpha(d[dot + 1]) && d.find("..") == std::string_view::npos && d[dot - 1] != '-';
  if (ok) {
    const std::string_view tld = d.substr(dot + 1);
    ok = false;
    for (std::string_view t : kTopLevelDomains) ok |= t == tld;
  }
  if (!ok) {
    domain_fail_end_ = r;  // every later start inside this run ends at r with the same label
    return std::nullopt;
  }
  if (end == r && end < e && s_[end] == '/') end = UrlEnd(end, e);
  return Found{start, end, TokenKind::kUrl};
}

std::string_view Tokenizer::NextWord(size_t pos, bool* line_break) const {
  *line_break = false;
  const size_t limit = std::min(s_.size(), pos + 256);
  while (pos < limit) {
    size_t k = pos;
    const char32_t c = DecodeAt(s_, k);
    if (Classify(c) != CharClass::kSpace) break;
    if (IsLineBreak(c)) *line_break = true;
    pos = k;
  }
  if (pos >= limit) {
    *line_break = true;  // end of text (or an absurd gap) ends a sentence like a line break
    return {};
  }
  size_t end = pos;
  const size_t word_limit = std::min(s_.size(), pos + 24);
  while (end < word_limit) {
    size_t k = end;
    const CharClass c = Classify(DecodeAt(s_, k));
    if (c != CharClass::kLetter && c != CharClass::kDigit && c != CharClass::kMark) break;
    end = k;
  }
  if (end == pos) DecodeAt(s_, end);  // one code point of anything else
  return s_.substr(pos, std::min(end, s_.size()) - pos);
}

}  // namespace tri::text

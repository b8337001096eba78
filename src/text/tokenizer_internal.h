// The tokenizer's scanner state (internal to src/text): one object per Tokenize call, split
// over tokenizer.cc (chunks, punctuation), tokenizer_web.cc (URLs, e-mails) and
// tokenizer_word.cc (words, numbers and the period decision). Not thread-shared; holds
// references to the input and output only.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "text/lexicon.h"

namespace tri::text {

inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
inline bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool IsAsciiAlnum(char c) { return IsAsciiDigit(c) || IsAsciiAlpha(c); }

class Tokenizer {
 public:
  Tokenizer(std::string_view s, uint32_t base, std::vector<Token>& out)
      : s_(s), base_(base), out_(out), first_(out.size()), lex_(Lexicon::Get()) {}

  void Run();

 private:
  struct Found {
    size_t begin, end;
    TokenKind kind;
  };

  void Emit(size_t b, size_t e, TokenKind kind) {
    out_.push_back({{static_cast<uint32_t>(base_ + b), static_cast<uint32_t>(base_ + e)}, kind});
  }
  // Text of the previous token of this call, or "" at the start.
  std::string_view PrevToken() const {
    if (out_.size() <= first_) return {};
    const Span sp = out_.back().span;
    return s_.substr(sp.begin - base_, sp.end - sp.begin);
  }

  // tokenizer.cc, tokenizer_web.cc (Special, EmailAt, UrlEnd)
  void Special(size_t b, size_t e);
  std::optional<Found> EmailAt(size_t a, size_t lo, size_t e) const;
  size_t UrlEnd(size_t body, size_t e) const;
  void Plain(size_t b, size_t e);
  size_t Attached(size_t q, size_t e) const;
  bool IsWordStart(size_t q) const;
  size_t SymbolOrTag(size_t p, size_t q, char32_t cp, size_t e);

  // tokenizer_word.cc
  size_t Word(size_t start, size_t e);
  bool KeepsPeriod(size_t start, size_t end, size_t e, bool letters, bool dotted,
                   size_t letter_count) const;
  // KeepsPeriod, except that a plain word that is neither a listed abbreviation nor a Roman
  // numeral (2 to 6 of IVXLCDM) is decided here: most words before a period are such
  // sentence ends, and they skip the call and the lookup.
  bool TakesPeriod(size_t start, size_t end, size_t e, bool letters, bool dotted,
                   size_t letter_count) const {
    if (letters && !dotted && letter_count != 1 &&
        !lex_.MayBeAbbreviation(s_.substr(start, end + 1 - start))) {
      const char c = s_[start];
      const bool roman = end - start >= 2 && end - start <= 6 &&
                         (c == 'I' || c == 'V' || c == 'X' || c == 'L' || c == 'C' || c == 'D' ||
                          c == 'M');
      if (!roman) return false;
    }
    return KeepsPeriod(start, end, e, letters, dotted, letter_count);
  }
  bool OrdinalPeriod(size_t start, size_t end, size_t e) const;
  bool TruncationHyphen(size_t after, size_t e) const;
  std::optional<Found> Domain(size_t start, size_t e);
  // The next word after whitespace from `pos` (bounded length), and whether a line break or
  // the end of the text came first.
  std::string_view NextWord(size_t pos, bool* line_break) const;

  std::string_view s_;
  uint32_t base_;
  std::vector<Token>& out_;
  size_t first_;
  const Lexicon& lex_;
  size_t domain_fail_end_ = 0;  // a domain-like run known not to be a domain ends here
  // What the current chunk has of '@', ':' and '.' (e-mails, URLs with a scheme, domains).
  bool chunk_at_ = false, chunk_colon_ = false, chunk_dot_ = false;
  // Whether the chunk has a '.' before an ASCII letter: a domain needs one (its top-level
  // domain starts with a letter), so without it Word skips the domain test.
  bool chunk_tld_ = false;
};

}  // namespace tri::text

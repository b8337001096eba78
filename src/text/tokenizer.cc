// Tokenizer: one linear pass over code points. Whitespace-free chunks are found first; chunks
// that may hold a URL or e-mail address are searched for those, everything else goes through
// the word scanner, which glues compounds ("US-Präsident"), numbers ("1.500", "14:11",
// "2017-2021"), dotted abbreviations ("z.B.", "U.S.") and decides whether a period belongs to
// the token before it (abbreviations, initials, ordinals) or stands alone (a sentence end).
// Every look-ahead is bounded or cached, so the whole pass is O(n).
#include <algorithm>

#include "text/chars.h"
#include "text/lexicon.h"
#include "text/text.h"
#include "text/tokenizer_internal.h"

namespace tri::text {
namespace {

bool IsDomainChar(char c) { return IsAsciiAlnum(c) || c == '-' || c == '.'; }
bool IsLocalPartChar(char c) {
  return IsAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

// Position of `needle` inside s[from, end), or `end`: never looks past the chunk.
size_t FindIn(std::string_view s, std::string_view needle, size_t from, size_t end) {
  if (from >= end) return end;
  const size_t at = s.substr(from, end - from).find(needle);
  return at == std::string_view::npos ? end : from + at;
}

}  // namespace

void Tokenizer::Run() {
  size_t i = 0;
  const size_t n = s_.size();
  while (i < n) {
    const unsigned char b = static_cast<unsigned char>(s_[i]);
    if (b <= 0x20 || b == 0x7F) {
      ++i;
      continue;
    }
    size_t j = i;
    if (b >= 0x80 && Classify(DecodeAt(s_, j)) == CharClass::kSpace) {
      i = j;
      continue;
    }
    // The chunk ends at whitespace; note whether it may hold a URL or an e-mail address.
    size_t e = i;
    bool special = false;
    while (e < n) {
      const unsigned char c = static_cast<unsigned char>(s_[e]);
      if (c < 0x80) {
        if (c <= 0x20 || c == 0x7F) break;
        special |= c == '@' || c == ':' || c == '.';
        ++e;
      } else {
        size_t k = e;
        if (Classify(DecodeAt(s_, k)) == CharClass::kSpace) break;
        e = k;
      }
    }
    chunk_special_ = special;
    if (special) {
      Special(i, e);
    } else {
      Plain(i, e);
    }
    i = e;
  }
}

// Finds URLs and e-mails in a chunk and runs the plain scanner between them. Each search
// cursor only moves forward, so a long chunk with many '@' or "://" stays linear.
void Tokenizer::Special(size_t b, size_t e) {
  size_t pos = b;
  size_t at_from = b, scheme_from = b, www_from = b;
  std::optional<Found> at_hit, scheme_hit, www_hit;
  while (pos < e) {
    if (at_hit && at_hit->begin < pos) at_hit.reset(), at_from = std::max(at_from, pos);
    while (!at_hit && at_from < e) {
      const size_t a = FindIn(s_, "@", std::max(at_from, pos), e);
      if (a >= e) {
        at_from = e;
        break;
      }
      at_hit = EmailAt(a, pos, e);
      at_from = a + 1;
    }
    if (scheme_hit && scheme_hit->begin < pos) scheme_hit.reset();
    while (!scheme_hit && scheme_from < e) {
      const size_t c = FindIn(s_, "://", std::max(scheme_from, pos), e);
      if (c >= e) {
        scheme_from = e;
        break;
      }
      size_t ss = c;
      while (ss > pos && c - ss < 12 && (IsAsciiAlnum(s_[ss - 1]) || s_[ss - 1] == '+')) --ss;
      if (c - ss >= 2 && IsAsciiAlpha(s_[ss]) && c + 3 < e) {
        scheme_hit = Found{ss, UrlEnd(c + 3, e), TokenKind::kUrl};
      }
      scheme_from = c + 1;
    }
    if (www_hit && www_hit->begin < pos) www_hit.reset();
    while (!www_hit && www_from < e) {
      const size_t w = FindIn(s_, "www.", std::max(www_from, pos), e);
      if (w >= e) {
        www_from = e;
        break;
      }
      if ((w == pos || !IsAsciiAlnum(s_[w - 1])) && w + 4 < e && IsAsciiAlnum(s_[w + 4])) {
        www_hit = Found{w, UrlEnd(w + 4, e), TokenKind::kUrl};
      }
      www_from = w + 1;
    }
    Found best{e, e, TokenKind::kOther};
    for (const auto& hit : {scheme_hit, www_hit, at_hit}) {
      if (hit && hit->begin < best.begin) best = *hit;
    }
    Plain(pos, best.begin);
    if (best.begin >= e) break;
    Emit(best.begin, best.end, best.kind);
    pos = best.end;
  }
}

std::optional<Tokenizer::Found> Tokenizer::EmailAt(size_t a, size_t lo, size_t e) const {
  size_t ls = a;
  while (ls > lo && IsLocalPartChar(s_[ls - 1])) --ls;
  while (ls < a && !IsAsciiAlnum(s_[ls])) ++ls;  // no leading dot or dash
  if (ls == a) return std::nullopt;
  size_t de = a + 1;
  while (de < e && IsDomainChar(s_[de])) ++de;
  while (de > a + 1 && (s_[de - 1] == '.' || s_[de - 1] == '-')) --de;
  const std::string_view domain = s_.substr(a + 1, de - a - 1);
  const size_t dot = domain.rfind('.');
  if (dot == std::string_view::npos || dot == 0 || domain.size() - dot - 1 < 2) {
    return std::nullopt;
  }
  for (size_t k = dot + 1; k < domain.size(); ++k) {
    if (!IsAsciiAlpha(domain[k])) return std::nullopt;
  }
  return Found{ls, de, TokenKind::kEmail};
}

// End of a URL whose body starts at `body`: up to the chunk end or a quote/angle bracket,
// minus trailing punctuation; a closing parenthesis stays when the URL opened one.
size_t Tokenizer::UrlEnd(size_t body, size_t e) const {
  size_t end = body;
  int open = 0;
  while (end < e) {
    const char c = s_[end];
    if (c == '"' || c == '<' || c == '>' || c == '\'') break;
    if (static_cast<unsigned char>(c) >= 0x80) {
      size_t k = end;
      if (Classify(DecodeAt(s_, k)) == CharClass::kQuote) break;
      end = k;
      continue;
    }
    open += (c == '(') - (c == ')');
    ++end;
  }
  while (end > body) {  // `open` < 0: more ')' than '(' in the URL; the last ones are ours
    const char c = s_[end - 1];
    if (c == ')') {
      if (open >= 0) break;
      ++open;
      --end;
      continue;
    }
    if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ']' ||
        c == '}') {
      --end;
      continue;
    }
    break;
  }
  return std::max(end, body);
}

void Tokenizer::Plain(size_t b, size_t e) {
  size_t p = b;
  while (p < e) {
    size_t q = p;
    const char32_t cp = DecodeAt(s_, q);
    switch (Classify(cp)) {
      case CharClass::kLetter:
      case CharClass::kDigit:
        p = Word(p, e);
        continue;
      case CharClass::kIdeograph:
        q = Attached(q, e);
        Emit(p, q, TokenKind::kWord);
        break;
      case CharClass::kMark:
      case CharClass::kJoiner:
        if (out_.size() > first_ && out_.back().span.end == base_ + p) {
          out_.back().span.end = static_cast<uint32_t>(base_ + q);
        } else {
          Emit(p, q, TokenKind::kOther);
        }
        break;
      case CharClass::kTerminal:
        while (q < e) {
          size_t k = q;
          if (Classify(DecodeAt(s_, k)) != CharClass::kTerminal) break;
          q = k;
        }
        Emit(p, q, TokenKind::kPunct);
        break;
      case CharClass::kQuote:
        if (IsApostrophe(cp) && q < e && (s_[q] == 's' || s_[q] == 'S') &&
            (q + 1 == e || !IsWordStart(q + 1)) && out_.size() > first_ &&
            out_.back().span.end == base_ + p && out_.back().kind == TokenKind::kWord) {
          ++q;  // possessive "'s", split from its word ("Trump's" -> "Trump" "'s")
          Emit(p, q, TokenKind::kWord);
        } else {
          Emit(p, q, TokenKind::kQuote);
        }
        break;
      case CharClass::kDash:
        while (q < e) {
          size_t k = q;
          if (DecodeAt(s_, k) != cp) break;
          q = k;
        }
        Emit(p, q, TokenKind::kDash);
        break;
      case CharClass::kSymbol:
        p = SymbolOrTag(p, q, cp, e);
        continue;
      case CharClass::kOpen:
      case CharClass::kClose:
      case CharClass::kPunct:
        Emit(p, q, TokenKind::kPunct);
        break;
      case CharClass::kSpace:
        break;
      case CharClass::kOther:
        Emit(p, q, TokenKind::kOther);
        break;
    }
    p = q;
  }
}

// Marks and joiners from q on (emoji modifiers, combining accents).
size_t Tokenizer::Attached(size_t q, size_t e) const {
  while (q < e) {
    size_t k = q;
    const CharClass c = Classify(DecodeAt(s_, k));
    if (c != CharClass::kMark && c != CharClass::kJoiner) break;
    q = k;
  }
  return q;
}

bool Tokenizer::IsWordStart(size_t q) const {
  size_t k = q;
  const CharClass c = Classify(DecodeAt(s_, k));
  return c == CharClass::kLetter || c == CharClass::kDigit;
}

size_t Tokenizer::SymbolOrTag(size_t p, size_t q, char32_t cp, size_t e) {
  if ((cp == '#' || cp == '@') && q < e) {
    size_t end = q;
    while (end < e) {
      size_t k = end;
      const char32_t c = DecodeAt(s_, k);
      const CharClass cls = Classify(c);
      const bool ok = cp == '#' ? (cls == CharClass::kLetter || cls == CharClass::kDigit ||
                                   cls == CharClass::kMark || c == '_')
                                : (c < 0x80 && (IsAsciiAlnum(static_cast<char>(c)) || c == '_'));
      if (!ok) break;
      end = k;
    }
    if (end > q) {
      Emit(p, end, cp == '#' ? TokenKind::kHashtag : TokenKind::kMention);
      return end;
    }
  }
  // A symbol with its modifiers; a zero-width joiner pulls the next symbol in ("👩‍🔬"), and
  // two regional indicators make one flag.
  size_t end = Attached(q, e);
  while (end < e && end - q >= 3 && s_.substr(end - 3, 3) == "\xE2\x80\x8D") {
    size_t k = end;
    if (Classify(DecodeAt(s_, k)) != CharClass::kSymbol) break;
    end = Attached(k, e);
  }
  if (cp >= 0x1F1E6 && cp <= 0x1F1FF && end == q && end < e) {
    size_t k = end;
    const char32_t next = DecodeAt(s_, k);
    if (next >= 0x1F1E6 && next <= 0x1F1FF) end = k;
  }
  Emit(p, end, TokenKind::kSymbol);
  return end;
}

}  // namespace tri::text

namespace tri {

std::vector<Token> Tokenize(std::string_view text, uint32_t base) {
  std::vector<Token> out;
  out.reserve(text.size() / 5 + 16);
  text::Tokenizer(text, base, out).Run();
  return out;
}

void AppendTokens(std::string_view text, uint32_t base, std::vector<Token>& out) {
  text::Tokenizer(text, base, out).Run();
}

}  // namespace tri

// The tokenizer's address finder (see tokenizer.cc): URLs with a scheme or "www.", and e-mail
// addresses inside a whitespace-free chunk, with the word scanner run between them.
#include <algorithm>

#include "text/chars.h"
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

// Finds URLs and e-mails in a chunk and runs the plain scanner between them. Each search
// cursor only moves forward, so a long chunk with many '@' or "://" stays linear.
void Tokenizer::Special(size_t b, size_t e) {
  // Most such chunks hold no address at all ("27.10.2025", "14:30", "statt."): they go to the
  // word scanner directly, as the search below would send them.
  if (!chunk_at_ && (!chunk_colon_ || FindIn(s_, "://", b, e) >= e) &&
      (!chunk_dot_ || FindIn(s_, "www.", b, e) >= e)) {
    Plain(b, e);
    return;
  }
  size_t pos = b;
  size_t at_from = chunk_at_ ? b : e, scheme_from = chunk_colon_ ? b : e,
         www_from = chunk_dot_ ? b : e;
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

}  // namespace tri::text

#include "ingest/text_util.h"

#include "core/utf8.h"

namespace tri::ingest {
namespace {

// Length of a Unicode space / invisible at s[i] (UTF-8), 0 if none. Covers NBSP, the
// U+2000..U+200B spaces, U+202F, U+205F, U+3000, zero-width joiners and the BOM.
size_t UnicodeSpaceLength(std::string_view s, size_t i) {
  const auto b = [&](size_t k) { return static_cast<unsigned char>(s[i + k]); };
  const size_t n = s.size() - i;
  if (n >= 2 && b(0) == 0xC2 && b(1) == 0xA0) return 2;
  if (n >= 3 && b(0) == 0xE2 && b(1) == 0x80 && (b(2) <= 0x8D || b(2) == 0xAF)) return 3;
  if (n >= 3 && b(0) == 0xE2 && b(1) == 0x81 && b(2) == 0x9F) return 3;
  if (n >= 3 && b(0) == 0xE3 && b(1) == 0x80 && b(2) == 0x80) return 3;
  if (n >= 3 && b(0) == 0xEF && b(1) == 0xBB && b(2) == 0xBF) return 3;
  return 0;
}

}  // namespace

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = AsciiLowerChar(c);
  return out;
}

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (AsciiLowerChar(s[i]) != prefix[i]) return false;
  }
  return true;
}

bool ContainsNoCase(std::string_view s, std::string_view needle) {
  if (needle.empty()) return true;
  if (s.size() < needle.size()) return false;
  for (size_t i = 0; i + needle.size() <= s.size(); ++i) {
    if (AsciiLowerChar(s[i]) != needle[0]) continue;
    size_t k = 1;
    while (k < needle.size() && AsciiLowerChar(s[i + k]) == needle[k]) ++k;
    if (k == needle.size()) return true;
  }
  return false;
}

std::string_view Trim(std::string_view s) {
  for (;;) {
    if (!s.empty() && IsAsciiSpace(s.front())) {
      s.remove_prefix(1);
    } else if (size_t n = UnicodeSpaceLength(s, 0); !s.empty() && n) {
      s.remove_prefix(n);
    } else {
      break;
    }
  }
  for (;;) {
    if (!s.empty() && IsAsciiSpace(s.back())) {
      s.remove_suffix(1);
      continue;
    }
    bool removed = false;
    for (size_t len : {2, 3}) {
      if (s.size() >= len && UnicodeSpaceLength(s, s.size() - len) == len) {
        s.remove_suffix(len);
        removed = true;
        break;
      }
    }
    if (!removed) break;
  }
  return s;
}

void AppendCollapsed(std::string& out, std::string_view s, bool& space_pending) {
  size_t i = 0;
  while (i < s.size()) {
    const char c = s[i];
    if (IsAsciiSpace(c)) {
      space_pending = true;
      ++i;
      continue;
    }
    if (static_cast<unsigned char>(c) >= 0x80) {
      if (size_t n = UnicodeSpaceLength(s, i)) {
        // Zero-width characters join; real spaces separate.
        const bool zero_width = n == 3 && static_cast<unsigned char>(s[i]) == 0xE2 &&
                                static_cast<unsigned char>(s[i + 2]) >= 0x8B &&
                                static_cast<unsigned char>(s[i + 2]) <= 0x8D;
        const bool bom = n == 3 && static_cast<unsigned char>(s[i]) == 0xEF;
        if (!zero_width && !bom) space_pending = true;
        i += n;
        continue;
      }
      if (static_cast<unsigned char>(c) == 0xC2 && i + 1 < s.size() &&
          static_cast<unsigned char>(s[i + 1]) == 0xAD) {  // soft hyphen
        i += 2;
        continue;
      }
    }
    if (space_pending && !out.empty() && out.back() != ' ' && out.back() != '\n') out += ' ';
    space_pending = false;
    out += c;
    ++i;
  }
}

std::string CollapseWhitespace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending = false;
  AppendCollapsed(out, s, pending);
  return out;
}

size_t CodePointCount(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

std::vector<std::string> SplitTrimmed(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (pos <= s.size()) {
    size_t next = s.find(sep, pos);
    if (next == std::string_view::npos) next = s.size();
    std::string_view piece = Trim(s.substr(pos, next - pos));
    if (!piece.empty()) out.emplace_back(piece);
    pos = next + 1;
  }
  return out;
}

std::string_view StripTitleSuffix(std::string_view title, std::string_view site_name) {
  title = Trim(title);
  static constexpr std::string_view kSeparators[] = {
      " | ", " - ", " – ", " — ", " :: ", " · ", " « ", " » ", " // "};
  size_t best = std::string_view::npos, best_len = 0;
  for (std::string_view sep : kSeparators) {
    const size_t at = title.rfind(sep);
    if (at != std::string_view::npos && (best == std::string_view::npos || at > best)) {
      best = at;
      best_len = sep.size();
    }
  }
  if (best == std::string_view::npos) return title;
  std::string_view head = Trim(title.substr(0, best));
  std::string_view tail = Trim(title.substr(best + best_len));
  // Only strip a tail that looks like a site name: short, or equal to the known one.
  const bool named = !site_name.empty() && (ContainsNoCase(tail, AsciiLower(site_name)) ||
                                            ContainsNoCase(site_name, AsciiLower(tail)));
  if ((named || CodePointCount(tail) <= 30) && CodePointCount(head) >= (named ? 4 : 12))
    return head;
  return title;
}

std::string GuessLanguage(std::string_view text) {
  int de = 0, en = 0;
  for (const std::string& w : SplitTrimmed(AsciiLower(text.substr(0, 20000)), ' ')) {
    if (w == "der" || w == "die" || w == "und" || w == "das" || w == "nicht" || w == "ist" ||
        w == "mit" || w == "sich" || w == "auf" || w == "für" || w == "den" || w == "ein") {
      ++de;
    } else if (w == "the" || w == "and" || w == "of" || w == "to" || w == "is" || w == "that" ||
               w == "with" || w == "for" || w == "was" || w == "are") {
      ++en;
    }
  }
  if (de + en < 4) return "";
  if (de > 2 * en) return "de";
  if (en > 2 * de) return "en";
  return "";
}

}  // namespace tri::ingest

#include "ingest/entities.h"

#include <algorithm>
#include <cctype>
#include <cstdint>

#include "core/utf8.h"
#include "ingest/charset.h"
#include "ingest/text_util.h"

namespace tri::ingest {
namespace {

struct NamedEntity {
  std::string_view name;
  uint32_t code_point;
};

#include "ingest/entity_table.inc"

char32_t LookupNamed(std::string_view name) {
  const auto* end = std::end(kNamedEntities);
  const auto* it =
      std::lower_bound(std::begin(kNamedEntities), end, name,
                       [](const NamedEntity& e, std::string_view n) { return e.name < n; });
  return it != end && it->name == name ? it->code_point : 0;
}

bool IsLegacy(std::string_view name) {
  return std::binary_search(std::begin(kLegacyEntityNames), std::end(kLegacyEntityNames), name);
}

char32_t FixNumeric(uint64_t v) {
  if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0xFFFD;
  if (v >= 0x80 && v <= 0x9F) {
    const char32_t cp = SingleByteCodePoint(Charset::kWindows1252, static_cast<unsigned char>(v));
    return cp ? cp : static_cast<char32_t>(v);
  }
  return static_cast<char32_t>(v);
}

}  // namespace

std::string DecodeHtmlEntities(std::string_view s) {
  if (s.find('&') == std::string_view::npos) return std::string(s);
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    if (s[i] != '&') {
      out += s[i++];
      continue;
    }
    if (i + 2 < s.size() && s[i + 1] == '#') {
      size_t j = i + 2;
      const bool hex = j < s.size() && (s[j] == 'x' || s[j] == 'X');
      if (hex) ++j;
      uint64_t v = 0;
      const size_t digits_begin = j;
      while (j < s.size() && j - digits_begin < 8 &&
             (hex ? std::isxdigit(static_cast<unsigned char>(s[j])) != 0 : IsAsciiDigit(s[j]))) {
        const char c = AsciiLowerChar(s[j]);
        v = v * (hex ? 16 : 10) + static_cast<uint64_t>(IsAsciiDigit(c) ? c - '0' : c - 'a' + 10);
        ++j;
      }
      if (j > digits_begin) {
        AppendUtf8(out, FixNumeric(v));
        i = (j < s.size() && s[j] == ';') ? j + 1 : j;
        continue;
      }
      out += s[i++];
      continue;
    }
    size_t j = i + 1;
    while (j < s.size() && j - i <= 32 && IsAsciiAlnum(s[j])) ++j;
    const std::string_view name = s.substr(i + 1, j - i - 1);
    if (!name.empty() && j < s.size() && s[j] == ';') {
      if (char32_t cp = LookupNamed(name)) {
        AppendUtf8(out, cp);
        i = j + 1;
        continue;
      }
    }
    // Legacy names without ';' ("&amp", "&nbsp", "&auml"): the longest legacy prefix wins.
    bool matched = false;
    for (size_t len = std::min<size_t>(name.size(), 6); len >= 2 && !matched; --len) {
      const std::string_view prefix = name.substr(0, len);
      if (IsLegacy(prefix)) {
        if (char32_t cp = LookupNamed(prefix)) {
          AppendUtf8(out, cp);
          i += 1 + len;
          matched = true;
        }
      }
    }
    if (!matched) out += s[i++];
  }
  return out;
}

}  // namespace tri::ingest

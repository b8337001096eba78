#include "ingest/charset.h"

#include <array>
#include <cstdint>

#include "core/utf8.h"
#include "ingest/text_util.h"

namespace tri::ingest {
namespace {

// 0x80..0x9F of windows-1252 (0 = undefined); the ISO tables below reuse it for that range
// because C1 control characters are never what a web page meant.
constexpr std::array<char16_t, 32> kCp1252Low = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

// 0xA0..0xFF of ISO-8859-2 (Central European; the Polish pages of the evaluation use it).
constexpr std::array<char16_t, 96> kIso8859_2High = {
    0x00A0, 0x0104, 0x02D8, 0x0141, 0x00A4, 0x013D, 0x015A, 0x00A7, 0x00A8, 0x0160, 0x015E, 0x0164,
    0x0179, 0x00AD, 0x017D, 0x017B, 0x00B0, 0x0105, 0x02DB, 0x0142, 0x00B4, 0x013E, 0x015B, 0x02C7,
    0x00B8, 0x0161, 0x015F, 0x0165, 0x017A, 0x02DD, 0x017E, 0x017C, 0x0154, 0x00C1, 0x00C2, 0x0102,
    0x00C4, 0x0139, 0x0106, 0x00C7, 0x010C, 0x00C9, 0x0118, 0x00CB, 0x011A, 0x00CD, 0x00CE, 0x010E,
    0x0110, 0x0143, 0x0147, 0x00D3, 0x00D4, 0x0150, 0x00D6, 0x00D7, 0x0158, 0x016E, 0x00DA, 0x0170,
    0x00DC, 0x00DD, 0x0162, 0x00DF, 0x0155, 0x00E1, 0x00E2, 0x0103, 0x00E4, 0x013A, 0x0107, 0x00E7,
    0x010D, 0x00E9, 0x0119, 0x00EB, 0x011B, 0x00ED, 0x00EE, 0x010F, 0x0111, 0x0144, 0x0148, 0x00F3,
    0x00F4, 0x0151, 0x00F6, 0x00F7, 0x0159, 0x016F, 0x00FA, 0x0171, 0x00FC, 0x00FD, 0x0163, 0x02D9};

// windows-1250 differs from ISO-8859-2 in 0x80..0xBF only.
constexpr std::array<char16_t, 64> kCp1250Low = {
    0x20AC, 0,      0x201A, 0,      0x201E, 0x2026, 0x2020, 0x2021, 0,      0x2030, 0x0160,
    0x2039, 0x015A, 0x0164, 0x017D, 0x0179, 0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0,      0x2122, 0x0161, 0x203A, 0x015B, 0x0165, 0x017E, 0x017A, 0x00A0,
    0x02C7, 0x02D8, 0x0141, 0x00A4, 0x0104, 0x00A6, 0x00A7, 0x00A8, 0x00A9, 0x015E, 0x00AB,
    0x00AC, 0x00AD, 0x00AE, 0x017B, 0x00B0, 0x00B1, 0x02DB, 0x0142, 0x00B4, 0x00B5, 0x00B6,
    0x00B7, 0x00B8, 0x0105, 0x015F, 0x00BB, 0x013D, 0x02DD, 0x013E, 0x017C};

char32_t Latin9(unsigned char c) {
  switch (c) {
    case 0xA4:
      return 0x20AC;
    case 0xA6:
      return 0x0160;
    case 0xA8:
      return 0x0161;
    case 0xB4:
      return 0x017D;
    case 0xB8:
      return 0x017E;
    case 0xBC:
      return 0x0152;
    case 0xBD:
      return 0x0153;
    case 0xBE:
      return 0x0178;
    default:
      return c;
  }
}

// Reads the value after `charset=` (quoted or not) starting at s[i].
std::string ReadCharsetValue(std::string_view s, size_t i) {
  while (i < s.size() && (s[i] == ' ' || s[i] == '"' || s[i] == '\'')) ++i;
  size_t j = i;
  while (j < s.size() &&
         (IsAsciiAlnum(s[j]) || s[j] == '-' || s[j] == '_' || s[j] == ':' || s[j] == '.')) {
    ++j;
  }
  return AsciiLower(s.substr(i, j - i));
}

}  // namespace

Charset CharsetFromLabel(std::string_view label) {
  std::string l = AsciiLower(Trim(label));
  std::string k;
  for (char c : l) {
    if (c != '-' && c != '_' && c != ' ') k += c;
  }
  if (k == "utf8" || k == "unicode11utf8" || k == "xunicode20utf8") return Charset::kUtf8;
  if (k == "utf16" || k == "utf16le") return Charset::kUtf16Le;
  if (k == "utf16be") return Charset::kUtf16Be;
  if (k == "windows1252" || k == "cp1252" || k == "iso88591" || k == "latin1" || k == "l1" ||
      k == "usascii" || k == "ascii" || k == "xcp1252" || k == "iso885911987" || k == "cp819" ||
      k == "ibm819" || k == "isoir100") {
    return Charset::kWindows1252;
  }
  if (k == "iso885915" || k == "latin9" || k == "l9" || k == "iso885915:1998") {
    return Charset::kIso8859_15;
  }
  if (k == "iso88592" || k == "latin2" || k == "l2" || k == "isoir101") return Charset::kIso8859_2;
  if (k == "windows1250" || k == "cp1250" || k == "xcp1250") return Charset::kWindows1250;
  return Charset::kUnknown;
}

std::string_view CharsetName(Charset c) {
  switch (c) {
    case Charset::kUtf8:
      return "utf-8";
    case Charset::kUtf16Le:
      return "utf-16le";
    case Charset::kUtf16Be:
      return "utf-16be";
    case Charset::kWindows1252:
      return "windows-1252";
    case Charset::kIso8859_15:
      return "iso-8859-15";
    case Charset::kIso8859_2:
      return "iso-8859-2";
    case Charset::kWindows1250:
      return "windows-1250";
    case Charset::kUnknown:
      break;
  }
  return "unknown";
}

char32_t SingleByteCodePoint(Charset c, unsigned char b) {
  if (b < 0x80) return b;
  switch (c) {
    case Charset::kIso8859_15:
      return b < 0xA0 ? kCp1252Low[b - 0x80] : Latin9(b);
    case Charset::kIso8859_2:
      return b < 0xA0 ? kCp1252Low[b - 0x80] : kIso8859_2High[b - 0xA0];
    case Charset::kWindows1250:
      return b < 0xC0 ? kCp1250Low[b - 0x80] : kIso8859_2High[b - 0xA0];
    default:
      return b < 0xA0 ? kCp1252Low[b - 0x80] : b;
  }
}

std::string SniffDeclaredCharset(std::string_view bytes) {
  const std::string head = AsciiLower(bytes.substr(0, 8192));
  if (head.rfind("<?xml", 0) == 0 || head.rfind("\xef\xbb\xbf<?xml", 0) == 0) {
    const size_t end = head.find("?>");
    const size_t enc = head.find("encoding=");
    if (enc != std::string::npos && enc < end) return ReadCharsetValue(head, enc + 9);
  }
  size_t pos = 0;
  while ((pos = head.find("<meta", pos)) != std::string::npos) {
    const size_t close = head.find('>', pos);
    const std::string_view tag = std::string_view(head).substr(
        pos, close == std::string::npos ? std::string::npos : close - pos);
    const size_t cs = tag.find("charset");
    if (cs != std::string_view::npos) {
      size_t i = cs + 7;
      while (i < tag.size() && tag[i] == ' ') ++i;
      if (i < tag.size() && tag[i] == '=') {
        std::string v = ReadCharsetValue(tag, i + 1);
        if (!v.empty()) return v;
      }
    }
    pos += 5;
  }
  return "";
}

std::string CharsetFromContentType(std::string_view content_type) {
  const std::string lower = AsciiLower(content_type);
  const size_t cs = lower.find("charset=");
  if (cs == std::string::npos) return "";
  return ReadCharsetValue(lower, cs + 8);
}

std::string RepairDoubleEncoding(std::string text, bool* repaired) {
  if (repaired) *repaired = false;
  // Count the tell-tale pairs: U+00C2..U+00C5 (as UTF-8 C3 82..C3 85) or U+00C3 followed by
  // a code point that windows-1252 puts in 0x80..0xBF.
  size_t suspicious = 0, non_ascii = 0;
  for (size_t i = 0; i + 3 < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80 && (c & 0xC0) != 0x80) ++non_ascii;
    if (c == 0xC3 && static_cast<unsigned char>(text[i + 1]) >= 0x82 &&
        static_cast<unsigned char>(text[i + 1]) <= 0x83) {
      const auto n = static_cast<unsigned char>(text[i + 2]);
      if (n == 0xC2 || n == 0xC5 || n == 0xCB || n == 0xE2) ++suspicious;
    }
  }
  if (suspicious < 3 || suspicious * 4 < non_ascii) return text;
  // Re-encode every code point <= U+00FF (and the windows-1252 extras) as one byte.
  std::string bytes;
  bytes.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    const char32_t cp = NextCodePoint(text, i);
    if (cp < 0x80 || (cp >= 0xA0 && cp <= 0xFF)) {
      bytes += static_cast<char>(cp);
      continue;
    }
    bool found = false;
    for (unsigned b = 0x80; b < 0xA0; ++b) {
      if (kCp1252Low[b - 0x80] == cp) {
        bytes += static_cast<char>(b);
        found = true;
        break;
      }
    }
    if (!found) return text;  // a character windows-1252 cannot hold: not double-encoded
  }
  if (FindInvalidUtf8(bytes)) return text;
  if (repaired) *repaired = true;
  return bytes;
}

}  // namespace tri::ingest

// Encoding detection and decoding to UTF-8. Order of trust: a byte order mark; then the bytes
// themselves, because declarations lie (a page that says UTF-8 but was saved as windows-1252):
// valid UTF-8 multi-byte sequences are almost never an accident, so text that is mostly valid
// UTF-8 is UTF-8 (stray invalid bytes in it are read as windows-1252), and text that is mostly
// not is read in the declared single-byte charset, or windows-1252 when the declaration is
// UTF-8 or unknown. Double-encoded UTF-8 ("FÃ¼r") is repaired.
#include <algorithm>
#include <string>

#include "core/utf8.h"
#include "ingest/charset.h"
#include "ingest/ingest.h"

namespace tri {
namespace {

using ingest::Charset;

// Length of a valid multi-byte UTF-8 sequence at s[i] (2..4), or 0.
size_t MultiByteLength(std::string_view s, size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
  if (len == 0 || i + len > s.size()) return 0;
  return FindInvalidUtf8(s.substr(i, len)) ? 0 : len;
}

// Binary data: NUL bytes or many C0 controls other than whitespace in the first 4 KiB.
std::optional<size_t> LooksBinary(std::string_view bytes) {
  const size_t n = std::min<size_t>(bytes.size(), 4096);
  size_t controls = 0;
  for (size_t i = 0; i < n; ++i) {
    const unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c == 0) return i;
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++controls;
  }
  if (n > 0 && controls * 20 > n) return 0;
  return std::nullopt;
}

Result<std::string> DecodeUtf16(std::string_view bytes, bool little_endian) {
  std::string out;
  out.reserve(bytes.size());
  for (size_t i = 0; i + 1 < bytes.size(); i += 2) {
    auto unit = [&](size_t k) -> char16_t {
      const auto a = static_cast<unsigned char>(bytes[k]);
      const auto b = static_cast<unsigned char>(bytes[k + 1]);
      return static_cast<char16_t>(little_endian ? (b << 8 | a) : (a << 8 | b));
    };
    char32_t cp = unit(i);
    if (cp >= 0xD800 && cp <= 0xDBFF && i + 3 < bytes.size()) {
      const char16_t low = unit(i + 2);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        i += 2;
      } else {
        cp = 0xFFFD;
      }
    } else if (cp >= 0xD800 && cp <= 0xDFFF) {
      cp = 0xFFFD;
    }
    if (cp == 0)
      return Status::Unsupported("NUL character in UTF-16 text at byte " + std::to_string(i));
    AppendUtf8(out, cp);
  }
  return out;
}

}  // namespace

Result<std::string> DecodeToUtf8(std::string_view bytes, std::string_view declared_charset,
                                 std::string* encoding) {
  auto set_encoding = [&](std::string_view e) {
    if (encoding) *encoding = std::string(e);
  };
  if (bytes.size() >= 2 && (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF")) {
    const bool le = bytes[0] == '\xFF';
    set_encoding(le ? "utf-16le" : "utf-16be");
    return DecodeUtf16(bytes.substr(2), le);
  }
  size_t start = 0;
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") start = 3;
  if (auto at = LooksBinary(bytes.substr(start))) {
    return Status::Unsupported("binary data, not text (control byte at byte " +
                               std::to_string(*at + start) + ")");
  }
  bytes.remove_prefix(start);
  // One pass counts valid multi-byte sequences and bytes that cannot be UTF-8.
  size_t multibyte = 0, invalid = 0;
  for (size_t i = 0; i < bytes.size();) {
    if (static_cast<unsigned char>(bytes[i]) < 0x80) {
      ++i;
      continue;
    }
    if (size_t len = MultiByteLength(bytes, i)) {
      ++multibyte;
      i += len;
    } else {
      ++invalid;
      ++i;
    }
  }
  Charset declared = ingest::CharsetFromLabel(declared_charset);
  const bool single_byte_declared = declared != Charset::kUtf8 && declared != Charset::kUnknown &&
                                    declared != Charset::kUtf16Le && declared != Charset::kUtf16Be;
  if (invalid == 0) {
    bool repaired = false;
    std::string text = ingest::RepairDoubleEncoding(std::string(bytes), &repaired);
    set_encoding("utf-8");
    return text;
  }
  // A BOM or a majority of valid sequences: UTF-8 with a few stray single-byte characters.
  const bool utf8 = start == 3 || multibyte > invalid;
  const Charset fallback = single_byte_declared ? declared : Charset::kWindows1252;
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  for (size_t i = 0; i < bytes.size();) {
    const auto c = static_cast<unsigned char>(bytes[i]);
    if (c < 0x80) {
      out += static_cast<char>(c);
      ++i;
      continue;
    }
    if (utf8) {
      if (size_t len = MultiByteLength(bytes, i)) {
        out.append(bytes.substr(i, len));
        i += len;
        continue;
      }
    }
    const char32_t cp = ingest::SingleByteCodePoint(fallback, c);
    AppendUtf8(out, cp ? cp : 0xFFFD);
    ++i;
  }
  set_encoding(utf8 ? "utf-8" : ingest::CharsetName(fallback));
  return out;
}

}  // namespace tri

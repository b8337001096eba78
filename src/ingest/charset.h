// Charset helpers for ingest: names of declared charsets, the single-byte code pages we decode,
// the declaration a page or XML file makes about itself, and repair of double-encoded UTF-8.
#pragma once

#include <string>
#include <string_view>

namespace tri::ingest {

// Single-byte code pages (plus the UTF families) that DecodeToUtf8 understands.
enum class Charset : uint8_t {
  kUnknown,
  kUtf8,
  kUtf16Le,
  kUtf16Be,
  kWindows1252,  // also what ISO-8859-1 and US-ASCII labels mean on the web (WHATWG)
  kIso8859_15,
  kIso8859_2,
  kWindows1250,
};

// Maps a label ("UTF-8", "latin1", "ISO_8859-15", "cp1250", ...) to a Charset.
Charset CharsetFromLabel(std::string_view label);
std::string_view CharsetName(Charset c);

// Code point of byte `b` (>= 0x80) in a single-byte charset (0 for undefined bytes).
char32_t SingleByteCodePoint(Charset c, unsigned char b);

// The charset a page declares in its first bytes: <meta charset=...>, <meta http-equiv=
// "Content-Type" content="...; charset=...">, or an XML declaration's encoding="...".
// Empty when there is none.
std::string SniffDeclaredCharset(std::string_view bytes);

// The charset parameter of a Content-Type header value ("text/html; charset=ISO-8859-1").
std::string CharsetFromContentType(std::string_view content_type);

// UTF-8 that was decoded twice ("FÃ¼r" for "Für", "â€ž" for "„"): when the text is full of
// such pairs and re-encoding them as windows-1252 bytes gives valid UTF-8, returns the repaired
// text; otherwise returns `text` unchanged. Sets `repaired` when it changed anything.
std::string RepairDoubleEncoding(std::string text, bool* repaired);

}  // namespace tri::ingest

// Small UTF-8 helpers shared by stages: validation with the offset of the first bad byte, and
// code point iteration that never reads past the end.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tri {

// Byte offset of the first invalid UTF-8 sequence, or nullopt if `s` is valid UTF-8.
std::optional<size_t> FindInvalidUtf8(std::string_view s);

// Decodes the code point at s[i]; advances i. Invalid bytes yield U+FFFD and advance by one.
char32_t NextCodePoint(std::string_view s, size_t& i);

void AppendUtf8(std::string& out, char32_t cp);

// Replaces invalid sequences with U+FFFD.
std::string SanitizeUtf8(std::string_view s);

}  // namespace tri

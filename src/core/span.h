// Span: a half-open range [begin, end) of UTF-8 byte offsets into a Document's decoded text.
// Every annotation in triangulate points back into the article through Spans, so evidence can
// always be quoted exactly. Offsets are 32-bit: one document is capped well below 4 GiB by ingest.
#pragma once

#include <compare>
#include <cstdint>
#include <string_view>

namespace tri {

struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;

  constexpr uint32_t size() const { return end - begin; }
  constexpr bool empty() const { return end <= begin; }
  constexpr bool contains(const Span& o) const { return begin <= o.begin && o.end <= end; }
  constexpr bool contains(uint32_t offset) const { return begin <= offset && offset < end; }
  constexpr bool overlaps(const Span& o) const { return begin < o.end && o.begin < end; }
  friend constexpr auto operator<=>(const Span&, const Span&) = default;
};

// The text a span covers; an out-of-range span yields the in-range part (never UB).
inline std::string_view Slice(std::string_view text, Span s) {
  if (s.begin >= text.size() || s.empty()) return {};
  const uint32_t end = s.end > text.size() ? static_cast<uint32_t>(text.size()) : s.end;
  return text.substr(s.begin, end - s.begin);
}

}  // namespace tri

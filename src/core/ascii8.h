// Eight bytes of text at a time in one 64-bit word: the tokenizer, the time stage's piece
// builder and its lexicon hash scan ASCII runs this way, because most of any text is runs of
// ASCII letters and digits and a byte loop pays a load, a table lookup and branches per byte.
// Words are little-endian on every host (byte k of the text in bits 8k..8k+7), so the first
// byte of a run is the lowest and std::countr_zero finds the first byte a mask marks.
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>

namespace tri::ascii8 {

inline constexpr uint64_t kOnes = 0x0101010101010101ull;
inline constexpr uint64_t kHigh = kOnes * 0x80;  // bit 7 of every byte

// The eight bytes at p (all must be readable).
inline uint64_t Load(const char* p) {
  uint64_t w;
  std::memcpy(&w, p, 8);
  if constexpr (std::endian::native == std::endian::big) w = __builtin_bswap64(w);
  return w;
}
inline void Store(char* p, uint64_t w) {
  if constexpr (std::endian::native == std::endian::big) w = __builtin_bswap64(w);
  std::memcpy(p, &w, 8);
}

// Bit 7 of each byte of x that lies in [lo, hi] (ASCII, 0 < lo <= hi < 0x80), else 0. Bit 7
// is cleared before the additions, so no byte's sum carries into the next: exact per byte.
constexpr uint64_t InRange(uint64_t x, uint8_t lo, uint8_t hi) {
  const uint64_t y = x & ~kHigh;
  const uint64_t at_least_lo = y + kOnes * (0x80 - lo);
  const uint64_t above_hi = y + kOnes * (0x7F - hi);
  return at_least_lo & ~above_hi & ~x & kHigh;
}
// ASCII letters: 0x20 folds upper case onto lower case.
constexpr uint64_t Letters(uint64_t x) { return InRange(x | kOnes * 0x20, 'a', 'z'); }
constexpr uint64_t Digits(uint64_t x) { return InRange(x, '0', '9'); }

// Index of the first byte a mask from the functions above marks (mask != 0).
inline size_t FirstMarked(uint64_t mask) { return static_cast<size_t>(std::countr_zero(mask)) / 8; }

}  // namespace tri::ascii8

// Stable ids: the same bytes give the same id on every machine and run (XXH3, 64 bit, hex).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace tri {

uint64_t Hash64(std::string_view bytes, uint64_t seed = 0);
// 16 lowercase hex digits of Hash64.
std::string HexId(std::string_view bytes);
std::string Hex64(uint64_t v);

}  // namespace tri

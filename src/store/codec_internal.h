// Pieces of the codec shared between codec.cc (the nlohmann-based fields) and
// codec_story_read.cc (the story decoded straight from MessagePack).
#pragma once

#include <string_view>

#include "core/document.h"

namespace tri::store::internal {

// Decodes the MessagePack of a SourcingJ value; throws like the rest of codec.cc.
Sourcing DecodeSourcing(std::string_view msgpack);

}  // namespace tri::store::internal

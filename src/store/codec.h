// Codec: the store's own lossless binary form (MessagePack via nlohmann::json) of a Document's
// layers, a Story and a CanonicalEntity, so stored articles come back exactly as the pipeline
// left them (tokens, sentences, every annotation) without re-running any stage. The JSON of
// OUTPUT.md is not used for this because it is lossy on purpose (it drops internal fields).
// Unknown keys are ignored and missing keys keep their defaults, so older blobs stay readable
// when fields are added.
#pragma once

#include <string>
#include <string_view>

#include "core/analysis.h"
#include "core/document.h"
#include "core/status.h"

namespace tri::store {

// Everything of `doc` except raw and text (stored in their own columns).
std::string EncodeDocument(const Document& doc);
// Fills every field EncodeDocument wrote into `doc`, keeping doc.raw and doc.text.
Status DecodeDocument(std::string_view blob, Document& doc);

std::string EncodeStory(const Story& story);
Result<Story> DecodeStory(std::string_view blob);

std::string EncodeEntity(const CanonicalEntity& entity);
Result<CanonicalEntity> DecodeEntity(std::string_view blob);

}  // namespace tri::store

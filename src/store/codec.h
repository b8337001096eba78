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

// How many claims and quotes a stored document has, read without decoding them.
struct LayerCounts {
  size_t claims = 0;
  size_t quotes = 0;
};
// The cheap part of a stored document for listings and story pages: id, source, meta,
// language, sourcing and published_inferred (no tokens, sentences or annotation layers, whose
// bytes are skipped, not decoded), plus the counts of its claims and quotes.
Status DecodeDocumentHead(std::string_view blob, Document& doc, LayerCounts& counts);

std::string EncodeStory(const Story& story);
// Straight from MessagePack, no tree in between (codec_story_read.cc).
Result<Story> DecodeStory(std::string_view blob);

std::string EncodeEntity(const CanonicalEntity& entity);
Result<CanonicalEntity> DecodeEntity(std::string_view blob);

}  // namespace tri::store

// Document: one article as it moves through the pipeline. Ingest fills id, source, raw bytes,
// the decoded and extracted text, blocks and metadata; text fills tokens, sentences and language;
// the annotators fill their layers. No stage re-parses what an earlier stage produced: later
// stages read tokens/sentences/entities from here. All Spans index `text` (UTF-8 bytes).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/annotations.h"
#include "core/datetime.h"
#include "core/span.h"

namespace tri {

enum class TokenKind : uint8_t {
  kWord,
  kNumber,  // 1.500  3,5  14:11  2017-2021  31.
  kPunct,
  kQuote,   // „ “ » « " ' ‚ ‘ ’ ” and friends
  kDash,    // - – — when standing alone
  kSymbol,  // % € $ § & ...
  kUrl,
  kEmail,
  kHashtag,
  kMention,  // @handle
  kOther,
};

struct Token {
  Span span;
  TokenKind kind = TokenKind::kWord;
};

struct Sentence {
  Span span;
  uint32_t token_begin = 0;  // [token_begin, token_end) index Document::tokens
  uint32_t token_end = 0;
};

// A block of the extracted text in reading order; sentences never cross blocks.
enum class BlockKind : uint8_t {
  kTitle,
  kHeading,
  kParagraph,
  kListItem,
  kBlockQuote,
  kByline,
  kOther
};

struct Block {
  Span span;
  BlockKind kind = BlockKind::kParagraph;
};

// An image/video caption or photo credit: kept out of the body text.
struct Caption {
  std::string text;
  std::string credit;
};

// Where a metadata field came from ("json-ld:datePublished", "meta[og:title]", "text line 2").
struct FieldSource {
  std::string field;
  std::string from;
  double confidence = 1.0;
};

struct Metadata {
  std::string title;
  std::string outlet;
  std::string url;
  std::string canonical_url;
  std::vector<std::string> authors;
  std::string agency;  // wire credit of the text ("dpa", "AFP"), never a photo credit
  std::optional<DateTime> published;
  std::optional<DateTime> modified;
  std::string section;
  std::vector<std::string> keywords;
  std::string description;
  std::string declared_language;  // what the page says (html lang, og:locale); "" if nothing
  std::string encoding;  // encoding the raw bytes were decoded from ("utf-8", "windows-1252")
  std::vector<Caption> captions;
  std::vector<FieldSource> provenance;
};

struct Document {
  std::string id;      // stable: derived from the content, unique within a run
  std::string source;  // input path, URL, or "path#index" for feed/WARC/JSONL items
  std::string raw;     // the bytes as read (may be dropped after analysis to save memory)
  std::string text;    // decoded, extracted UTF-8 body text: what all spans index
  Metadata meta;
  std::string language;  // "de", "en", or "und"
  float language_confidence = 0.0f;

  std::vector<Block> blocks;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;

  std::vector<EntityMention> entities;
  std::vector<Timex> timex;
  std::optional<InferredDate> published_inferred;
  std::vector<Quote> quotes;
  std::vector<Claim> claims;
  Sourcing sourcing;

  std::string_view slice(Span s) const { return Slice(text, s); }
};

std::string_view ToString(TokenKind k);
std::string_view ToString(BlockKind k);

// The block that holds byte offset `pos`, or nullptr when `pos` lies in no block (between
// blocks, past the end, or no blocks at all). A binary search: doc.blocks must be sorted by
// begin and must not overlap, as ingest builds them (checked in debug builds).
const Block* BlockAt(const Document& doc, uint32_t pos);

}  // namespace tri

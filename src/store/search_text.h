// SearchText: the German-aware normalisation behind full-text search. The FTS5 index holds a
// pre-normalised word stream (so any SQLite client can read the database; no custom tokenizer
// has to be registered), and queries go through the same normalisation:
//   lower-case -> Snowball stem in the article's language (German or English) -> diacritics
//   folded ("Pjöngjang" = "Pjongjang", "Straße" = "Strasse") -> German compounds also indexed
//   by their parts ("Bahnstreik" -> bahnstreik bahn streik), so "Streik" finds "Bahnstreik".
// Query syntax: words (all must match), "a phrase", word* (prefix), a OR b, -word (exclude).
// Not thread-safe (the Snowball stemmers keep state): one instance per connection.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/span.h"
#include "core/status.h"

namespace tri::store {

struct SearchQuery {
  std::string match;               // FTS5 MATCH expression
  std::vector<std::string> forms;  // normalised forms that count as a hit (for highlighting)
  std::vector<std::string> prefixes;
};

struct Snippet {
  std::string text;
  std::vector<Span> highlights;  // relative to text
};

class SearchText {
 public:
  static constexpr size_t kMaxQueryBytes = 256;
  static constexpr size_t kMaxQueryTerms = 16;

  SearchText();
  ~SearchText();
  SearchText(const SearchText&) = delete;
  SearchText& operator=(const SearchText&) = delete;

  // Space-separated index terms of `text` written in `language` ("de", "en", other: no stemming).
  std::string IndexTerms(std::string_view text, std::string_view language);
  // The terms one word is indexed under (its stem, then its compound parts).
  std::vector<std::string> WordForms(std::string_view word, std::string_view language);

  // InvalidArgument for an empty, too long or term-less query.
  Result<SearchQuery> ParseQuery(std::string_view query);

  // A window of about `max_bytes` of `text` around the densest cluster of query hits.
  Snippet MakeSnippet(std::string_view text, std::string_view language, const SearchQuery& query,
                      size_t max_bytes = 240);

 private:
  struct Stemmers;
  std::unique_ptr<Stemmers> stemmers_;
  std::string Stem(std::string_view lowered, std::string_view language);
};

// Lower-cases and strips diacritics (ß -> ss, æ -> ae); what compares words across spellings.
std::string FoldWord(std::string_view word);
// Splits a lower-cased German word into compound parts (empty when it is not a known compound).
std::vector<std::string> SplitCompound(std::string_view lowered);

// Calls fn(span, lowered word) for each word or number of `text` (hyphens separate words).
void ForEachWord(std::string_view text, const std::function<void(Span, const std::string&)>& fn);

}  // namespace tri::store

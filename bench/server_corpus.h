// Synthetic news corpus for the server benchmark (issue 9): German plain-text articles written
// from templates by this project (no real articles), grouped into stories of 2-6 articles from
// different outlets over a few days, with numbers that differ between outlets, so ingest,
// story clustering, comparison and search have realistic work to do at any size.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace tri::bench {

struct CorpusOptions {
  size_t articles = 10000;
  uint64_t seed = 1;
  int first_year = 2026;
};

// Writes `articles` files (dir/NNNNN-outlet.txt) and returns their paths. Creates dir.
std::vector<std::string> WriteServerCorpus(const std::string& dir, const CorpusOptions& options);

// Words the corpus uses, for search queries (places, organisations, event nouns).
const std::vector<std::string>& CorpusSearchTerms();

}  // namespace tri::bench

// A generator of synthetic multi-outlet news streams with gold story labels, for the story
// stage benchmark. Many stories, each reported by several outlets over a few days (German, and
// English for a share), built from pseudo-words: a Zipf-distributed general vocabulary with real
// function words, topic vocabularies shared by many stories, words specific to one story, and
// entity mentions drawn from shared pools with Zipf popularity (so prominent people and places
// recur across unrelated stories). Distractor stories reuse the entities (and often the topic)
// of a recent story but report another event (other place, date, numbers, words). Syndicated
// copies reprint an agency article with an edited headline, trimmed paragraphs (sometimes a
// rewritten lead) and the outlet's own boilerplate. Documents carry text, tokens, sentences
// and language from the text stage, entity mentions with canonical ids (as after linking),
// date timexes and metadata. Deterministic for a given seed; no copied text.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "core/document.h"

namespace tri::bench {

struct StoryCorpusOptions {
  size_t articles = 10000;
  uint64_t seed = 7;
  double articles_per_day = 300;  // the period grows with the corpus: constant density
  double english_share = 0.15;
  double syndicated_share = 0.15;  // articles that reprint an agency article of their story
  double distractor_share = 0.25;  // stories reusing a recent story's entities
  bool analyze_text = true;        // run the text stage (tokens, sentences, language)
};

struct StoryCorpus {
  std::vector<Document> docs;                             // in publication order
  std::vector<uint32_t> story;                            // gold story per document
  std::vector<std::pair<uint32_t, uint32_t>> syndicated;  // gold near-copy pairs (i < j)
  size_t stories = 0;
};

StoryCorpus GenerateStoryCorpus(const StoryCorpusOptions& options);

}  // namespace tri::bench

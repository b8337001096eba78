// Story stage: streaming story clustering (documents arrive in time order; each joins an open
// story or opens one; stories close after a time window) and syndication detection (near-copies
// of the same wire text). Deterministic for a given input order.
#pragma once

#include <cstddef>
#include <memory>
#include <vector>

#include "core/analysis.h"
#include "core/document.h"
#include "story/features.h"

namespace tri {

struct StoryOptions {
  int window_days = 7;  // a story with no new article for this long is closed
  // A document joins the best open story whose similarity (cosine of its tf-idf vector with
  // the story's centroid, over the story's words in the document's language plus entities,
  // numbers and dates) reaches this; otherwise it opens a story.
  double min_similarity = 0.195;
  // When the story has no article in the document's language yet, only entities, numbers and
  // dates can be compared; their cosine must reach this.
  double min_bridge_similarity = 0.25;
  // Two reports of one kind of event (two earthquakes, two strikes) share many words but name
  // other places, people and numbers. When a document with a substantial neutral part
  // (entities, numbers, dates: at least `neutral_floor_min_norm` of its length) agrees with a
  // same-language story on fewer of them than this cosine, its score shrinks towards half.
  double min_neutral_similarity = 0.15;
  double neutral_floor_min_norm = 0.3;
  // Similarity lost per window of distance to the story's latest article (prefers the story
  // that is still running over an older one about the same people).
  double time_decay = 0.3;
  // The thresholds grow by this share per tenfold of open stories beyond ten (multiple
  // comparisons: a busy news day offers more chance matches than a handful of stories).
  double crowding = 0.3;
  // The score can blend the cosine with the story centroid and the mean of the best two
  // cosines with the story's latest articles (this share). Members keep a large story from
  // attracting every article on its topic (it helps on generated topic-heavy streams), but on
  // real reports two near-identical wire copies in a story then vouch for any article that
  // shares their wording, so the default is the centroid alone.
  double member_weight = 0.0;
  // Compare stories of 3+ articles over the terms at least two of them share.
  bool shared_terms = true;
  size_t member_vectors = 6;  // latest articles of an open story kept for that comparison
  // Bounds that keep clustering linear: heaviest terms of a document looked up in the index
  // of open stories, terms a story is indexed under, candidates scored exactly, terms kept in
  // a story centroid, and posting lists too common to be worth reading.
  size_t query_terms = 24;
  size_t index_terms_per_document = 16;
  size_t max_index_terms_per_story = 96;
  size_t max_candidates = 24;
  size_t max_centroid_terms = 400;
  size_t max_posting = 4096;
  story::FeatureOptions features;
};

// Groups annotated documents into stories. Documents are taken in the order given (the
// pipeline sorts them by publication time, undated last, then id); undated documents join the
// best story of any time (near the dates they mention, if they mention full dates). Returns
// stories sorted by id ("s" + hash of the first document's id), each listing its document ids
// in input order; title/timeline/claims are filled later. Linear in the corpus size.
std::vector<Story> ClusterStories(const std::vector<Document>& docs, const StoryOptions& options);

struct SyndicationOptions {
  // Share of the shorter text's word 4-grams (estimated with MinHash) that the other text
  // must contain for the pair to count as copies of one text.
  double min_similarity = 0.5;
  size_t min_shingles = 12;  // shorter texts are too short to call copies
  // A text copied more often than this is paired with its first `max_partners` copies only
  // (bounds the output for floods of identical documents).
  size_t max_partners = 64;
};

// Near-duplicate pairs (a < b), sorted, with the likely original of each pair: the one carrying
// the agency credit when only one does, else the earlier, else the longer text. Linear in the
// corpus size (MinHash signatures with LSH banding; no all-pairs comparison).
std::vector<SyndicationPair> FindSyndication(const std::vector<Document>& docs,
                                             const SyndicationOptions& options);

}  // namespace tri

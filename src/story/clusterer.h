// StoryClusterer: the streaming core of story clustering. Documents (as weighted feature
// vectors with a time) arrive one by one; each is compared with the open stories found through
// an inverted index (bounded candidate set, exact cosine against each candidate's centroid) and
// joins the best one or opens a new story. Stories close when they got no article for
// window_days; closed stories are only searched for undated documents. Deterministic: ties go
// to the older story. Memory: open stories' centroids plus a small summary per closed story.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <queue>
#include <unordered_map>
#include <vector>

#include "story/features.h"
#include "story/story.h"

namespace tri::story {

class StoryClusterer {
 public:
  explicit StoryClusterer(const StoryOptions& options);

  // Adds a document and returns the index of its story. `minutes`: publication time in UTC
  // minutes since 1970 (nullopt: undated). `hint_minutes`: for undated documents, a time the
  // text points to (its latest full date), a lower bound: stories ending well before it lose.
  uint32_t Add(const DocVector& doc, std::optional<int64_t> minutes,
               std::optional<int64_t> hint_minutes = std::nullopt);

  // Called for every candidate scored (document number, story index, score relative to the
  // joining threshold: >= 1 joins). For tools that explain decisions.
  using Observer = std::function<void(uint32_t doc, uint32_t story, double score)>;
  void set_observer(Observer observer) { observer_ = std::move(observer); }

  size_t story_count() const { return stories_.size(); }
  size_t open_count() const { return open_; }
  // Document numbers (order of Add calls) of each story, in order of arrival.
  std::vector<std::vector<uint32_t>> Members() const;

 private:
  struct Entry {
    uint64_t key = 0;
    float w = 0;         // sum of the members' weights
    uint16_t count = 0;  // members having the term
    uint8_t group = 0;   // 0..2: words of language 0..2; 3: neutral
  };
  struct State {
    // Sum of the member unit vectors, sorted by key (merge joins with the sorted documents).
    std::vector<Entry> centroid;
    // Squared lengths per group, of all terms and of the terms at least two members share.
    // Stories of 3+ articles are compared over shared terms only: words only one article
    // used add nothing to what the story is about, and left in they let a large story's
    // centroid collect every topic and pull in unrelated articles (drift).
    double norm2[4] = {0, 0, 0, 0};
    double shared2[4] = {0, 0, 0, 0};
    std::vector<uint32_t> members;
    std::vector<DocVector> recent;  // the latest members' vectors (open stories only)
    std::vector<uint64_t> indexed;  // keys this story is posted under
    std::optional<int64_t> last_minutes;
    std::optional<int64_t> first_minutes;
    bool open = true;
  };

  double Score(const State& s, const DocVector& d, std::optional<int64_t> at) const;
  double CentroidScore(const State& s, const DocVector& d) const;
  double MemberScore(const State& s, const DocVector& d) const;
  void Absorb(uint32_t story, const DocVector& d, std::optional<int64_t> minutes);
  void IndexTerms(uint32_t story, const DocVector& d);
  void CloseBefore(int64_t minutes);
  void Close(uint32_t story);
  void Prune(State& s, size_t keep_terms) const;  // keeps the heaviest terms
  static void Renorm(State& s);
  void Candidates(const DocVector& d, bool include_closed, std::vector<uint32_t>& out);

  StoryOptions options_;
  std::vector<State> stories_;
  size_t open_ = 0;
  uint32_t docs_ = 0;
  std::unordered_map<uint64_t, std::vector<uint32_t>> open_index_;
  std::unordered_map<uint64_t, std::vector<uint32_t>> closed_index_;
  // (last minutes, story) of open dated stories; stale entries are skipped when popped.
  std::priority_queue<std::pair<int64_t, uint32_t>, std::vector<std::pair<int64_t, uint32_t>>,
                      std::greater<>>
      expiry_;
  int64_t now_ = INT64_MIN;
  std::unordered_map<uint32_t, float> acc_;  // scratch for candidate generation
  std::vector<Entry> merged_;                // scratch for Absorb
  Observer observer_;
};

}  // namespace tri::story

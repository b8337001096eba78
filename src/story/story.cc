// ClusterStories: two passes over the documents. The first counts document frequencies (so
// that idf weights reflect the whole batch and German compounds can be split against its
// vocabulary); the second streams the documents, in the order given, through StoryClusterer.
#include "story/story.h"

#include <algorithm>

#include "core/hash.h"
#include "story/clusterer.h"

namespace tri {

std::vector<Story> ClusterStories(const std::vector<Document>& docs, const StoryOptions& options) {
  story::FeatureExtractor features(options.features);
  story::DocumentFrequencies df;
  for (const Document& d : docs) df.Add(features.Extract(d));

  // A batch arrives in any order (file names); the stream is the dated documents in time
  // order, then the undated ones, which look for their story among all (input order breaks
  // ties). Otherwise an undated report read first would open a story no dated one can join.
  std::vector<uint32_t> order(docs.size());
  std::vector<std::optional<int64_t>> minutes(docs.size());
  for (uint32_t i = 0; i < docs.size(); ++i)
    order[i] = i, minutes[i] = story::PublishedMinutes(docs[i]);
  std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    if (minutes[a].has_value() != minutes[b].has_value()) return minutes[a].has_value();
    return minutes[a] && *minutes[a] < *minutes[b];
  });
  story::StoryClusterer clusterer(options);
  for (uint32_t i : order) {
    const Document& d = docs[i];
    const story::DocVector v =
        features.Weigh(features.Extract(d, &df), story::LanguageCode(d.language), df);
    clusterer.Add(v, minutes[i], minutes[i] ? std::nullopt : story::UndatedHintMinutes(d));
  }

  std::vector<Story> stories;
  for (const std::vector<uint32_t>& stream_members : clusterer.Members()) {
    std::vector<uint32_t> members;
    for (uint32_t k : stream_members) members.push_back(order[k]);
    std::sort(members.begin(), members.end());  // input order inside a story
    Story s;
    s.id = "s" + HexId(docs[members.front()].id);
    for (uint32_t i : members) s.documents.push_back(docs[i].id);
    stories.push_back(std::move(s));
  }
  std::sort(stories.begin(), stories.end(),
            [](const Story& a, const Story& b) { return a.id < b.id; });
  return stories;
}

}  // namespace tri

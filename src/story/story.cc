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

  story::StoryClusterer clusterer(options);
  for (const Document& d : docs) {
    const story::DocVector v =
        features.Weigh(features.Extract(d, &df), story::LanguageCode(d.language), df);
    const auto minutes = story::PublishedMinutes(d);
    clusterer.Add(v, minutes, minutes ? std::nullopt : story::UndatedHintMinutes(d));
  }

  std::vector<Story> stories;
  for (const std::vector<uint32_t>& members : clusterer.Members()) {
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

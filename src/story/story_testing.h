// Test helpers for the story stage: documents built from text as the pipeline would hand them
// over (text stage run, entity mentions at given surface forms, a publication time).
#pragma once

#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/analysis.h"
#include "core/document.h"
#include "text/text.h"

namespace tri::story_testing {

struct EntitySpec {
  std::string surface;    // every occurrence in the text becomes a mention
  std::string canonical;  // canonical id ("" = unlinked)
  EntityType type = EntityType::kLoc;
};

inline DateTime At(int y, int mo, int d, int h = 12, int mi = 0) {
  DateTime t;
  t.date = Date{y, mo, d};
  t.has_time = true;
  t.hour = h;
  t.minute = mi;
  t.utc_offset_minutes = 60;
  return t;
}

inline Document MakeDoc(std::string id, std::string text, std::optional<DateTime> published,
                        const std::vector<EntitySpec>& entities = {}, std::string agency = "",
                        std::string outlet = "") {
  Document d;
  d.id = std::move(id);
  d.source = d.id + ".txt";
  d.text = std::move(text);
  d.meta.published = published;
  d.meta.agency = std::move(agency);
  d.meta.outlet = std::move(outlet);
  AnalyzeText(d);
  for (const EntitySpec& e : entities) {
    for (size_t pos = d.text.find(e.surface); pos != std::string::npos;
         pos = d.text.find(e.surface, pos + e.surface.size())) {
      EntityMention m;
      m.span = {static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + e.surface.size())};
      m.type = e.type;
      m.canonical_id = e.canonical;
      d.entities.push_back(m);
    }
  }
  std::sort(d.entities.begin(), d.entities.end(),
            [](const EntityMention& a, const EntityMention& b) { return a.span < b.span; });
  return d;
}

// Which story each document landed in, as story indexes in order of first appearance.
inline std::vector<int> Assignment(const std::vector<Document>& docs,
                                   const std::vector<Story>& stories) {
  std::vector<int> story_of(docs.size(), -1);
  std::vector<std::pair<size_t, size_t>> first;  // (first doc index, story)
  for (size_t s = 0; s < stories.size(); ++s) {
    size_t lowest = docs.size();
    for (const std::string& id : stories[s].documents) {
      for (size_t i = 0; i < docs.size(); ++i) {
        if (docs[i].id == id) lowest = std::min(lowest, i);
      }
    }
    first.push_back({lowest, s});
  }
  std::sort(first.begin(), first.end());
  for (size_t k = 0; k < first.size(); ++k) {
    for (const std::string& id : stories[first[k].second].documents) {
      for (size_t i = 0; i < docs.size(); ++i) {
        if (docs[i].id == id) story_of[i] = static_cast<int>(k);
      }
    }
  }
  return story_of;
}

}  // namespace tri::story_testing

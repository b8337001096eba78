// Test helpers shared by the store and server tests: hand-built documents and stories, so the
// store can be tested without running the annotators (whose output changes as they improve).
#pragma once

#include <filesystem>
#include <random>
#include <string>

#include "core/hash.h"
#include "store/store.h"

namespace tri::store::testing {

// A fresh directory under the system temp dir, removed when the object goes.
class TempDir {
 public:
  TempDir() {
    std::random_device rd;
    path_ = std::filesystem::temp_directory_path() /
            ("tri_store_test_" + Hex64((uint64_t(rd()) << 32) | rd()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  std::string file(const std::string& name) const { return (path_ / name).string(); }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

inline Span Find(const std::string& text, const std::string& what) {
  const size_t p = text.find(what);
  if (p == std::string::npos) return {};
  return Span{static_cast<uint32_t>(p), static_cast<uint32_t>(p + what.size())};
}

// A German or English article with one entity mention per `entity` found in the text.
inline Document MakeDoc(const std::string& id, const std::string& title, const std::string& text,
                        const std::string& outlet, const std::string& date,
                        const std::string& language = "de") {
  Document d;
  d.id = id;
  d.source = "test/" + id + ".txt";
  d.raw = title + "\n" + text;
  d.text = text;
  d.meta.title = title;
  d.meta.outlet = outlet;
  d.meta.url = "https://" + outlet + ".example/" + id;
  if (!date.empty()) d.meta.published = DateTime::ParseIso(date);
  d.language = language;
  return d;
}

inline void AddEntity(Document& d, const std::string& surface, EntityType type,
                      const std::string& canonical) {
  EntityMention m;
  m.span = Find(d.text, surface);
  m.type = type;
  m.canonical = canonical;
  m.canonical_id = "e:" + HexId(canonical);
  d.entities.push_back(m);
}

inline ChangeSet::DocumentWrite Write(const Document& d, const std::string& story_id) {
  ChangeSet::DocumentWrite w;
  w.doc = d;
  w.key = ArticleKey(d);
  w.content_hash = ArticleContentHash(d);
  w.story_id = story_id;
  return w;
}

}  // namespace tri::store::testing

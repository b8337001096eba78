// On the seed articles (../shared/seeds, read at run time, never copied): every occurrence of
// the two leaders, the two Koreas, APEC and the South Korean officials is found and linked, per
// name, to one canonical entity. Skips when ../shared is absent.
#include <gtest/gtest.h>

#include <filesystem>
#include <iostream>
#include <map>
#include <set>

#include "annotate/entities/entities.h"
#include "ingest/ingest.h"
#include "text/text.h"

namespace tri {
namespace {

std::vector<Document> LoadSeeds() {
  std::vector<Document> docs;
  const std::filesystem::path dir = std::filesystem::path(TRI_SHARED_DIR) / "seeds";
  if (!std::filesystem::exists(dir)) return docs;
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    if (e.path().extension() == ".txt" && e.path().filename() != "README.md") {
      files.push_back(e.path().string());
    }
  }
  std::sort(files.begin(), files.end());
  for (const std::string& f : files) {
    FileDocuments fd = ReadInputFile(f, IngestOptions());
    for (Document& d : fd.documents) docs.push_back(std::move(d));
  }
  return docs;
}

bool IsWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80); }

struct Found {
  int occurrences = 0, covered = 0;
  std::set<std::string> ids, names;
};

// Occurrences of `word` starting a word (so "Trumps" counts for "Trump", "Nordkoreas" for
// "Nordkorea"), and the canonical ids of the mentions covering them.
Found Check(const std::vector<Document>& docs, const std::string& word, bool prefix_ok) {
  Found f;
  for (const Document& d : docs) {
    for (size_t pos = d.text.find(word); pos != std::string::npos;
         pos = d.text.find(word, pos + 1)) {
      if (pos > 0 && IsWordChar(d.text[pos - 1]) && d.text[pos - 1] != '-') continue;
      const size_t end = pos + word.size();
      if (!prefix_ok && end < d.text.size() && IsWordChar(d.text[end])) continue;
      ++f.occurrences;
      for (const EntityMention& m : d.entities) {
        if (m.nested || !m.span.contains(static_cast<uint32_t>(pos))) continue;
        if (m.canonical_id.empty()) continue;
        ++f.covered;
        f.ids.insert(m.canonical_id);
        f.names.insert(m.canonical);
        break;
      }
    }
  }
  return f;
}

TEST(SeedsEntities, LeadersKoreasApecOfficialsLinkToOneEntityEach) {
  std::vector<Document> docs = LoadSeeds();
  if (docs.empty()) GTEST_SKIP() << "no seeds under " << TRI_SHARED_DIR;
  auto rec = EntityRecognizer::Create(EntityOptions());
  ASSERT_TRUE(rec.ok()) << rec.status().ToString();
  for (Document& d : docs) {
    AnalyzeText(d);
    (*rec)->Annotate(d);
  }
  const std::vector<CanonicalEntity> entities = LinkEntities(docs);
  if (std::getenv("TRI_VERBOSE")) {
    for (const Document& d : docs) {
      for (const EntityMention& m : d.entities) {
        std::cerr << d.slice(m.span) << "\t" << GermEvalLabel(m.type, m.variant) << "\t"
                  << m.canonical << "\t" << m.role << (m.metonymic ? "\tmetonymic" : "") << "\n";
      }
    }
  }
  struct Expect {
    std::string word;
    bool prefix_ok;  // also count "Trumps", "Nordkoreas"
    double min_recall;
  };
  // Words whose every occurrence must be one entity; a little recall slack for the hardest.
  const std::vector<std::vector<Expect>> groups = {
      {{"Trump", true, 1.0}, {"Donald Trump", false, 1.0}},
      {{"Kim", false, 0.9}, {"Kim Jong Un", false, 1.0}},
      {{"Nordkorea", true, 1.0}, {"nordkoreanisch", true, 0.8}},
      {{"Südkorea", true, 1.0}, {"südkoreanisch", true, 0.8}},
      {{"Apec", true, 1.0}, {"APEC", true, 1.0}},
      {{"Chung", false, 1.0}},
      {{"Oh Hyun Joo", false, 1.0}},
      {{"Lee", false, 1.0}},
  };
  for (const auto& group : groups) {
    std::set<std::string> ids, names;
    for (const Expect& e : group) {
      const Found f = Check(docs, e.word, e.prefix_ok);
      EXPECT_GT(f.occurrences, 0) << e.word;
      EXPECT_GE(f.covered, e.min_recall * f.occurrences)
          << e.word << ": " << f.covered << " of " << f.occurrences << " found";
      ids.insert(f.ids.begin(), f.ids.end());
      names.insert(f.names.begin(), f.names.end());
    }
    std::string all;
    for (const std::string& n : names) all += n + "; ";
    EXPECT_EQ(ids.size(), 1u) << group[0].word << " links to: " << all;
  }
  // The officials carry their roles.
  for (const CanonicalEntity& e : entities) {
    if (e.name.find("Chung") != std::string::npos) {
      EXPECT_NE(std::find(e.roles.begin(), e.roles.end(), "Vereinigungsminister"), e.roles.end());
      EXPECT_NE(std::find(e.affiliations.begin(), e.affiliations.end(), "Südkorea"),
                e.affiliations.end());
    }
  }
}

}  // namespace
}  // namespace tri

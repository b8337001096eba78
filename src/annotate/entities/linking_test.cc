// Entity linking on documents whose mentions are set by hand (so the test checks the linker,
// not the tagger). Sentences written for this test.
#include <gtest/gtest.h>

#include <set>

#include "annotate/entities/entities.h"
#include "annotate/entities/gazetteer.h"
#include "annotate/entities/roles.h"
#include "text/text.h"

namespace tri {
namespace {

struct M {
  std::string text;
  EntityType type;
  EntityVariant variant = EntityVariant::kPlain;
};

// Marks every occurrence of each M in the text (longest first, no overlaps).
Document Doc(std::string text, std::vector<M> mentions) {
  Document d;
  d.text = std::move(text);
  AnalyzeText(d);
  std::sort(mentions.begin(), mentions.end(),
            [](const M& a, const M& b) { return a.text.size() > b.text.size(); });
  for (const M& m : mentions) {
    for (size_t p = d.text.find(m.text); p != std::string::npos; p = d.text.find(m.text, p + 1)) {
      const Span s{static_cast<uint32_t>(p), static_cast<uint32_t>(p + m.text.size())};
      bool taken = false;
      for (const EntityMention& e : d.entities) taken |= e.span.overlaps(s);
      if (taken) continue;
      EntityMention e;
      e.span = s;
      e.type = m.type;
      e.variant = m.variant;
      d.entities.push_back(e);
    }
  }
  std::sort(d.entities.begin(), d.entities.end(),
            [](const EntityMention& a, const EntityMention& b) { return a.span < b.span; });
  ner::MarkRolesAndMetonymy(d, *DefaultGazetteer());
  return d;
}

std::set<std::string> IdsOf(const std::vector<Document>& docs, std::string_view text) {
  std::set<std::string> ids;
  for (const Document& d : docs) {
    for (const EntityMention& m : d.entities) {
      if (d.slice(m.span) == text) ids.insert(m.canonical_id);
    }
  }
  return ids;
}

const CanonicalEntity* ById(const std::vector<CanonicalEntity>& es, const std::string& id) {
  for (const CanonicalEntity& e : es) {
    if (e.id == id) return &e;
  }
  return nullptr;
}

std::vector<Document> Corpus() {
  using T = EntityType;
  std::vector<Document> docs;
  docs.push_back(
      Doc("US-Präsident Donald Trump will nach Seoul reisen. Trump sagte, Trumps Reise sei lang. "
          "Aus Pjöngjang hieß es, Nordkorea sei bereit. Das Treffen der Asiatisch-Pazifischen "
          "Wirtschaftsgemeinschaft (Apec) beginnt bald. Südkoreas Vereinigungsminister Chung Dong "
          "Young äußerte sich.",
          {{"US-Präsident", T::kLoc, EntityVariant::kPart},
           {"Donald Trump", T::kPer},
           {"Trump", T::kPer},
           {"Trumps", T::kPer},
           {"Seoul", T::kLoc},
           {"Pjöngjang", T::kLoc},
           {"Nordkorea", T::kLoc},
           {"Asiatisch-Pazifischen Wirtschaftsgemeinschaft", T::kOrg},
           {"Apec", T::kOrg},
           {"Südkoreas", T::kLoc},
           {"Chung Dong Young", T::kPer}}));
  docs.push_back(
      Doc("North Korea and the United States: talks with Pyongyang may resume at the APEC summit. "
          "Vereinigungsminister Chung warnte. Die südkoreanische Regierung in Seoul schwieg.",
          {{"North Korea", T::kLoc},
           {"United States", T::kLoc},
           {"Pyongyang", T::kLoc},
           {"APEC", T::kOrg},
           {"Chung", T::kPer},
           {"südkoreanische", T::kLoc, EntityVariant::kDeriv},
           {"Seoul", T::kLoc}}));
  return docs;
}

TEST(Linking, GroupsAliasesExonymsAbbreviationsAndSurnames) {
  std::vector<Document> docs = Corpus();
  const std::vector<CanonicalEntity> entities = LinkEntities(docs);
  for (const auto& group : std::vector<std::vector<std::string>>{
           {"Donald Trump", "Trump", "Trumps"},
           {"Nordkorea", "North Korea"},
           {"Pjöngjang", "Pyongyang"},
           {"Apec", "APEC", "Asiatisch-Pazifischen Wirtschaftsgemeinschaft"},
           {"Chung Dong Young", "Chung"},
           {"Südkoreas", "südkoreanische"},
           {"US-Präsident", "United States"}}) {
    std::set<std::string> ids;
    for (const std::string& name : group) {
      const auto got = IdsOf(docs, name);
      EXPECT_EQ(got.size(), 1u) << name;
      ids.insert(got.begin(), got.end());
    }
    EXPECT_EQ(ids.size(), 1u) << group[0];
  }
  const auto trump = ById(entities, *IdsOf(docs, "Trump").begin());
  ASSERT_NE(trump, nullptr);
  EXPECT_EQ(trump->name, "Donald Trump");
  EXPECT_EQ(trump->type, EntityType::kPer);
  EXPECT_EQ(trump->mentions, 3);
  const auto chung = ById(entities, *IdsOf(docs, "Chung").begin());
  ASSERT_NE(chung, nullptr);
  EXPECT_EQ(chung->name, "Chung Dong Young");
  EXPECT_EQ(chung->roles, std::vector<std::string>{"Vereinigungsminister"});
  EXPECT_EQ(chung->affiliations, std::vector<std::string>{"Südkorea"});
  EXPECT_EQ(ById(entities, *IdsOf(docs, "APEC").begin())->name, "APEC");
  // The capital stands for its country; used metonymically in "Aus Pjöngjang hieß es".
  const auto pyongyang = ById(entities, *IdsOf(docs, "Pyongyang").begin());
  ASSERT_NE(pyongyang, nullptr);
  EXPECT_EQ(pyongyang->stands_for, *IdsOf(docs, "Nordkorea").begin());
  for (const EntityMention& m : docs[0].entities) {
    if (docs[0].slice(m.span) == "Pjöngjang") EXPECT_TRUE(m.metonymic);
    if (docs[0].slice(m.span) == "Seoul") EXPECT_FALSE(m.metonymic);  // "nach Seoul"
  }
  // Sorted by id, ids unique and of the documented form.
  for (size_t i = 0; i < entities.size(); ++i) {
    EXPECT_TRUE(entities[i].id.starts_with("e:"));
    if (i > 0) EXPECT_LT(entities[i - 1].id, entities[i].id);
  }
}

TEST(Linking, ResultDoesNotDependOnDocumentOrder) {
  std::vector<Document> a = Corpus(), b = Corpus();
  std::reverse(b.begin(), b.end());
  const auto ea = LinkEntities(a), eb = LinkEntities(b);
  ASSERT_EQ(ea.size(), eb.size());
  for (size_t i = 0; i < ea.size(); ++i) {
    EXPECT_EQ(ea[i].id, eb[i].id);
    EXPECT_EQ(ea[i].name, eb[i].name);
    EXPECT_EQ(ea[i].aliases, eb[i].aliases);
  }
}

TEST(Linking, AmbiguousSurnameStaysApart) {
  using T = EntityType;
  std::vector<Document> docs;
  docs.push_back(
      Doc("Anna Weber und Paul Weber kamen.", {{"Anna Weber", T::kPer}, {"Paul Weber", T::kPer}}));
  docs.push_back(Doc("Weber schwieg.", {{"Weber", T::kPer}}));
  LinkEntities(docs);
  const auto anna = IdsOf(docs, "Anna Weber"), paul = IdsOf(docs, "Paul Weber"),
             weber = IdsOf(docs, "Weber");
  EXPECT_NE(anna, paul);
  EXPECT_NE(weber, anna);
  EXPECT_NE(weber, paul);
}

}  // namespace
}  // namespace tri

// Cross-document entity linking. MentionKeys (linking_keys.cc) gives every mention a key and
// the keys it is known to equal; here keys are united across documents (union-find, smallest
// key as root so the result does not depend on input order), one-word person mentions join the
// full name they belong to, and each group becomes one CanonicalEntity.
#include <algorithm>
#include <map>
#include <set>

#include "annotate/entities/entities.h"
#include "annotate/entities/fold.h"
#include "annotate/entities/gazetteer.h"
#include "annotate/entities/linking_keys.h"

namespace tri {
namespace {

struct UnionFind {
  std::map<std::string, std::string> parent;
  std::string Find(const std::string& k) {
    std::string root = k;
    for (auto it = parent.find(root); it != parent.end() && it->second != root;
         it = parent.find(root)) {
      root = it->second;
    }
    parent.emplace(k, k);
    for (std::string cur = k; cur != root;) {  // path compression
      std::string next = parent[cur];
      parent[cur] = root;
      cur = next;
    }
    return root;
  }
  void Unite(const std::string& a, const std::string& b) {
    const std::string ra = Find(a), rb = Find(b);
    if (ra == rb) return;
    if (ra < rb)
      parent[rb] = ra;
    else
      parent[ra] = rb;
  }
};

struct MentionRef {
  size_t doc, index;
  ner::MentionKey key;
};

// "Trump", "Kim", "Chung" join the full name that ends (or, for East Asian names, starts) with
// them: first in the same document, else the only such name in the corpus.
void LinkSurnames(std::vector<MentionRef>& refs, UnionFind& uf) {
  std::map<std::string, std::set<std::string>> corpus;
  std::map<std::pair<size_t, std::string>, std::set<std::string>> in_doc;
  for (const MentionRef& r : refs) {
    const auto& w = r.key.name_tokens;
    if (r.key.type != EntityType::kPer || w.size() < 2) continue;
    for (const std::string& end : {w.front(), w.back()}) {
      corpus[end].insert(r.key.key);
      in_doc[{r.doc, end}].insert(r.key.key);
    }
  }
  for (const MentionRef& r : refs) {
    if (r.key.type != EntityType::kPer || r.key.name_tokens.size() != 1) continue;
    const std::string& word = r.key.name_tokens[0];
    auto d = in_doc.find({r.doc, word});
    if (d != in_doc.end()) {
      if (d->second.size() == 1) uf.Unite(r.key.key, *d->second.begin());
      continue;
    }
    auto c = corpus.find(word);
    if (c != corpus.end() && c->second.size() == 1) uf.Unite(r.key.key, *c->second.begin());
  }
}

void SortUnique(std::vector<std::string>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

}  // namespace

std::vector<CanonicalEntity> LinkEntities(std::vector<Document>& docs) {
  const std::shared_ptr<const ner::Gazetteer> gaz_ptr = DefaultGazetteer();
  const ner::Gazetteer& gaz = *gaz_ptr;
  std::vector<MentionRef> refs;
  UnionFind uf;
  for (size_t d = 0; d < docs.size(); ++d) {
    std::vector<ner::MentionKey> keys = ner::MentionKeys(docs[d], gaz);
    for (size_t i = 0; i < keys.size(); ++i) {
      EntityMention& m = docs[d].entities[i];
      m.canonical.clear();
      m.canonical_id.clear();
      if (keys[i].key.empty()) continue;
      uf.Find(keys[i].key);
      for (const std::string& alias : keys[i].unite_with) uf.Unite(keys[i].key, alias);
      refs.push_back({d, i, std::move(keys[i])});
    }
  }
  LinkSurnames(refs, uf);

  std::map<std::string, std::vector<size_t>> groups;
  for (size_t r = 0; r < refs.size(); ++r) groups[uf.Find(refs[r].key.key)].push_back(r);

  std::map<std::string, CanonicalEntity> by_id;  // merges groups that end up with one id
  for (const auto& [root, members] : groups) {
    std::map<std::string, int> names;
    std::map<EntityType, int> votes;
    std::string gaz_id, person;
    CanonicalEntity e;
    for (size_t r : members) {
      const MentionRef& ref = refs[r];
      const EntityMention& m = docs[ref.doc].entities[ref.index];
      e.aliases.emplace_back(docs[ref.doc].slice(m.span));
      if (!ref.key.gaz_id.empty() && (gaz_id.empty() || ref.key.gaz_id < gaz_id)) {
        gaz_id = ref.key.gaz_id;
      }
      ++votes[ref.key.type];
      if (m.variant == EntityVariant::kPlain) ++names[ref.key.name];
      if (ref.key.type == EntityType::kPer && ner::BetterPersonName(ref.key.name, person)) {
        person = ref.key.name;
      }
      if (!m.role.empty()) e.roles.push_back(m.role);
      if (!ref.key.affiliation.empty()) e.affiliations.push_back(ref.key.affiliation);
    }
    e.type = std::max_element(votes.begin(), votes.end(), [](const auto& a, const auto& b) {
               return a.second < b.second;  // ties: the first type in enum order wins
             })->first;
    if (!gaz_id.empty()) {
      e.type = ner::TypeOfGazId(gaz, gaz_id, e.type);
      e.name = std::string(gaz.CanonicalName(gaz_id));
    }
    if (e.name.empty() && e.type == EntityType::kPer) e.name = person;
    if (e.name.empty()) {
      int best = 0;
      for (const auto& [name, count] : names) {
        if (count > best) best = count, e.name = name;
      }
    }
    if (e.name.empty()) e.name = refs[members.front()].key.name;
    e.id = ner::CanonicalIdFor(e.type, gaz_id.empty() ? ner::MatchKey(e.name) : gaz_id);
    if (!gaz_id.empty()) {
      const std::string_view country = gaz.CapitalOf(gaz_id);
      if (!country.empty()) e.stands_for = ner::CanonicalIdFor(EntityType::kLoc, country);
    }
    e.mentions = static_cast<int>(members.size());
    for (size_t r : members) {
      EntityMention& m = docs[refs[r].doc].entities[refs[r].index];
      m.canonical = e.name;
      m.canonical_id = e.id;
    }
    auto [it, fresh] = by_id.emplace(e.id, e);
    if (!fresh) {
      CanonicalEntity& into = it->second;
      into.mentions += e.mentions;
      into.aliases.insert(into.aliases.end(), e.aliases.begin(), e.aliases.end());
      into.roles.insert(into.roles.end(), e.roles.begin(), e.roles.end());
      into.affiliations.insert(into.affiliations.end(), e.affiliations.begin(),
                               e.affiliations.end());
    }
  }
  std::vector<CanonicalEntity> out;
  out.reserve(by_id.size());
  for (auto& [id, e] : by_id) {
    SortUnique(e.aliases);
    SortUnique(e.roles);
    SortUnique(e.affiliations);
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace tri

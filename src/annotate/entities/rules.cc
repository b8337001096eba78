#include "annotate/entities/rules.h"

#include <algorithm>
#include <set>

#include "annotate/entities/conll.h"
#include "annotate/entities/fold.h"
#include "annotate/entities/roles.h"

namespace tri::ner {
namespace {

bool IsCountryLike(const Gazetteer& gaz, std::string_view lower) {
  if (gaz.Has(lower, GazKind::kCountry)) return true;
  return lower.size() > 3 && lower.back() == 's' &&
         gaz.Has(lower.substr(0, lower.size() - 1), GazKind::kCountry);
}

bool IsPlaceOrOrg(const Gazetteer& gaz, std::string_view lower) {
  for (GazKind k : {GazKind::kCountry, GazKind::kPlace, GazKind::kCapital, GazKind::kOrg}) {
    if (gaz.Has(lower, k)) return true;
  }
  return false;
}

void SetChunk(std::vector<std::string>& labels, size_t begin, size_t end, std::string_view type) {
  for (size_t i = begin; i < end; ++i) {
    labels[i] = (i == begin ? "B-" : "I-") + std::string(type);
  }
}

}  // namespace

void ApplySentenceRules(const std::vector<std::string_view>& tokens, const Gazetteer& gaz,
                        std::vector<std::string>& outer) {
  const size_t n = tokens.size();
  auto name_like = [&](size_t j) {
    return StartsUpper(tokens[j]) && HasLetter(tokens[j]) && !AllUpper(tokens[j]) &&
           !IsRoleWord(tokens[j], gaz) && !IsPlaceOrOrg(gaz, Lower(tokens[j]));
  };
  for (const Chunk& c : ChunksFromBio(0, outer)) {
    if (c.type == "PER") {
      size_t b = c.begin;
      // Leading role words and place compounds are not part of the name.
      while (b + 1 < c.end) {
        const std::string lower = Lower(tokens[b]);
        const size_t hyphen = lower.find('-');
        const bool place_compound = hyphen != std::string::npos && hyphen > 0 &&
                                    IsPlaceOrOrg(gaz, std::string_view(lower).substr(0, hyphen));
        if (!IsRoleWord(tokens[b], gaz) && !place_compound) break;
        outer[b] = place_compound ? "B-LOCpart" : "O";
        ++b;
      }
      if (b != c.begin) SetChunk(outer, b, c.end, "PER");
    }
    if ((c.type == "PER" || c.type == "OTH") && c.end == c.begin + 1 &&
        IsCountryLike(gaz, Lower(tokens[c.begin]))) {
      outer[c.begin] = "B-LOC";
    }
    // "Lin Mei Hua, der stellvertretenden Innenministerin": an apposition with a role. A name the
    // tagger cut short ("Lin [Mei Hua]") gets back up to two capitalised words before it.
    if ((c.type == "OTH" || c.type == "ORG" || c.type == "PER") && c.end + 1 < n &&
        tokens[c.end] == ",") {
      for (size_t k = c.end + 1; k < std::min(n, c.end + 5); ++k) {
        if (IsRoleWord(tokens[k], gaz)) {
          size_t b = c.begin;
          while (b > 1 && c.begin - b < 2 && outer[b - 1] == "O" && name_like(b - 1)) --b;
          SetChunk(outer, b, c.end, "PER");
          break;
        }
        if (StartsUpper(tokens[k])) break;
      }
    }
  }
  // Capitalised words right after a role word: "Präsident Lee", "Vereinigungsminister Chung
  // Dong Young" (also completing a name the tagger cut short).
  for (size_t i = 0; i + 1 < n; ++i) {
    if (outer[i] != "O" || !IsRoleWord(tokens[i], gaz)) continue;
    size_t j = i + 1;
    while (j < n && j < i + 4 &&
           ((outer[j] == "O" && name_like(j)) || outer[j] == "B-PER" || outer[j] == "I-PER")) {
      ++j;
    }
    while (j < n && outer[j] == "I-PER") ++j;
    if (j > i + 1 && (j == n || outer[j] == "O" || outer[j][0] == 'B')) {
      SetChunk(outer, i + 1, j, "PER");
      i = j - 1;
    }
  }
  // A person's name does not end in a lower-case word ("Naruhito geplant").
  for (size_t i = n; i-- > 1;) {
    if (outer[i] == "I-PER" && !StartsUpper(tokens[i]) && (i + 1 == n || outer[i + 1] != "I-PER")) {
      outer[i] = "O";
    }
  }
  // Untagged country and capital names: the tagger saw too few of them in training.
  for (size_t i = 0; i < n; ++i) {
    if (outer[i] != "O" || !StartsUpper(tokens[i]) || AllUpper(tokens[i])) continue;
    const std::string lower = Lower(tokens[i]);
    if (gaz.Has(lower, GazKind::kCountry) || gaz.Has(lower, GazKind::kCapital)) {
      outer[i] = "B-LOC";
    }
  }
}

void PropagatePersonNames(Document& doc) {
  std::set<std::string> words;  // single words of multi-word person names, and role-found names
  for (const EntityMention& m : doc.entities) {
    if (m.type != EntityType::kPer || m.variant != EntityVariant::kPlain || m.nested) continue;
    std::string_view s = doc.slice(m.span);
    const bool multi = s.find(' ') != std::string_view::npos;
    if (!multi && m.role.empty()) continue;
    size_t pos = 0;
    while (pos <= s.size()) {
      size_t sp = s.find(' ', pos);
      if (sp == std::string_view::npos) sp = s.size();
      const std::string_view w = s.substr(pos, sp - pos);
      if (w.size() >= 3 && StartsUpper(w)) words.emplace(w);
      pos = sp + 1;
    }
  }
  if (words.empty()) return;
  // One sense per document: a one-word mention of another type that repeats such a name word
  // ("Trump" tagged ORG, "Trumps" LOC) is that person.
  auto is_name_word = [&](std::string_view w) {
    return words.count(std::string(w)) || (w.size() >= 4 && w.back() == 's' &&
                                           words.count(std::string(w.substr(0, w.size() - 1))));
  };
  for (EntityMention& m : doc.entities) {
    if (m.type == EntityType::kPer || m.variant != EntityVariant::kPlain || m.nested) continue;
    const std::string_view s = doc.slice(m.span);
    if (s.find(' ') == std::string_view::npos && is_name_word(s)) m.type = EntityType::kPer;
  }
  std::vector<EntityMention> added;
  size_t next_mention = 0;
  for (const Token& t : doc.tokens) {
    while (next_mention < doc.entities.size() &&
           doc.entities[next_mention].span.end <= t.span.begin) {
      ++next_mention;
    }
    if (next_mention < doc.entities.size() && doc.entities[next_mention].span.overlaps(t.span)) {
      continue;
    }
    std::string_view w = doc.slice(t.span);
    if (!words.count(std::string(w))) {
      if (w.size() < 4 || w.back() != 's' || !words.count(std::string(w.substr(0, w.size() - 1)))) {
        continue;
      }
    }
    EntityMention m;
    m.span = t.span;
    m.type = EntityType::kPer;
    m.score = 0.5f;
    // Join with a person mention that ends right before (a name split by the tagger).
    if (!added.empty() && added.back().span.end + 1 == t.span.begin) {
      added.back().span.end = t.span.end;
      continue;
    }
    added.push_back(m);
  }
  if (added.empty()) return;
  doc.entities.insert(doc.entities.end(), added.begin(), added.end());
  std::stable_sort(doc.entities.begin(), doc.entities.end(),
                   [](const EntityMention& a, const EntityMention& b) {
                     if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
                     if (a.span.end != b.span.end) return a.span.end > b.span.end;
                     return a.nested < b.nested;
                   });
}

}  // namespace tri::ner

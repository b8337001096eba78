#include "annotate/entities/linking_keys.h"

#include <algorithm>

#include "annotate/entities/fold.h"
#include "annotate/entities/roles.h"
#include "core/hash.h"

namespace tri::ner {
namespace {

constexpr GazKind kPlaceKinds[] = {GazKind::kCountry, GazKind::kPlace, GazKind::kCapital,
                                   GazKind::kCity, GazKind::kRegion};

// A gazetteer id for a name, preferring the kinds that fit the mention's type.
std::string GazIdFor(const Gazetteer& gaz, std::string_view lower, EntityType type) {
  if (type == EntityType::kOrg || type == EntityType::kOth) {
    std::string_view id = gaz.IdOf(lower, GazKind::kOrg);
    if (!id.empty()) return std::string(id);
  }
  for (GazKind k : kPlaceKinds) {
    std::string_view id = gaz.IdOf(lower, k);
    if (!id.empty()) return std::string(id);
  }
  return std::string(gaz.IdOf(lower, GazKind::kOrg));
}

// Strips a genitive ("Trumps", "Nordkoreas", "Xi's") when `known` accepts the bare form.
template <typename Known>
std::string_view StripGenitive(std::string_view s, Known known) {
  for (std::string_view suffix : {"'s", "’s", "s", "es"}) {
    if (s.size() > suffix.size() + 2 && s.ends_with(suffix)) {
      const std::string_view bare = s.substr(0, s.size() - suffix.size());
      if (known(bare)) return bare;
    }
  }
  return s;
}

std::vector<std::string> SplitWords(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == ' ' || c == '-') {
      if (!cur.empty()) out.push_back(MatchKey(cur));
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  if (!cur.empty()) out.push_back(MatchKey(cur));
  return out;
}

std::string Join(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

std::string_view TypePrefix(EntityType t) {
  switch (t) {
    case EntityType::kPer:
      return "per:";
    case EntityType::kOrg:
      return "org:";
    case EntityType::kLoc:
      return "loc:";
    case EntityType::kOth:
      return "oth:";
  }
  return "oth:";
}

}  // namespace

EntityType TypeOfGazId(const Gazetteer& gaz, std::string_view id, EntityType fallback) {
  if (id.starts_with("org:")) return EntityType::kOrg;
  if (id.size() == 2 || id.starts_with("geo:") || id.starts_with("iso:") ||
      id.starts_with("loc:") || id.starts_with("tz:")) {
    return EntityType::kLoc;
  }
  return fallback;
}

std::string CanonicalIdFor(EntityType type, std::string_view key) {
  return "e:" + HexId(std::string(ToString(type)) + "|" + std::string(key));
}

bool BetterPersonName(const std::string& a, const std::string& b) {
  if (b.empty()) return !a.empty();
  const auto wa = std::count(a.begin(), a.end(), ' '), wb = std::count(b.begin(), b.end(), ' ');
  if (wa != wb) return wa > wb;
  if (a.size() != b.size()) return a.size() > b.size();
  return a < b;
}

std::vector<MentionKey> MentionKeys(const Document& doc, const Gazetteer& gaz) {
  std::vector<MentionKey> out(doc.entities.size());
  // Bare person names in this document, so "Trumps" can lose its genitive -s.
  std::vector<std::string> person_words;
  for (const EntityMention& m : doc.entities) {
    if (m.type != EntityType::kPer || m.variant != EntityVariant::kPlain) continue;
    for (std::string& w : SplitWords(doc.slice(m.span))) person_words.push_back(std::move(w));
  }
  std::sort(person_words.begin(), person_words.end());
  auto is_person_word = [&](std::string_view s) {
    return std::binary_search(person_words.begin(), person_words.end(), MatchKey(s));
  };

  for (size_t i = 0; i < doc.entities.size(); ++i) {
    const EntityMention& m = doc.entities[i];
    MentionKey& k = out[i];
    std::string_view surface = doc.slice(m.span);
    k.type = m.type;
    if (m.variant == EntityVariant::kDeriv) {
      const std::string lower = Lower(surface);
      std::string id(gaz.DerivId(lower));
      if (id.empty() && lower.ends_with("er")) {  // "Berliner" -> Berlin
        id = GazIdFor(gaz, std::string_view(lower).substr(0, lower.size() - 2), EntityType::kLoc);
      }
      if (id.empty() || id == "-") continue;  // an adjective we cannot place: not linked
      k.gaz_id = id;
    } else if (m.variant == EntityVariant::kPart) {
      const size_t hyphen = surface.find('-');
      if (hyphen == std::string_view::npos || hyphen == 0) continue;
      surface = surface.substr(0, hyphen);  // "US-Präsident" -> "US", "Apec-Gipfels" -> "Apec"
      k.gaz_id = GazIdFor(gaz, Lower(surface), m.type);
    } else if (m.type != EntityType::kPer) {
      const std::string lower = Lower(surface);
      k.gaz_id = GazIdFor(gaz, lower, m.type);
      if (k.gaz_id.empty()) {
        const std::string_view bare = StripGenitive(
            lower, [&](std::string_view b) { return !GazIdFor(gaz, b, m.type).empty(); });
        if (bare.size() != lower.size()) {
          k.gaz_id = GazIdFor(gaz, bare, m.type);
          surface = surface.substr(0, bare.size());
        }
      }
    }
    if (!k.gaz_id.empty()) {
      k.type = TypeOfGazId(gaz, k.gaz_id, m.type);
      k.key = "g:" + k.gaz_id;
      k.name = std::string(gaz.CanonicalName(k.gaz_id));
      if (k.name.empty()) k.name = std::string(surface);
      continue;
    }
    if (m.type == EntityType::kPer) {
      std::string_view name = surface;
      const size_t last_space = name.rfind(' ');
      const std::string_view last =
          name.substr(last_space == std::string_view::npos ? 0 : last_space + 1);
      const std::string_view bare = StripGenitive(last, is_person_word);
      if (bare.size() != last.size())
        name = name.substr(0, name.size() - (last.size() - bare.size()));
      k.name = std::string(name);
      k.name_tokens = SplitWords(name);
      k.key = "per:" + Join(k.name_tokens);
      if (m.variant == EntityVariant::kPlain) {
        const RoleContext ctx = FindRoleContext(doc, i, gaz);
        if (!ctx.affiliation.empty()) {
          const std::string lower = Lower(ctx.affiliation);
          std::string id(gaz.DerivId(lower));
          if (id.empty()) id = GazIdFor(gaz, lower, EntityType::kLoc);
          if (id.empty() && lower.ends_with('s')) {
            id = GazIdFor(gaz, std::string_view(lower).substr(0, lower.size() - 1),
                          EntityType::kLoc);
          }
          const std::string_view canon = id.empty() ? std::string_view() : gaz.CanonicalName(id);
          k.affiliation = canon.empty() ? ctx.affiliation : std::string(canon);
        }
      }
      continue;
    }
    k.name = std::string(surface);
    k.key = std::string(TypePrefix(m.type)) + MatchKey(surface);
  }
  // "Asiatisch-Pazifischen Wirtschaftsgemeinschaft (Apec)": the name in brackets right after
  // a mention is the same entity.
  for (size_t i = 0; i + 1 < doc.entities.size(); ++i) {
    const EntityMention& a = doc.entities[i];
    if (a.nested || out[i].key.empty()) continue;
    size_t j = i + 1;
    while (j < doc.entities.size() && doc.entities[j].nested) ++j;
    if (j >= doc.entities.size() || out[j].key.empty()) continue;
    const EntityMention& b = doc.entities[j];
    const std::string_view between = std::string_view(doc.text).substr(
        a.span.end, b.span.begin >= a.span.end ? b.span.begin - a.span.end : 0);
    const size_t after = b.span.end;
    const bool same_kind = a.type == b.type || b.span.size() <= 6;
    if (same_kind && (between == " (" || between == "(") && after < doc.text.size() &&
        doc.text[after] == ')') {
      out[j].unite_with.push_back(out[i].key);
    }
  }
  return out;
}

}  // namespace tri::ner

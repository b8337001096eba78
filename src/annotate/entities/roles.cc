#include "annotate/entities/roles.h"

#include <algorithm>

#include "annotate/entities/fold.h"

namespace tri::ner {
namespace {

bool IsLocativeWord(std::string_view lower) {
  static constexpr std::string_view kWords[] = {
      "in",      "im",       "nach",    "bei",      "beim",    "von",    "vom",
      "nahe",    "nördlich", "südlich", "westlich", "östlich", "bis",    "durch",
      "über",    "ins",      "at",      "to",       "near",    "into",   "across",
      "outside", "inside",   "via",     "from",     "auf",     "unweit", "nordwestlich"};
  return std::find(std::begin(kWords), std::end(kWords), lower) != std::end(kWords);
}

// The outer mention covering token t, or -1. doc.entities is sorted by begin and outer
// mentions do not overlap, so a binary search finds it.
int MentionCovering(const Document& doc, size_t token) {
  if (token >= doc.tokens.size()) return -1;
  const Span s = doc.tokens[token].span;
  auto it = std::upper_bound(doc.entities.begin(), doc.entities.end(), s.begin,
                             [](uint32_t o, const EntityMention& m) { return o < m.span.begin; });
  for (int steps = 0; it != doc.entities.begin() && steps < 8; ++steps) {
    --it;
    if (!it->nested && it->span.contains(s)) return static_cast<int>(it - doc.entities.begin());
    if (!it->nested) break;
  }
  return -1;
}

// Whether the token could name an affiliation: a LOC/ORG mention, a place adjective, or a
// genitive of a listed place.
bool IsAffiliation(const Document& doc, size_t token, const Gazetteer& gaz) {
  const int m = MentionCovering(doc, token);
  if (m >= 0 && doc.entities[m].type != EntityType::kPer) return true;
  const std::string w = Lower(doc.slice(doc.tokens[token].span));
  return !gaz.DerivId(w).empty();
}

bool IsCapital(const Gazetteer& gaz, std::string_view lower) {
  if (const auto* entries = gaz.Find(lower)) {
    for (const GazEntry& e : *entries) {
      if (!gaz.CapitalOf(e.id).empty()) return true;
    }
  }
  return false;
}

}  // namespace

size_t TokenAt(const Document& doc, uint32_t offset) {
  auto it = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), offset,
                             [](const Token& t, uint32_t o) { return t.span.end <= o; });
  return static_cast<size_t>(it - doc.tokens.begin());
}

bool IsRoleWord(std::string_view token, const Gazetteer& gaz, std::string* base) {
  if (token.size() < 4 || !StartsUpper(token)) return false;
  const std::string w = Lower(token);
  for (std::string_view ending : {"", "s", "es", "n", "en", "in", "innen"}) {
    if (w.size() <= ending.size() + 3 || !w.ends_with(ending)) continue;
    const std::string_view stem = std::string_view(w).substr(0, w.size() - ending.size());
    // The whole word or its tail (compound): "vereinigungsminister" ends in "minister".
    for (size_t start = 0; start + 4 <= stem.size(); ++start) {
      if ((static_cast<unsigned char>(stem[start]) & 0xC0) == 0x80) continue;
      if (start > 0 && stem.size() - start < 5) break;  // "chef" alone in a compound is too weak
      if (gaz.Has(stem.substr(start), GazKind::kRole)) {
        if (base) *base = std::string(token.substr(0, token.size() - ending.size()));
        return true;
      }
    }
  }
  return false;
}

RoleContext FindRoleContext(const Document& doc, size_t mention, const Gazetteer& gaz) {
  RoleContext ctx;
  const EntityMention& m = doc.entities[mention];
  const size_t first = TokenAt(doc, m.span.begin);
  if (first >= doc.tokens.size()) return ctx;
  auto text = [&](size_t t) { return doc.slice(doc.tokens[t].span); };
  // Before the name: "[Südkoreas] Vereinigungsminister Chung", "US-Präsident Trump".
  if (first > 0 && IsRoleWord(text(first - 1), gaz, &ctx.role)) {
    ctx.role_span = doc.tokens[first - 1].span;
    const std::string_view role_token = text(first - 1);
    const size_t hyphen = role_token.find('-');
    if (hyphen != std::string_view::npos && hyphen > 0) {
      ctx.affiliation = std::string(role_token.substr(0, hyphen));
    } else if (first > 1 && IsAffiliation(doc, first - 2, gaz)) {
      ctx.affiliation = std::string(text(first - 2));
    }
    return ctx;
  }
  // "dem Staatschef Nordkoreas, Kim Jong Un": ROLE LOC-genitive "," NAME.
  if (first > 2 && text(first - 1) == "," && IsRoleWord(text(first - 3), gaz, &ctx.role) &&
      IsAffiliation(doc, first - 2, gaz)) {
    ctx.role_span = doc.tokens[first - 3].span;
    ctx.affiliation = std::string(text(first - 2));
    return ctx;
  }
  // After the name: "Lin Mei Hua, der stellvertretenden Innenministerin der taiwanischen ...".
  size_t t = TokenAt(doc, m.span.end - 1) + 1;
  if (t < doc.tokens.size() && text(t) == ",") {
    for (size_t k = t + 1; k < std::min(doc.tokens.size(), t + 5); ++k) {
      if (IsRoleWord(text(k), gaz, &ctx.role)) {
        ctx.role_span = doc.tokens[k].span;
        for (size_t a = k + 1; a < std::min(doc.tokens.size(), k + 4); ++a) {
          if (IsAffiliation(doc, a, gaz)) {
            ctx.affiliation = std::string(text(a));
            break;
          }
        }
        return ctx;
      }
      if (text(k) == "," || MentionCovering(doc, k) >= 0) break;
    }
  }
  return ctx;
}

void MarkRolesAndMetonymy(Document& doc, const Gazetteer& gaz) {
  for (size_t i = 0; i < doc.entities.size(); ++i) {
    EntityMention& m = doc.entities[i];
    if (m.nested || m.variant != EntityVariant::kPlain) continue;
    if (m.type == EntityType::kPer) {
      m.role = FindRoleContext(doc, i, gaz).role;
      continue;
    }
    if (m.type != EntityType::kLoc) continue;
    std::string name = Lower(doc.slice(m.span));
    if (!IsCapital(gaz, name) && name.ends_with('s')) name.pop_back();
    if (!IsCapital(gaz, name)) continue;
    // Walk back over coordinations ("zwischen Washington und Pjöngjang") to the governing word.
    size_t t = TokenAt(doc, m.span.begin);
    while (t > 0) {
      const std::string prev = Lower(doc.slice(doc.tokens[t - 1].span));
      const TokenKind kind = doc.tokens[t - 1].kind;
      if (prev == "und" || prev == "and" || prev == "," || prev == "(" || prev == ")" ||
          kind == TokenKind::kNumber || MentionCovering(doc, t - 1) >= 0) {
        --t;
        continue;
      }
      break;
    }
    bool locative = false;
    if (t > 0) {
      const std::string prev = Lower(doc.slice(doc.tokens[t - 1].span));
      locative = IsLocativeWord(prev);
      if (prev == "aus") {  // "Aus Pjöngjang hieß es" is the government speaking
        const size_t next = TokenAt(doc, m.span.end - 1) + 1;
        const std::string after =
            next < doc.tokens.size() ? Lower(doc.slice(doc.tokens[next].span)) : "";
        locative = after != "hieß" && after != "heißt" && after != "verlautete";
      }
    }
    m.metonymic = !locative;
  }
}

}  // namespace tri::ner

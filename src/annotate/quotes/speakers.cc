#include "annotate/quotes/speakers.h"

#include <algorithm>
#include <unordered_map>

#include "annotate/quotes/frame_util.h"

namespace tri::quotes {
namespace {

bool EndsWith(std::string_view s, std::string_view suf) {
  return s.size() >= suf.size() && s.substr(s.size() - suf.size()) == suf;
}

std::string Normalized(std::string_view text) {
  std::string out;
  for (char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace

char RoleGender(std::string_view role, Lang lang) {
  if (role.empty() || lang != Lang::kGerman) return 0;  // English roles carry no gender
  if (EndsWith(role, "in") || EndsWith(role, "innen")) return 'f';
  return 'm';
}

namespace {

bool IsRoleLike(SourceClass c) { return c == SourceClass::kRole || c == SourceClass::kOfficial; }

}  // namespace

SpeakerResolver::SpeakerResolver(const DocView& v, const QuoteContext& q) : v_(v), q_(q) {
  CollectPersons();
}

void SpeakerResolver::CollectPersons() {
  const Document& doc = v_.doc;
  entity_at_.assign(v_.toks.size(), -1);
  for (size_t k = 0; k < doc.entities.size(); ++k) {
    const EntityMention& m = doc.entities[k];
    auto it = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), m.span.begin,
                               [](const Token& t, uint32_t pos) { return t.span.end <= pos; });
    for (; it != doc.tokens.end() && it->span.begin < m.span.end; ++it) {
      const size_t i = size_t(it - doc.tokens.begin());
      const int cur = entity_at_[i];
      if (cur < 0 || (doc.entities[cur].nested && !m.nested)) entity_at_[i] = int(k);
    }
  }
  auto role_before = [&](uint32_t tok) -> std::string {
    if (tok == 0 || !(v_.toks[tok - 1].flags & kCap)) return "";
    const SourceClass c = v_.lexicon.Classify(v_.toks[tok - 1].lower);
    return IsRoleLike(c) ? v_.toks[tok - 1].lower : "";
  };
  for (size_t i = 0; i < v_.toks.size(); ++i) {
    const int k = entity_at_[i];
    if (k < 0 || doc.entities[k].type != EntityType::kPer) continue;
    if (i > 0 && entity_at_[i - 1] == k) continue;  // not the mention's first token
    const EntityMention& m = doc.entities[k];
    Person p;
    p.tok = uint32_t(i);
    p.mention = k;
    p.name = m.canonical.empty() ? Normalized(doc.slice(m.span)) : m.canonical;
    p.role = m.role.empty() ? role_before(uint32_t(i)) : LowerWord(m.role);
    persons_.push_back(std::move(p));
  }
  if (!persons_.empty()) return;
  // No person entities: names are the capitalised words after a role noun, and later
  // mentions of their last word ("Innenministerin Anna Berger" ... "Berger").
  for (uint32_t i = 0; i + 1 < v_.toks.size(); ++i) {
    if (!(v_.toks[i].flags & kCap) || !IsRoleLike(v_.lexicon.Classify(v_.toks[i].lower))) continue;
    uint32_t j = i + 1;
    while (j < v_.toks.size() && j - i <= 4 && IsNounToken(v_, j) &&
           v_.lexicon.Classify(v_.toks[j].lower) == SourceClass::kNone) {
      ++j;
    }
    if (j == i + 1) continue;
    // "der Staatschef Nordkoreas": a single word in the genitive is the country, not a name.
    if (j == i + 2 && v_.toks[i + 1].lower.back() == 's' && j < v_.toks.size() &&
        (v_.toks[j].flags & kComma)) {
      continue;
    }
    persons_.push_back({i + 1, Normalized(v_.Text(i + 1, j)), v_.toks[i].lower, -1});
    i = j - 1;
  }
  const size_t named = persons_.size();
  for (uint32_t i = 0; i < v_.toks.size(); ++i) {
    if (!IsNounToken(v_, i)) continue;
    for (size_t k = 0; k < named; ++k) {
      const std::string& n = persons_[k].name;
      const size_t sp = n.rfind(' ');
      const std::string_view last =
          sp == std::string::npos ? std::string_view(n) : std::string_view(n).substr(sp + 1);
      if (v_.toks[i].text == last && (i < persons_[k].tok || i > persons_[k].tok + 4)) {
        persons_.push_back({i, n, persons_[k].role, -1});
        break;
      }
    }
  }
  std::sort(persons_.begin(), persons_.end(),
            [](const Person& a, const Person& b) { return a.tok < b.tok; });
  // Gender from role nouns ("Regierungschefin" f, "Präsident" m), shared by every mention of
  // the same name.
  std::unordered_map<std::string, char> by_name;
  for (Person& p : persons_) {
    if (p.role.empty()) continue;
    p.gender = RoleGender(p.role, v_.lang);
    if (p.gender) by_name.emplace(p.name, p.gender);
  }
  for (Person& p : persons_) {
    if (!p.gender) {
      auto it = by_name.find(p.name);
      if (it != by_name.end()) p.gender = it->second;
    }
  }
}

std::string SpeakerResolver::LocalName(std::string_view text) const {
  std::string name = Normalized(text);
  const size_t sp = name.rfind(' ');
  const std::string last = sp == std::string::npos ? name : name.substr(sp + 1);
  const std::string* best = nullptr;
  for (const Person& p : persons_) {
    if (p.name.size() <= name.size()) continue;
    const bool has = p.name == last || EndsWith(p.name, " " + last) ||
                     p.name.find(last + " ") == 0 ||
                     p.name.find(" " + last + " ") != std::string::npos;
    if (has && (!best || p.name.size() > best->size())) best = &p.name;
  }
  return best ? *best : name;
}

const SpeakerResolver::Person* SpeakerResolver::Antecedent(
    uint32_t pos, std::string_view role, char gender, const std::vector<SpeakerResult>& earlier,
    SpeakerResult* from_earlier) const {
  auto fits = [&](char g) { return !gender || !g || g == gender; };
  if (!role.empty()) {
    for (auto it = persons_.rbegin(); it != persons_.rend(); ++it) {
      if (it->tok >= pos || it->role.empty() || !fits(it->gender)) continue;
      if (EndsWith(it->role, role) || EndsWith(role, it->role)) return &*it;
    }
  }
  const uint32_t cu = v_.unit_of[pos];
  const bool recent = !earlier.empty() && earlier.back().person && fits(earlier.back().gender) &&
                      earlier.back().unit + 2 >= cu;
  if (role.empty() && recent) {
    *from_earlier = earlier.back();
    return nullptr;
  }
  for (uint32_t back = 0; back <= 3 && back <= cu; ++back) {
    const uint32_t uu = cu - back;
    for (const Person& p : persons_) {
      if (v_.unit_of[p.tok] != uu || p.tok >= pos || q_.region_of[p.tok] >= 0) continue;
      if (fits(p.gender)) return &p;
    }
  }
  if (recent) *from_earlier = earlier.back();
  return nullptr;
}

SpeakerResult SpeakerResolver::FromEntity(int k, Range r) const {
  const EntityMention& m = v_.doc.entities[k];
  SpeakerResult res;
  res.mention = k;
  res.name = m.canonical.empty() ? LocalName(v_.doc.slice(m.span)) : m.canonical;
  if (m.type == EntityType::kPer) {
    res.kind = SourceKind::kNamed;
    res.person = true;
    for (const Person& p : persons_) {
      if (p.mention == k) res.gender = p.gender;
    }
    return res;
  }
  const uint32_t head = PhraseHead(v_, r);
  const bool media = head < r.e && v_.lexicon.Classify(v_.toks[head].lower) == SourceClass::kMedia;
  res.kind = media ? SourceKind::kMediaReports : SourceKind::kInstitution;
  return res;
}

SpeakerResult SpeakerResolver::Describe(Range r, SourceKind kind, bool anonymous) const {
  SpeakerResult res;
  res.name = Normalized(v_.Text(r.b, r.e));
  res.kind = kind;
  res.anonymous = anonymous;
  return res;
}

SpeakerResult SpeakerResolver::Resolve(const Attribution& a,
                                       const std::vector<SpeakerResult>& earlier) const {
  SpeakerResult res = ResolveRange(a.speaker, earlier);
  res.unit = a.unit;
  return res;
}

}  // namespace tri::quotes

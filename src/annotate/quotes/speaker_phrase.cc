// SpeakerResolver::ResolveRange: what a speaker phrase names. Order of evidence: an entity
// mention inside it, a pronoun's antecedent, names after a role noun, a definite role noun's
// antecedent, then the head noun's source class for unnamed sources.
#include <algorithm>

#include "annotate/quotes/frame_util.h"
#include "annotate/quotes/speakers.h"

namespace tri::quotes {
namespace {

bool IsIndefinite(std::string_view w) {
  return w == "ein" || w == "eine" || w == "einer" || w == "eines" || w == "einem" ||
         w == "einen" || w == "mehrere" || w == "mehreren" || w == "einige" || w == "einigen" ||
         w == "zahlreiche" || w == "viele" || w == "a" || w == "an" || w == "several" ||
         w == "some";
}

bool IsDefinite(std::string_view w) {
  return w == "der" || w == "die" || w == "das" || w == "den" || w == "dem" || w == "des" ||
         w == "the";
}

int Priority(EntityType t) {
  switch (t) {
    case EntityType::kPer:
      return 4;
    case EntityType::kOrg:
      return 3;
    case EntityType::kLoc:
      return 2;
    default:
      return 1;
  }
}

}  // namespace

SpeakerResult SpeakerResolver::ResolveRange(Range r,
                                            const std::vector<SpeakerResult>& earlier) const {
  SpeakerResult res;
  if (r.empty() || r.e > v_.toks.size()) return res;
  // An entity in the phrase's core ("Innenministerin Anna Berger") or a person
  // anywhere in it ("Der Leiter des Programms, Klaus Stöhr") is the speaker; places and
  // organisations in attributes are not ("ein Ministeriumssprecher in Berlin").
  const uint32_t core_b = FirstNoun(v_, r);
  uint32_t core_e = core_b;
  while (core_e < r.e && (IsNounToken(v_, core_e) || entity_at_[core_e] >= 0)) ++core_e;
  const bool source_head = core_b < r.e && v_.lexicon.IsSourceNoun(v_.lang, v_.toks[core_b].lower);
  int best = -1;
  for (uint32_t i = r.b; i < r.e; ++i) {
    const int k = entity_at_[i];
    // "US-Diplomat" (LOC part), "südkoreanische" (LOC deriv) name no one.
    if (k < 0 || v_.doc.entities[k].variant != EntityVariant::kPlain) continue;
    const bool in_core = core_b != UINT32_MAX && i >= core_b && i < core_e && !source_head;
    if (!in_core && v_.doc.entities[k].type != EntityType::kPer) continue;
    if (best < 0 || Priority(v_.doc.entities[k].type) > Priority(v_.doc.entities[best].type)) {
      best = k;
    }
  }
  if (best >= 0) return FromEntity(best, r);

  const std::string_view first = v_.toks[r.b].lower;
  // Relative and demonstrative pronouns ("ein Zeuge, der angab", "Dieser bestätigte") stand
  // for the person just named, as "er"/"sie" do.
  const bool masc = first == "der" || first == "dieser" || first == "welcher" || first == "jener";
  const bool fem = first == "die" || first == "diese" || first == "welche" || first == "jene";
  if (r.e - r.b == 1 && (IsPersonalPronoun(first) || masc || fem)) {
    if (first != "er" && first != "sie" && first != "he" && first != "she" && !masc && !fem) {
      return res;
    }
    // A relative pronoun right after a comma refers to the phrase before it ("die Aussage
    // des Zeugen Paul Kramer, der angab").
    if ((first == "der" || first == "die" || first == "welcher" || first == "welche") && r.b >= 2 &&
        (v_.toks[r.b - 1].flags & kComma)) {
      const uint32_t floor = v_.units[v_.unit_of[r.b]].tb;
      const Range np = NounPhraseEndingAt(v_, r.b - 2, floor);
      if (!np.empty()) {
        SpeakerResult named = ResolveRange(np, earlier);
        if (!named.name.empty()) return named;
      }
    }
    SpeakerResult carried;
    const char gender = first == "er" || first == "he" || masc ? 'm' : 'f';
    // "Dieser"/"diese" point to the person last mentioned, not back to the last speaker.
    static const std::vector<SpeakerResult> kNone;
    const Person* p = Antecedent(r.b, "", gender, masc || fem ? kNone : earlier, &carried);
    if (p) {
      res.name = p->name;
      res.mention = p->mention;
      res.kind = SourceKind::kNamed;
      res.person = true;
      res.gender = p->gender ? p->gender : gender;
      return res;
    }
    return carried.name.empty() ? res : carried;
  }

  if (v_.lang == Lang::kEnglish) return ResolveEnglish(r, earlier);

  // The noun run of the phrase core; a source noun ("Angaben der Polizei") defers to its
  // attribute.
  uint32_t h0 = FirstNoun(v_, r);
  if (h0 == UINT32_MAX) return Describe(r, SourceKind::kUnknown, false);
  uint32_t h1 = h0;
  while (h1 < r.e && IsNounToken(v_, h1)) ++h1;
  if (v_.lexicon.IsSourceNoun(v_.lang, v_.toks[h0].lower) && h1 < r.e) {
    uint32_t s = h1;
    while (s < r.e && !IsNounToken(v_, s)) ++s;
    if (s < r.e) {
      Range sub{h1, r.e};
      SpeakerResult inner = ResolveRange(sub, earlier);
      if (!inner.name.empty()) return inner;
    }
  }
  SourceClass cls = SourceClass::kNone;
  uint32_t cls_tok = UINT32_MAX;
  for (uint32_t t = h0; t < h1; ++t) {
    const SourceClass c = v_.lexicon.Classify(v_.toks[t].lower);
    if (c != SourceClass::kNone) {
      cls = c;
      cls_tok = t;
    }
  }
  uint32_t name_b = cls_tok == UINT32_MAX ? h0 : cls_tok + 1;
  if (cls_tok == UINT32_MAX && h1 - h0 >= 2 && (IsDefinite(first) || IsIndefinite(first))) {
    cls = SourceClass::kRole;  // "der Kapitän Max Roth": a role noun we do not list
    cls_tok = h0;
    name_b = h0 + 1;
  }
  const bool source_noun_only = h1 == h0 + 1 && v_.lexicon.IsSourceNoun(v_.lang, v_.toks[h0].lower);
  const bool has_name = name_b < h1 && !source_noun_only;
  const bool definite = IsDefinite(first), indefinite = IsIndefinite(first);

  if (has_name && (cls != SourceClass::kNone || !(definite || indefinite))) {
    res.name = LocalName(v_.Text(name_b, h1));
    if (cls == SourceClass::kMedia)
      res.kind = SourceKind::kMediaReports;
    else if (cls == SourceClass::kInstitution)
      res.kind = SourceKind::kInstitution;
    else
      res.kind = SourceKind::kNamed, res.person = true;
    if (cls_tok != UINT32_MAX && cls == SourceClass::kRole)
      res.gender = RoleGender(v_.toks[cls_tok].lower, v_.lang);
    return res;
  }
  if (cls == SourceClass::kRole && definite) {
    SpeakerResult carried;
    const std::string& role = v_.toks[cls_tok].lower;
    if (const Person* p = Antecedent(r.b, role, RoleGender(role, v_.lang), earlier, &carried)) {
      res.name = p->name;
      res.mention = p->mention;
      res.kind = SourceKind::kNamed;
      res.person = true;
      res.gender = p->gender;
      return res;
    }
    if (!carried.name.empty()) return carried;
    return Describe(r, SourceKind::kUnknown, false);
  }
  switch (cls) {
    case SourceClass::kOfficial:
    case SourceClass::kRole:
      return Describe(r, SourceKind::kAnonymousOfficial, true);
    case SourceClass::kExpert:
      return Describe(r, SourceKind::kUnnamedExpert, true);
    case SourceClass::kPerson:
      return Describe(r, SourceKind::kUnknown, true);  // "ein Augenzeuge": unnamed, no office
    case SourceClass::kMedia:
      return Describe(r, SourceKind::kMediaReports, true);
    case SourceClass::kInstitution:
      return Describe(r, SourceKind::kInstitution, false);
    case SourceClass::kNone:
      break;
  }
  if (source_noun_only) {
    // "nach südkoreanischen Angaben": a national adjective stands for that country's side.
    for (uint32_t i = r.b; i < h0; ++i) {
      const int k = entity_at_[i];
      const std::string_view w = v_.toks[i].lower;
      if ((k >= 0 && v_.doc.entities[k].type == EntityType::kLoc) || w.ends_with("ischen") ||
          w.ends_with("ischer") || w.ends_with("ische")) {
        return Describe(r, SourceKind::kInstitution, false);
      }
    }
    return Describe(r, SourceKind::kUnknown, !definite && !indefinite);
  }
  if (indefinite) return Describe(r, SourceKind::kUnknown, true);
  return Describe(r, definite ? SourceKind::kInstitution : SourceKind::kUnknown, false);
}

// English phrases: common nouns are lower-case, so the words of the phrase (after the article)
// are its core; capitalised words after a role ("Mayor Jane Cole") are a name.
SpeakerResult SpeakerResolver::ResolveEnglish(Range r,
                                              const std::vector<SpeakerResult>& earlier) const {
  uint32_t b = r.b;
  const std::string_view first = v_.toks[b].lower;
  const bool definite = first == "the", indefinite = IsIndefinite(first);
  if (definite || indefinite || IsDeterminer(first)) ++b;
  SourceClass cls = SourceClass::kNone;
  uint32_t cls_tok = UINT32_MAX;
  for (uint32_t t = b; t < r.e; ++t) {
    const SourceClass c = v_.lexicon.Classify(v_.toks[t].lower);
    if (c != SourceClass::kNone) cls = c, cls_tok = t;
  }
  const uint32_t name_b = cls_tok == UINT32_MAX ? b : cls_tok + 1;
  bool name = name_b < r.e;
  for (uint32_t t = name_b; t < r.e; ++t) name = name && (v_.toks[t].flags & kCap);
  SpeakerResult res;
  if (name && !definite && !indefinite) {
    res.name = LocalName(v_.Text(name_b, r.e));
    res.kind = cls == SourceClass::kMedia         ? SourceKind::kMediaReports
               : cls == SourceClass::kInstitution ? SourceKind::kInstitution
                                                  : SourceKind::kNamed;
    res.person = res.kind == SourceKind::kNamed;
    return res;
  }
  if (cls == SourceClass::kRole && definite) {
    SpeakerResult carried;
    if (const Person* p = Antecedent(r.b, v_.toks[cls_tok].lower, 0, earlier, &carried)) {
      res.name = p->name;
      res.mention = p->mention;
      res.kind = SourceKind::kNamed;
      res.person = true;
      return res;
    }
    if (!carried.name.empty()) return carried;
  }
  switch (cls) {
    case SourceClass::kOfficial:
      return Describe(r, SourceKind::kAnonymousOfficial, true);
    case SourceClass::kRole:
      return Describe(r, indefinite ? SourceKind::kAnonymousOfficial : SourceKind::kUnknown,
                      indefinite);
    case SourceClass::kExpert:
      return Describe(r, SourceKind::kUnnamedExpert, true);
    case SourceClass::kMedia:
      return Describe(r, SourceKind::kMediaReports, true);
    case SourceClass::kInstitution:
      return Describe(r, SourceKind::kInstitution, false);
    default:
      return Describe(r, SourceKind::kUnknown, indefinite);
  }
}

}  // namespace tri::quotes

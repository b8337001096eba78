// Slot finders for people: who is named, whose stance it is, who meets whom.
#include <algorithm>

#include "annotate/claims/extract.h"
#include "text/text.h"

namespace tri::claims {
namespace {

bool IsPer(const DocView& v, int e) { return e >= 0 && v.doc.entities[e].type == EntityType::kPer; }

// A person mention that is the grammatical object of a preposition ("mit Trump", "zwischen
// Trump und Kim") or a genitive modifier cannot be the holder of a stance.
bool AfterPreposition(const DocView& v, uint32_t t, uint32_t clause_begin) {
  for (uint32_t k = t > clause_begin + 2 ? t - 2 : clause_begin; k < t; ++k) {
    if (v.IsCue(k, CueClass::kNonSubjPrep)) return true;
  }
  return false;
}

// An organisation's key: its folded name without a leading article ("The IG Metall").
// Words after an organisation's name that a mention may have swallowed ("IG Metall union
// vowed"): a name ends in a capitalised word, so trailing lower-case words are dropped.
std::string_view TrimTrailingLowercase(std::string_view name) {
  while (true) {
    const size_t space = name.find_last_of(' ');
    if (space == std::string_view::npos) return name;
    const char c = name[space + 1];
    if (!(c >= 'a' && c <= 'z')) return name;
    name = name.substr(0, space);
  }
}

std::string OrgKey(const DocView& v, const EntityMention& m) {
  std::string name =
      FoldForMatch(TrimTrailingLowercase(m.canonical.empty() ? v.doc.slice(m.span) : m.canonical));
  for (std::string_view article : {"the ", "die ", "der ", "das ", "den ", "dem "}) {
    if (name.starts_with(article) && name.size() > article.size()) name.erase(0, article.size());
  }
  return name;
}

std::string StateKey(const DocView& v, int place) {
  const int country = v.gaz.CountryOf(place);
  return country >= 0 ? "state:" + v.gaz.place(country).id : "";
}

std::string HolderKey(const DocView& v, const std::string& person) {
  auto it = v.leads_state.find(person);
  return it != v.leads_state.end() ? "state:" + v.gaz.place(it->second).id : person;
}

}  // namespace

void FindPeople(const DocView& v, const Body& body, std::vector<ClaimSlot>& slots) {
  std::vector<std::string> seen;
  int leader_role = v.lex.FindValue("leader");
  for (uint32_t t = body.begin; t < body.end; ++t) {
    const int e = v.entity_at[t];
    if (e < 0 || !body.Contains(t)) continue;
    const EntityMention& m = v.doc.entities[e];
    auto [b, end] = v.TokensOf(m.span);
    if (b != t) continue;
    if (m.type == EntityType::kPer || m.type == EntityType::kOrg) {
      std::string key = m.type == EntityType::kPer ? v.person_key[e] : OrgKey(v, m);
      if (std::find(seen.begin(), seen.end(), key) == seen.end()) {
        seen.push_back(key);
        slots.push_back({"who", std::string(v.doc.slice(m.span)), key, m.span});
      }
    }
    if (m.type == EntityType::kPer && b > body.begin) {
      // "Vereinigungsminister Chung", "US-Präsident Trump": the role word right before.
      v.ForCues(b - 1, b, [&](const CueMatch& c) {
        if (c.cls != CueClass::kRole) return;
        slots.push_back({"role", std::string(v.text(c.begin, c.end)),
                         c.value == leader_role ? "leader" : "official",
                         SpanOf(v, c.begin, c.end)});
      });
    }
    if (end > t) t = end - 1;
  }
}

ClaimSlot FindHolder(const DocView& v, const Body& body, const ClaimContext& ctx,
                     const std::string& speaker_key, std::string* person) {
  std::string ignored;
  if (!person) person = &ignored;
  for (uint32_t t = body.begin; t < body.end; ++t) {
    if (!body.Contains(t)) continue;
    const int e = v.entity_at[t];
    if (IsPer(v, e) && !v.person_key[e].empty()) {
      auto [b, end] = v.TokensOf(v.doc.entities[e].span);
      if (b == t && !AfterPreposition(v, t, body.begin)) {
        *person = v.person_key[e];
        return {"holder", std::string(v.doc.slice(v.doc.entities[e].span)),
                HolderKey(v, v.person_key[e]), v.doc.entities[e].span};
      }
      if (end > t) t = end - 1;
      continue;
    }
    if (e >= 0 && v.doc.entities[e].type == EntityType::kOrg) {
      auto [b, end] = v.TokensOf(v.doc.entities[e].span);
      if (b == t && !AfterPreposition(v, t, body.begin)) {
        const EntityMention& m = v.doc.entities[e];
        return {"holder", std::string(v.doc.slice(m.span)), "org:" + OrgKey(v, m), m.span};
      }
      if (end > t) t = end - 1;
      continue;
    }
    const int p = v.place_at[t];
    if (p >= 0 && v.places[p].begin == t && !v.places[p].adjective) {
      const PlaceHit& hit = v.places[p];
      // "Nordkorea beharrt", "Aus Pjöngjang hieß es" (a capital for its government), but not
      // the genitive in "Nordkoreas Machthaber".
      const bool genitive =
          hit.end < body.end && v.IsCapitalized(hit.end) && v.keys[t].ends_with("s");
      if (!genitive && !AfterPreposition(v, t, body.begin)) {
        std::string key = StateKey(v, hit.place);
        if (!key.empty())
          return {"holder", std::string(v.text(hit.begin, hit.end)), key,
                  SpanOf(v, hit.begin, hit.end)};
      }
      t = hit.end - 1;
      continue;
    }
    for (uint32_t c = v.cue_from[t]; c < v.cues.size() && v.cues[c].begin == t; ++c) {
      if (v.cues[c].cls != CueClass::kAnaphor) continue;
      const std::string_view kind = v.lex.value(v.cues[c].value);
      const Span span = SpanOf(v, t, v.cues[c].end);
      // "Der Betriebsrat", "the works council": a collective body, keyed by its kind so that
      // the German and the English report name the same party.
      if (kind.starts_with("body:") && !AfterPreposition(v, t, body.begin)) {
        // "The IG Metall union": the name in front is the party, keyed as the organisation
        // ("Die IG Metall") is where the recogniser tagged it.
        uint32_t k = t;
        while (k > body.begin && v.IsCapitalized(k - 1) && v.keys[k - 1] != "the" &&
               v.keys[k - 1] != "die" && v.keys[k - 1] != "der" && v.keys[k - 1] != "das") {
          --k;
        }
        if (k < t) {
          const std::string name(v.text(k, t));
          return {"holder", name, "org:" + FoldForMatch(name), SpanOf(v, k, t)};
        }
        return {"holder", std::string(v.text(t, v.cues[c].end)), std::string(kind), span};
      }
      if (kind == "state" && v.IsCapitalized(t)) {
        // "die südkoreanische Regierung": the adjective names the state; "das Regime": the
        // state named last.
        for (uint32_t k = t > body.begin + 2 ? t - 2 : body.begin; k < t; ++k) {
          const int p = v.place_at[k];
          if (p >= 0 && v.places[p].adjective) {
            std::string key = StateKey(v, v.places[p].place);
            if (!key.empty())
              return {"holder", std::string(v.text(k, t + 1)), key, SpanOf(v, k, t + 1)};
          }
        }
        if (ctx.state >= 0) return {"holder", std::string(v.text(t)), StateKey(v, ctx.state), span};
      }
      if (kind == "person") {
        // "ich" in a quote is its speaker; "er" in indirect speech ("er hoffe") usually is too,
        // while "er" inside a direct quote is someone else.
        const bool first_person = v.keys[t] == "ich" || v.keys[t] == "i";
        const int q = v.content_at[t];
        const bool direct = q >= 0 && v.doc.quotes[q].kind == QuoteKind::kDirect;
        if (!speaker_key.empty() && (first_person || !direct)) {
          *person = speaker_key;
          return {"holder", std::string(v.text(t)), HolderKey(v, speaker_key), span};
        }
        for (size_t i = ctx.persons.size(); !first_person && i-- > 0;) {
          if (SamePersonKey(ctx.persons[i].key, speaker_key)) continue;
          *person = ctx.persons[i].key;
          return {"holder", std::string(v.text(t)), HolderKey(v, ctx.persons[i].key), span};
        }
      }
    }
  }
  return {};
}

void FindParticipants(const DocView& v, const Body& body, const ClaimContext& ctx,
                      const std::string& speaker_key, const std::string& holder_key,
                      Span holder_span, std::vector<ClaimSlot>& slots) {
  std::vector<std::string> keys;
  auto add = [&](const std::string& key, std::string text, Span span) {
    if (key.empty()) return;
    for (const std::string& k : keys) {
      if (SamePersonKey(k, key)) return;
    }
    keys.push_back(key);
    // Named in full ("er", "Trumps" -> "Donald Trump"); the span still points at the mention.
    std::string name = v.PersonName(key);
    slots.push_back({"participant", name.empty() ? std::move(text) : std::move(name), key, span});
  };
  add(holder_key, std::string(v.doc.slice(holder_span)), holder_span);
  // "ein Treffen zwischen Trump und Kim": who meets is named after "zwischen"; whoever
  // proposed it earlier in the clause is not a participant.
  uint32_t from = body.begin;
  for (uint32_t t = body.begin; t < body.end; ++t) {
    if (body.Contains(t) && (v.keys[t] == "zwischen" || v.keys[t] == "between")) {
      from = t + 1;
      break;
    }
  }
  for (uint32_t t = from; t < body.end; ++t) {
    if (!body.Contains(t)) continue;
    const int e = v.entity_at[t];
    if (IsPer(v, e)) {
      // The speaker reporting on a meeting of others is not one of its participants; a
      // one-word name seen only once is more likely a tagging slip ("Besuchs") than a person.
      const std::string& key = v.person_key[e];
      if (SamePersonKey(key, speaker_key)) continue;
      auto count = v.person_mentions.find(key);
      if (key.find(' ') == std::string::npos &&
          (count == v.person_mentions.end() || count->second < 2))
        continue;
      add(v.person_key[e], std::string(v.doc.slice(v.doc.entities[e].span)),
          v.doc.entities[e].span);
    } else if (!speaker_key.empty() && v.content_at[t] >= 0 &&
               (v.keys[t] == "ich" || v.keys[t] == "i")) {
      add(speaker_key, std::string(v.text(t)), v.doc.tokens[t].span);
    }
  }
  if (keys.size() >= 2) return;
  // "die beiden Staatschefs trafen sich", "ein solches Gespräch": the meeting named just before.
  if (!ctx.meet_participants.empty() && ctx.meet_sentence + 3 >= v.sentence_of[body.begin]) {
    for (const ClaimSlot& p : ctx.meet_participants) {
      if (!SamePersonKey(p.normalized, speaker_key)) add(p.normalized, p.value, p.span);
    }
    return;
  }
  for (size_t i = ctx.persons.size(); i-- > 0 && keys.size() < 2;) {
    if (SamePersonKey(ctx.persons[i].key, speaker_key)) continue;
    add(ctx.persons[i].key, ctx.persons[i].text, ctx.persons[i].span);
  }
}

}  // namespace tri::claims

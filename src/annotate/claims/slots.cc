// Slot finders for frames/events/qualifiers, places, dates and quantities.
#include <algorithm>

#include "annotate/claims/extract.h"
#include "annotate/claims/numbers.h"
#include "text/text.h"

namespace tri::claims {
namespace {

ClaimSlot Slot(std::string name, std::string value, std::string normalized, Span span) {
  return ClaimSlot{std::move(name), std::move(value), std::move(normalized), span};
}

bool IsAcronym(std::string_view s) {
  int upper = 0;
  for (char c : s) {
    if (c >= 'A' && c <= 'Z')
      ++upper;
    else if (!(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'z'))
      return false;
  }
  return upper >= 2 && s.size() <= 8;
}

// The name of a gathering next to an event word: "Apec-Gipfel", "Gipfel der ... (APEC)",
// "G20 summit", "Gipfel der Nato". Returns tokens [b, e) of the name and its key.
bool EventName(const DocView& v, const Body& body, uint32_t t, uint32_t& nb, uint32_t& ne,
               std::string& key) {
  const std::string& k = v.fold[t];
  if (size_t dash = k.rfind('-'); dash != std::string::npos && dash > 0) {
    key = k.substr(0, dash);
    nb = t;
    ne = t + 1;
    return v.gaz.Find(std::string_view(v.fold[t]).substr(0, v.fold[t].rfind('-'))) ==
               std::nullopt ||
           IsAcronym(v.text(t).substr(0, dash));
  }
  for (uint32_t i = t + 1; i < std::min(body.end, t + 9); ++i) {
    if (v.text(i) == "(" && i + 2 < body.end && v.text(i + 2) == ")" &&
        (IsAcronym(v.text(i + 1)) || (v.IsCapitalized(i + 1) && v.text(i + 1).size() <= 8))) {
      nb = i + 1, ne = i + 2, key = v.fold[i + 1];
      return true;
    }
  }
  for (uint32_t i = t + 1; i < std::min(body.end, t + 5); ++i) {
    const int e = v.entity_at[i];
    if (e >= 0 && v.doc.entities[e].type != EntityType::kPer &&
        v.doc.entities[e].type != EntityType::kLoc) {
      auto [b, end] = v.TokensOf(v.doc.entities[e].span);
      nb = b, ne = end, key = FoldForMatch(v.doc.slice(v.doc.entities[e].span));
      return true;
    }
  }
  if (t > body.begin &&
      (IsAcronym(v.text(t - 1)) ||
       (v.entity_at[t - 1] >= 0 && v.doc.entities[v.entity_at[t - 1]].type == EntityType::kOrg))) {
    nb = t - 1, ne = t, key = v.fold[t - 1];
    return true;
  }
  return false;
}

bool Adjectival(std::string_view key) {
  return key.ends_with("e") || key.ends_with("en") || key.ends_with("er") || key.ends_with("es");
}

}  // namespace

const ClaimSlot* FindSlot(const std::vector<ClaimSlot>& slots, std::string_view name) {
  for (const ClaimSlot& s : slots) {
    if (s.name == name) return &s;
  }
  return nullptr;
}

void FindFrames(const DocView& v, const Body& body, std::vector<ClaimSlot>& slots) {
  struct Hit {
    uint32_t b, e;
    std::string frame;
  };
  std::vector<Hit> frames;
  std::vector<std::string> cancelled;
  std::vector<uint32_t> event_tokens;
  v.ForCues(body.begin, body.end, [&](const CueMatch& c) {
    if (!body.Contains(c.begin)) return;
    if (c.cls == CueClass::kFrame)
      frames.push_back({c.begin, c.end, std::string(v.lex.value(c.value))});
    if (c.cls == CueClass::kFrameNot) cancelled.emplace_back(v.lex.value(c.value));
    if (c.cls == CueClass::kEvent) event_tokens.push_back(c.begin);
  });
  // "eine Entscheidung treffen": the verb is not a meeting (the noun "Treffen" still is).
  std::erase_if(frames, [&](const Hit& h) {
    return std::find(cancelled.begin(), cancelled.end(), h.frame) != cancelled.end() &&
           !v.IsCapitalized(h.b);
  });
  for (uint32_t t : event_tokens) {
    uint32_t nb = 0, ne = 0;
    std::string key;
    if (!EventName(v, body, t, nb, ne, key) || key.empty()) continue;
    slots.push_back(Slot("event", std::string(v.text(nb, ne)), key, SpanOf(v, nb, ne)));
    for (uint32_t c = v.cue_from[t]; c < v.cues.size() && v.cues[c].begin == t; ++c) {
      if (v.cues[c].cls == CueClass::kEvent) {
        slots.push_back(Slot("event_kind", std::string(v.text(t)),
                             std::string(v.lex.value(v.cues[c].value)), SpanOf(v, t, t + 1)));
        break;
      }
    }
    // The named gathering itself is an event, not a meeting of the persons in the clause.
    std::erase_if(frames, [&](const Hit& h) { return h.b == t && h.frame == "meet"; });
    auto pos = std::find_if(frames.begin(), frames.end(), [&](const Hit& h) { return h.b >= t; });
    frames.insert(pos, {t, t + 1, "event"});
    break;
  }
  std::vector<std::string> seen;
  for (const Hit& h : frames) {
    if (std::find(seen.begin(), seen.end(), h.frame) != seen.end()) continue;
    seen.push_back(h.frame);
    slots.push_back(Slot("what", std::string(v.text(h.b, h.e)), h.frame, SpanOf(v, h.b, h.e)));
  }
  if (frames.empty()) return;
  // Qualifiers: adverbs ("zuletzt", "erstmals") anywhere; adjectives ("letzten", "erste")
  // only right before the frame word or in "das letzte Mal".
  v.ForCues(body.begin, body.end, [&](const CueMatch& c) {
    if (c.cls != CueClass::kQual || !body.Contains(c.begin) || FindSlot(slots, "qualifier")) return;
    const std::string& key = v.keys[c.begin];
    bool ok = true;
    if ((v.lang & kLangDe && Adjectival(key)) || v.lang == kLangEn) {
      ok = c.end < body.end && v.keys[c.end] == "mal";
      for (const Hit& h : frames) {
        if (h.b >= c.end && h.b <= c.end + 3) ok = true;
        if (v.lang == kLangEn && h.e <= c.begin && h.e + 1 >= c.begin) ok = true;
      }
    }
    if (ok) {
      slots.push_back(Slot("qualifier", std::string(v.text(c.begin, c.end)),
                           std::string(v.lex.value(c.value)), SpanOf(v, c.begin, c.end)));
    }
  });
  const CueMatch* tense = nullptr;
  v.ForCues(body.begin, body.end, [&](const CueMatch& c) {
    if (!body.Contains(c.begin)) return;
    if (c.cls == CueClass::kPast && (!tense || tense->cls != CueClass::kPast)) tense = &c;
    if (c.cls == CueClass::kFuture && !tense) tense = &c;
  });
  if (tense) {
    slots.push_back(Slot("tense", std::string(v.text(tense->begin, tense->end)),
                         tense->cls == CueClass::kPast ? "past" : "future",
                         SpanOf(v, tense->begin, tense->end)));
  }
}

void FindPlaces(const DocView& v, const Body& body, std::vector<ClaimSlot>& slots) {
  int last_locative_end = -100;
  std::vector<std::string> seen;
  auto emit = [&](uint32_t b, uint32_t e, std::string id) {
    if (std::find(seen.begin(), seen.end(), id) != seen.end()) return;
    seen.push_back(id);
    slots.push_back(Slot("place", std::string(v.text(b, e)), std::move(id), SpanOf(v, b, e)));
    last_locative_end = static_cast<int>(e);
  };
  auto locative = [&](uint32_t t) {
    // A locative preposition up to three words before ("in der südkoreanischen Hauptstadt"),
    // or the continuation of a list of places ("in Singapur (2018) und Hanoi (2019)").
    for (uint32_t k = t > body.begin + 3 ? t - 3 : body.begin; k < t; ++k) {
      if (v.IsCue(k, CueClass::kLocPrep)) {
        bool clear = true;
        for (uint32_t m = k + 1; m < t; ++m)
          clear = clear && !(v.IsCapitalized(m) && v.place_at[m] < 0);
        if (clear) return true;
      }
    }
    return last_locative_end >= 0 && static_cast<int>(t) - last_locative_end <= 5;
  };
  for (uint32_t t = body.begin; t < body.end; ++t) {
    if (!body.Contains(t)) continue;
    const int p = v.place_at[t];
    if (p >= 0 && v.places[p].begin == t) {
      const PlaceHit& hit = v.places[p];
      uint32_t end = hit.end;
      int place = hit.place;
      // "die südkoreanische Hauptstadt", "Nordkoreas Hauptstadt": the capital of that country.
      for (uint32_t k = hit.end; k < std::min(body.end, hit.end + 2); ++k) {
        if (v.IsCue(k, CueClass::kCapital)) {
          const int country = v.gaz.CountryOf(hit.place);
          const int capital = country >= 0 ? v.gaz.CapitalOf(country) : -1;
          if (capital >= 0) place = capital, end = k + 1;
        }
      }
      if ((!hit.adjective || end != hit.end) && locative(t)) emit(t, end, v.gaz.place(place).id);
      t = end - 1;
      continue;
    }
    const int e = v.entity_at[t];
    if (e >= 0 && v.doc.entities[e].type == EntityType::kLoc) {
      auto [b, end] = v.TokensOf(v.doc.entities[e].span);
      if (b == t && locative(t))
        emit(b, end, "loc:" + FoldForMatch(v.doc.slice(v.doc.entities[e].span)));
      if (end > t) t = end - 1;
    }
  }
}

void FindDates(const DocView& v, const Body& body, std::vector<ClaimSlot>& slots) {
  int last = -1;
  for (uint32_t t = body.begin; t < body.end; ++t) {
    if (!body.Contains(t)) continue;
    const int x = v.timex_at[t];
    if (x >= 0) {
      if (x == last) continue;
      last = x;
      const Timex& tx = v.doc.timex[x];
      if (tx.type != TimexType::kDate && tx.type != TimexType::kTime) continue;
      // "seit 2020", "since 2020": a point of reference, not when the claim's event happened.
      auto [tb, te] = v.TokensOf(tx.span);
      const bool reference =
          tb > body.begin && (v.keys[tb - 1] == "seit" || v.keys[tb - 1] == "since" ||
                              v.keys[tb] == "seit" || v.keys[tb] == "since");
      // "sagte am Freitag", "pledged on Monday": when it was said, not when it happens.
      bool said = false;
      for (uint32_t k = tb > body.begin + 2 ? tb - 2 : body.begin; k < tb; ++k)
        said |= v.IsCue(k, CueClass::kSpeech);
      slots.push_back(Slot(reference ? "date_ref"
                           : said    ? "statement_date"
                                     : "date",
                           std::string(v.doc.slice(tx.span)), tx.value, tx.span));
      continue;
    }
    // Without a time expression a bare year still dates the claim ("2019 in Hanoi").
    std::string_view s = v.text(t);
    if (v.doc.tokens[t].kind == TokenKind::kNumber && s.size() == 4 &&
        (s.starts_with("19") || s.starts_with("20")) &&
        std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      slots.push_back(Slot("date", std::string(s), std::string(s), v.doc.tokens[t].span));
    }
  }
}

void FindNumbers(const DocView& v, const Body& body, std::vector<ClaimSlot>& slots) {
  for (const Quantity& q : FindQuantities(v, body.begin, body.end)) {
    if (!body.Contains(q.begin)) continue;
    slots.push_back(Slot("number", std::string(v.text(q.begin, q.end)), FormatInterval(q.lo, q.hi),
                         SpanOf(v, q.begin, q.end)));
    slots.push_back(Slot("unit",
                         q.unit.empty() ? "" : std::string(v.text(q.unit_begin, q.unit_end)),
                         q.unit, q.unit.empty() ? Span{} : SpanOf(v, q.unit_begin, q.unit_end)));
  }
}

}  // namespace tri::claims

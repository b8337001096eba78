#include "compare/facets.h"

#include <algorithm>
#include <array>
#include <unordered_map>

#include "text/text.h"

namespace tri::comparison {
namespace {

constexpr std::array<std::string_view, 5> kCasualtyFrames = {"dead", "injured", "missing", "arrest",
                                                             "evacuate"};

bool IsCasualty(std::string_view f) {
  return std::find(kCasualtyFrames.begin(), kCasualtyFrames.end(), f) != kCasualtyFrames.end();
}

constexpr uint32_t kUpdateReach = 200;  // bytes between an update phrase's claim and the figure

uint32_t Distance(Span a, Span b) {
  if (a.empty() || b.empty()) return UINT32_MAX - 1;
  if (a.end <= b.begin) return b.begin - a.end;
  if (b.end <= a.begin) return a.begin - b.end;
  return 0;
}

// The frame a value belongs to: the nearest frame word close by ("in Panmunjom" next to
// "trafen sich"), else a frame the clause inherited from the sentence before.
const ClaimSlot* NearestFrame(const Claim& c, Span value, uint32_t max_distance = 120) {
  const ClaimSlot* best = nullptr;
  const ClaimSlot* inherited = nullptr;
  uint32_t best_d = UINT32_MAX;
  for (const ClaimSlot& s : c.slots) {
    if (s.name != "what") continue;
    if (s.span.empty()) {
      if (!inherited) inherited = &s;
      continue;
    }
    const uint32_t d = Distance(s.span, value);
    if (d <= max_distance && (!best || d < best_d)) best = &s, best_d = d;
  }
  return best ? best : inherited;
}

const ClaimSlot* First(const Claim& c, std::string_view name) {
  for (const ClaimSlot& s : c.slots) {
    if (s.name == name) return &s;
  }
  return nullptr;
}

}  // namespace

std::string CanonicalPersonKey(const Document& doc, Span span, const std::string& fallback) {
  for (const EntityMention& m : doc.entities) {
    if (m.type == EntityType::kPer && m.span.overlaps(span) && !m.canonical.empty()) {
      return FoldForMatch(m.canonical);
    }
  }
  return fallback;
}

// The date ends a state or is a deadline: "bis (zum|Ende|Mitte) ...", "until", "by", "through".
static bool EndsAState(std::string_view text, Span value) {
  if (value.begin > text.size()) return false;
  size_t b = value.begin;
  std::string_view before = text.substr(b >= 24 ? b - 24 : 0, b >= 24 ? 24 : b);
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  for (std::string_view lead : {"Ende", "Anfang", "Mitte", "end of", "the end of", "zum", "zur"}) {
    if (before.ends_with(lead)) {
      before.remove_suffix(lead.size());
      while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
      break;
    }
  }
  for (std::string_view cue :
       {" bis", " until", " till", " through", " by", " Bis", " Until", " By"}) {
    if (before.ends_with(cue) || before == cue.substr(1)) return true;
  }
  return false;
}

std::vector<Facet> ExtractFacets(const std::vector<Document*>& docs, uint32_t max_per_doc) {
  std::vector<Facet> out;
  for (uint32_t d = 0; d < docs.size(); ++d) {
    const Document& doc = *docs[d];
    uint32_t count = 0;
    for (uint32_t ci = 0; ci < doc.claims.size() && count < max_per_doc; ++ci) {
      const Claim& c = doc.claims[ci];
      Facet base;
      base.doc = d;
      base.claim = ci;
      if (const ClaimSlot* q = First(c, "qualifier")) base.qualifier = q->normalized;
      if (const ClaimSlot* e = First(c, "event"))
        base.event = e->normalized, base.event_name = e->value;
      if (const ClaimSlot* t = First(c, "tense")) base.tense = t->normalized;
      base.update = First(c, "update") != nullptr;
      // "Die Polizei hat die Zahl der Todesopfer korrigiert. Drei Menschen seien ums Leben
      // gekommen": update language just before carries over when it is about the same thing
      // (a frame both claims share), not to whatever follows an "inzwischen".
      for (uint32_t p = ci; !base.update && p-- > 0;) {
        const Claim& prev = doc.claims[p];
        if (prev.span.end > c.span.begin || c.span.begin - prev.span.end > kUpdateReach) break;
        if (!First(prev, "update")) continue;
        for (const ClaimSlot& a : prev.slots) {
          for (const ClaimSlot& b : c.slots) {
            base.update |= a.name == "what" && b.name == "what" && a.normalized == b.normalized;
          }
        }
      }
      for (const ClaimSlot& s : c.slots) {
        if (s.name != "participant") continue;
        base.participants.push_back(CanonicalPersonKey(doc, s.span, s.normalized));
        base.participant_names.push_back(s.value);
      }
      const bool unique_qualifier =
          base.qualifier == "last" || base.qualifier == "first" || base.qualifier == "next";
      const ClaimSlot* statement_date = First(c, "statement_date");
      auto emit = [&](Facet f) {
        if (count >= max_per_doc) return;
        ++count;
        out.push_back(std::move(f));
      };
      const ClaimSlot* first_frame = First(c, "what");
      for (size_t i = 0; i < c.slots.size(); ++i) {
        const ClaimSlot& s = c.slots[i];
        Facet f = base;
        f.value = s.value;
        f.normalized = s.normalized;
        f.value_span = s.span;
        f.slot = s.name;
        if (s.name == "place" || s.name == "date" || s.name == "date_ref") {
          if (s.name == "date" && statement_date && statement_date->span == s.span) continue;
          const ClaimSlot* frame = NearestFrame(c, s.span);
          if (!frame) continue;
          // "Die Sperrung gilt seit Sonntagabend": when a state began, its own question (a
          // start date, not the date of the event itself).
          if (s.name == "date_ref") {
            if (frame->span.empty()) continue;  // a frame inherited from earlier is too loose
            f.slot = "date";
            f.qualifier = "since";
          } else if (s.name == "date" && EndsAState(doc.text, s.span)) {
            // "bleibt bis Ende 2027 geschlossen": when a state ends, not when the event was.
            f.qualifier = "until";
          }
          f.frame = frame->normalized;
          if (f.frame != "event") f.event.clear(), f.event_name.clear();
          // One true answer: the last/first/next meeting, a named event's venue and date, the
          // date of anything but meetings and visits (of which there may be several). Places of
          // other events may be several ("auch in Bremerhaven wurde gestreikt").
          const bool several = f.frame == "meet" || f.frame == "visit";
          f.functional = unique_qualifier || !f.event.empty() || (f.slot == "date" && !several);
          f.key = f.slot + "|" + f.frame + "|" + f.qualifier + "|" + f.event + "|" +
                  (f.functional || !several ? "" : f.tense);
        } else if (s.name == "likelihood") {
          if (!first_frame) continue;
          f.frame = first_frame->normalized;
          const ClaimSlot* of = First(c, "likelihood_of");
          f.functional = true;
          f.key = "likelihood|" + (of ? of->normalized : std::string("occur")) + "|" + f.frame +
                  "|" + (f.frame == "event" ? f.event : "");
        } else if (s.name == "stance") {
          const ClaimSlot* holder = First(c, "holder");
          if (!holder || holder->normalized.empty()) continue;
          f.holder = holder->normalized.starts_with("state:")
                         ? holder->normalized
                         : CanonicalPersonKey(doc, holder->span, holder->normalized);
          f.holder_name = holder->value;
          // The topic ("a meeting", "the closure") is matched like participants: a stance
          // stated without one ("kündigte Widerstand an") fits the holder's stance on any.
          const ClaimSlot* topic = NearestFrame(c, s.span, UINT32_MAX - 2);
          f.frame = topic ? topic->normalized : "";
          f.functional = true;
          f.participants.clear();
          f.participant_names.clear();
          if (!f.frame.empty())
            f.participants.push_back(f.frame), f.participant_names.push_back(f.frame);
          f.key = "stance|" + f.holder;
        } else if (s.name == "number") {
          if (i + 1 >= c.slots.size() || c.slots[i + 1].name != "unit") continue;
          std::string unit = c.slots[i + 1].normalized;
          // "Zwei Menschen starben, mindestens 15 wurden verletzt": a bare figure a few words
          // before a casualty word counts those casualties.
          if (unit.empty()) {
            const ClaimSlot* next = nullptr;
            for (const ClaimSlot& w : c.slots) {
              if (w.name != "what" || !IsCasualty(w.normalized) || w.span.empty() ||
                  w.span.begin < s.span.end || w.span.begin - s.span.end > 24) {
                continue;
              }
              if (!next || w.span.begin < next->span.begin) next = &w;
            }
            if (!next) continue;
            unit = next->normalized;
          }
          f.unit_text = c.slots[i + 1].value;
          std::string casualty;
          for (const ClaimSlot& w : c.slots) {
            if (w.name == "what" && IsCasualty(w.normalized) && casualty.empty())
              casualty = w.normalized;
          }
          // The figure's measure: a casualty count, else its unit. The frame of the clause is
          // matched like participants (an unframed figure fits any), so "52 Millionen Euro
          // gekostet" and "für rund 48 Millionen Euro saniert" still meet.
          bool employs = false;  // "the two hospitals employ 2,400 people": a workforce
          for (const ClaimSlot& w : c.slots)
            employs |= w.name == "what" && w.normalized == "employ";
          std::string topic;
          if (unit == "person" && employs && casualty.empty()) {
            f.measure = "workers";
          } else if (IsCasualty(unit)) {
            f.measure = unit;
          } else if (unit == "person" && !casualty.empty()) {
            f.measure = casualty;
          } else {
            f.measure = unit;
            if (first_frame && !first_frame->span.empty()) topic = first_frame->normalized;
          }
          f.frame = first_frame ? first_frame->normalized : "";
          f.functional = true;
          f.participants.clear();
          f.participant_names.clear();
          if (!topic.empty()) f.participants.push_back(topic), f.participant_names.push_back(topic);
          f.key = "number|" + f.measure + "|" + (f.frame == "event" ? f.event : "");
        } else {
          continue;
        }
        if (f.frame != "meet" && f.slot != "number" && f.slot != "stance") {
          f.participants.clear(), f.participant_names.clear();
        }
        emit(std::move(f));
      }
    }
  }
  NormalizeCompoundUnits(out);
  return out;
}

void NormalizeCompoundUnits(std::vector<Facet>& facets) {
  std::vector<std::string> units;
  for (const Facet& f : facets) {
    if (f.slot == "number" && f.measure.starts_with("n:")) units.push_back(f.measure);
  }
  std::sort(units.begin(), units.end());
  units.erase(std::unique(units.begin(), units.end()), units.end());
  // "n:containerterminal" -> "n:terminal" when the story also counts plain "Terminals".
  std::unordered_map<std::string, std::string> head;
  for (const std::string& u : units) {
    for (const std::string& h : units) {
      if (h.size() >= 7 && h.size() < u.size() &&
          std::string_view(u).substr(2).ends_with(std::string_view(h).substr(2)) &&
          (!head.count(u) || h.size() < head[u].size())) {
        head[u] = h;
      }
    }
  }
  for (Facet& f : facets) {
    auto it = head.find(f.measure);
    if (f.slot != "number" || it == head.end()) continue;
    f.key.replace(f.key.find(f.measure), f.measure.size(), it->second);
    f.measure = it->second;
  }
}

}  // namespace tri::comparison

// Fixtures for the server and browser tests, written for this project: one story whose two
// articles contradict each other (with evidence spans), and articles full of hostile markup
// (script tags, event attributes, javascript: links) in text, title, outlet, URL and entity
// names, so the tests can prove none of it runs.
#pragma once

#include "store/store_testing.h"

namespace tri::server::testing {

using store::testing::AddEntity;
using store::testing::Find;
using store::testing::MakeDoc;
using store::testing::Write;

// The strings a successful attack would set; tests check window.__pwned stays undefined.
inline constexpr const char* kHostileText =
    "Der Bürgermeister sagte: <script>window.__pwned=1</script> Die Brücke "
    "<img src=x onerror=\"window.__pwned=2\"> bleibt gesperrt. "
    "<a href=\"javascript:window.__pwned=3\">Klick</a> \"Wir prüfen alles\", sagte "
    "<b onmouseover=\"window.__pwned=4\">Anna Schmidt</b> am 3. März 2026.";

inline ClaimValue Value(const Document& d, const std::string& value, const std::string& evidence,
                        Modality m = Modality::kAsserted) {
  ClaimValue v;
  v.value = value;
  v.evidence = Find(d.text, evidence);
  v.modality = m;
  return v;
}

inline ChangeSet ContradictionFixture() {
  Document a = MakeDoc(
      "bahn-kurier", "GDL weitet Bahnstreik auf 72 Stunden aus",
      "Die GDL streikt 72 Stunden lang. Fahrgäste müssen bis Sonntag mit Ausfällen rechnen, "
      "sagte GDL-Chef Rainer Voss.",
      "Hauptstadtkurier", "2026-11-18T16:05:00+01:00");
  Document b = MakeDoc("bahn-ledger", "Rail strike to last 48 hours",
                       "The GDL union will strike for 48 hours, its chairman Rainer Voss said. "
                       "About two thirds of long-distance trains may be cancelled.",
                       "Berlin Ledger", "2026-11-18T18:30:00+00:00", "en");
  AddEntity(a, "Rainer Voss", EntityType::kPer, "Rainer Voss");
  AddEntity(b, "Rainer Voss", EntityType::kPer, "Rainer Voss");
  a.timex.push_back(Timex{Find(a.text, "Sonntag"), TimexType::kDate, "2026-11-22"});
  Claim c;
  c.id = "bahn-kurier:c0";
  c.span = Find(a.text, "Die GDL streikt 72 Stunden lang.");
  a.claims.push_back(c);
  Story s;
  s.id = "s-bahnstreik";
  s.title = "Bahnstreik der GDL";
  s.documents = {"bahn-kurier", "bahn-ledger"};
  ComparedClaim k;
  k.id = "k-duration";
  k.statement = "Wie lange dauert der Streik?";
  k.slot = "duration";
  k.values["bahn-kurier"] = Value(a, "72 Stunden", "Die GDL streikt 72 Stunden lang.");
  k.values["bahn-ledger"] = Value(b, "48 hours", "The GDL union will strike for 48 hours");
  k.relation = Relation::kContradicted;
  s.claims.push_back(k);
  s.timeline.push_back(
      TimelineEntry{"2026-11-19", "bahn-kurier", Find(a.text, "Sonntag"), "Sonntag", "event", ""});
  s.timeline.push_back(
      TimelineEntry{"2026-11-18", "bahn-ledger", {}, "published", "publication", ""});
  ChangeSet cs;
  cs.documents = {Write(a, s.id), Write(b, s.id)};
  cs.stories = {s};
  cs.entities = {CanonicalEntity{"e:" + HexId("Rainer Voss"),
                                 "Rainer Voss",
                                 EntityType::kPer,
                                 {"Voss"},
                                 {"GDL-Chef"},
                                 {},
                                 "",
                                 0}};
  return cs;
}

inline ChangeSet HostileFixture() {
  Document d =
      MakeDoc("hostile-1", "<svg onload=\"window.__pwned=5\">Brücke gesperrt</svg>", kHostileText,
              "Evil <i onclick=\"window.__pwned=6\">Times</i>", "2026-03-03T09:00:00+01:00");
  d.meta.url = "javascript:window.__pwned=7";
  d.meta.agency = "<script>window.__pwned=8</script>";
  d.meta.authors = {"<img src=x onerror=\"window.__pwned=9\">"};
  Document e = MakeDoc("hostile-2", "Brücke: Stadt prüft Abriss",
                       "Die Stadt prüft den Abriss der Brücke, sagte Anna Schmidt.", "Stadtblatt",
                       "2026-03-04");
  EntityMention m;
  m.span = Find(d.text, "<b onmouseover=\"window.__pwned=4\">Anna Schmidt</b>");
  m.type = EntityType::kPer;
  m.canonical = "<b onmouseover=\"window.__pwned=10\">Anna Schmidt</b>";
  m.canonical_id = "e:hostile";
  d.entities.push_back(m);
  d.timex.push_back(Timex{Find(d.text, "3. März 2026"), TimexType::kDate, "2026-03-03"});
  Quote q;
  q.span = Find(d.text, "\"Wir prüfen alles\"");
  q.content = q.span;
  q.speaker = "<script>window.__pwned=11</script>";
  d.quotes.push_back(q);
  Claim c;
  c.id = "hostile-1:c0";
  c.span = Find(d.text, "<script>window.__pwned=1</script> Die Brücke");
  c.modality = Modality::kHedged;
  d.claims.push_back(c);
  Story s;
  s.id = "s-hostile";
  s.title = "<img src=x onerror=\"window.__pwned=12\">Brücke";
  s.documents = {"hostile-1", "hostile-2"};
  ComparedClaim k;
  k.id = "k-hostile";
  k.statement = "<script>window.__pwned=13</script>Bleibt die Brücke gesperrt?";
  k.slot = "<b>status</b>";
  k.values["hostile-1"] = Value(d, "<a href=\"javascript:window.__pwned=14\">gesperrt</a>",
                                "<img src=x onerror=\"window.__pwned=2\">");
  k.values["hostile-2"] =
      Value(e, "Abriss", "Die Stadt prüft den Abriss der Brücke", Modality::kHedged);
  k.relation = Relation::kContradicted;
  k.note = "<iframe src=\"javascript:window.__pwned=15\"></iframe>";
  s.claims.push_back(k);
  s.timeline.push_back(TimelineEntry{"2026-03-03", "hostile-1", c.span,
                                     "<script>window.__pwned=16</script>", "event",
                                     "<img src=x onerror=\"window.__pwned=17\">"});
  s.sourcing.flags = {"<script>window.__pwned=18</script>"};
  ChangeSet cs;
  cs.documents = {Write(d, s.id), Write(e, s.id)};
  cs.stories = {s};
  cs.entities = {CanonicalEntity{"e:hostile",
                                 m.canonical,
                                 EntityType::kPer,
                                 {"<svg onload=window.__pwned=19>"},
                                 {},
                                 {},
                                 "",
                                 0}};
  return cs;
}

}  // namespace tri::server::testing

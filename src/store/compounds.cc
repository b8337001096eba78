// German compound splitting for search: two cheap, high-precision cues instead of a full
// dictionary. (1) Linking elements after typical noun suffixes ("Regierungs|sprecher",
// "Sicherheits|rat", "Wirtschafts|minister") mark a boundary almost always. (2) A short list of
// frequent news nouns, written for this project, found at the start or end of a longer word
// ("Bahn|streik", "Atom|gipfel"). Words shorter than 7 characters are never split.
#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "store/search_text.h"

namespace tri::store {
namespace {

constexpr std::array<std::string_view, 9> kLinkMarkers = {
    "ungs", "heits", "keits", "schafts", "tions", "itäts", "ings", "sions", "tums"};

// Frequent parts of German news compounds (lower case). Kept to nouns of four or more letters
// so that short words do not split ordinary vocabulary.
constexpr std::array<std::string_view, 157> kParts = {
    "abgeordnete",  "abkommen",      "abriss",      "agentur",       "angebot",     "angriff",
    "anlage",       "anschlag",      "arbeit",      "arbeiter",      "armee",       "atom",
    "ausfall",      "ausfälle",      "ausschuss",   "autobahn",      "bahn",        "bank",
    "bericht",      "besuch",        "betrieb",     "brand",         "brücke",      "bund",
    "bürger",       "chef",          "chefin",      "demonstration", "energie",     "ermittler",
    "ermittlung",   "ermittlungen",  "experte",     "experten",      "fabrik",      "fahrer",
    "fahrgast",     "fahrgäste",     "feuer",       "feuerwehr",     "firma",       "flughafen",
    "flüchtling",   "flüchtlinge",   "forscher",    "fraktion",      "frieden",     "frist",
    "führer",       "gebäude",       "gehalt",      "gericht",       "gesetz",      "gesundheit",
    "gewerkschaft", "gipfel",        "grenze",      "halle",         "handel",      "hafen",
    "haushalt",     "hilfe",         "hochwasser",  "index",         "inflation",   "kanzler",
    "kanzlerin",    "klage",         "klima",       "klinik",        "koalition",   "kommission",
    "konferenz",    "konflikt",      "konzern",     "kosten",        "krankenhaus", "krieg",
    "krise",        "lager",         "lehrer",      "leitung",       "lohn",        "löhne",
    "markt",        "meister",       "miete",       "mieten",        "militär",     "minister",
    "ministerin",   "ministerium",   "nachrichten", "opfer",         "opposition",  "paket",
    "parlament",    "partei",        "pflege",      "plan",          "politik",     "politiker",
    "polizei",      "polizist",      "preis",       "preise",        "präsident",   "präsidentin",
    "programm",     "projekt",       "protest",     "proteste",      "prozess",     "rakete",
    "raketen",      "reform",        "regierung",   "reise",         "rente",       "schaden",
    "schule",       "schüler",       "sender",      "sitzung",       "soldaten",    "sperrung",
    "sprecher",     "sprecherin",    "staat",       "stadt",         "steuer",      "streik",
    "streit",       "strom",         "studie",      "sturm",         "tarif",       "tisch",
    "treffen",      "truppen",       "unfall",      "urteil",        "verband",     "verfahren",
    "verhandlung",  "verhandlungen", "verkehr",     "vertrag",       "waffen",      "wahl",
    "wahlen",       "werk",          "wirtschaft",  "wohnung",       "zeitung",     "zinsen",
    "zölle"};

size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

bool Splittable(std::string_view w) { return CodePoints(w) >= 7; }

// One split into head and tail, or false.
bool SplitOnce(std::string_view w, std::string& head, std::string& tail) {
  for (std::string_view m : kLinkMarkers) {
    for (size_t p = w.find(m, 3); p != std::string_view::npos; p = w.find(m, p + 1)) {
      const size_t cut = p + m.size();
      if (w.size() - cut >= 3) {
        head = std::string(w.substr(0, cut - 1));  // drop the linking "s"
        tail = std::string(w.substr(cut));
        return true;
      }
    }
  }
  std::string_view best_tail, best_head;
  for (std::string_view part : kParts) {
    if (w.size() >= part.size() + 3 && w.ends_with(part) && part.size() > best_tail.size())
      best_tail = part;
    if (w.size() >= part.size() + 4 && w.starts_with(part) && part.size() > best_head.size())
      best_head = part;
  }
  if (!best_tail.empty() && best_tail.size() >= best_head.size()) {
    head = std::string(w.substr(0, w.size() - best_tail.size()));
    tail = std::string(best_tail);
    return true;
  }
  if (!best_head.empty()) {
    head = std::string(best_head);
    size_t cut = best_head.size();
    if (w.size() - cut > 4 && w[cut] == 's') ++cut;  // "Atoms|gipfel" style linking s
    tail = std::string(w.substr(cut));
    return true;
  }
  return false;
}

void SplitInto(std::string_view w, int depth, std::vector<std::string>& out) {
  std::string head, tail;
  if (depth < 3 && Splittable(w) && SplitOnce(w, head, tail)) {
    SplitInto(head, depth + 1, out);
    SplitInto(tail, depth + 1, out);
  } else {
    out.emplace_back(w);
  }
}

}  // namespace

std::vector<std::string> SplitCompound(std::string_view lowered) {
  std::vector<std::string> parts;
  SplitInto(lowered, 0, parts);
  if (parts.size() < 2) return {};
  return parts;
}

}  // namespace tri::store

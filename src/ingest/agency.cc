// Agencies and author names: the vocabulary of credits and bylines.
#include <algorithm>

#include "ingest/lines.h"
#include "ingest/text_util.h"

namespace tri::ingest {
namespace {

struct AgencyEntry {
  std::string_view key;   // lower case, as written in credits
  std::string_view name;  // how we report it
};

// Text agencies (wire services). Photo-only agencies (picture alliance, imago, Getty,
// ZUMAPRESS) are deliberately absent: they never make a text agency copy.
constexpr AgencyEntry kAgencies[] = {{"dpa", "dpa"},
                                     {"dpa-afx", "dpa-AFX"},
                                     {"afp", "AFP"},
                                     {"reuters", "Reuters"},
                                     {"rtr", "Reuters"},
                                     {"ap", "AP"},
                                     {"kna", "KNA"},
                                     {"epd", "epd"},
                                     {"sid", "SID"},
                                     {"apa", "APA"},
                                     {"sda", "SDA"},
                                     {"keystone-sda", "Keystone-SDA"},
                                     {"dts", "dts"},
                                     {"ddp", "ddp"},
                                     {"dapd", "dapd"},
                                     {"afx", "AFX"},
                                     {"bloomberg", "Bloomberg"},
                                     {"xinhua", "Xinhua"},
                                     {"ansa", "ANSA"},
                                     {"efe", "EFE"},
                                     {"kyodo", "Kyodo"},
                                     {"yonhap", "Yonhap"},
                                     {"tass", "TASS"},
                                     {"upi", "UPI"},
                                     {"kathpress", "Kathpress"},
                                     {"belga", "Belga"},
                                     {"anp", "ANP"},
                                     {"pap", "PAP"},
                                     {"ctk", "ČTK"},
                                     {"dpa-infocom", "dpa"},
                                     {"afp/dpa", "AFP/dpa"}};

constexpr std::pair<std::string_view, std::string_view> kAgencyPhrases[] = {
    {"associated press", "AP"},
    {"agence france-presse", "AFP"},
    {"agence france presse", "AFP"},
    {"deutsche presse-agentur", "dpa"},
    {"deutschen presse-agentur", "dpa"},
    {"evangelischer pressedienst", "epd"},
    {"evangelischen pressedienst", "epd"},
    {"katholische nachrichten-agentur", "KNA"},
    {"katholischen nachrichten-agentur", "KNA"},
    {"thomson reuters", "Reuters"},
    {"press association", "PA"},
    {"pa media", "PA"}};

bool IsNameParticle(std::string_view w) {
  static constexpr std::string_view kParticles[] = {"von", "van", "de",  "der", "den", "zu", "da",
                                                    "di",  "le",  "la",  "bin", "al",  "el", "del",
                                                    "dos", "du",  "ten", "ter", "vom", "y"};
  return std::find(std::begin(kParticles), std::end(kParticles), w) != std::end(kParticles);
}

bool StartsUpper(std::string_view w) {
  if (w.empty()) return false;
  const auto c = static_cast<unsigned char>(w[0]);
  if (c >= 'A' && c <= 'Z') return true;
  // Latin-1 capitals (U+00C0..U+00DE) and Latin Extended-A (assume a capital; names rarely
  // start with ł or ś).
  if (c == 0xC3 && w.size() > 1) return static_cast<unsigned char>(w[1]) <= 0x9E;
  return c == 0xC4 || c == 0xC5;
}

bool IsRoleWord(std::string_view lower) {
  static constexpr std::string_view kRoles[] = {
      "redakteur",   "redakteurin", "korrespondent", "korrespondentin",
      "reporter",    "reporterin",  "correspondent", "staff",
      "editor",      "redaktion",   "team",          "autor",
      "autorin",     "author",      "online",        "newsroom",
      "nachrichten", "news",        "desk",          "writer",
      "contributor", "gast",        "kommentar",     "analyse",
      "ein",         "eine",        "text",          "fotos",
      "foto",        "und",         "and",           "mit"};
  return std::find(std::begin(kRoles), std::end(kRoles), lower) != std::end(kRoles);
}

}  // namespace

std::string AgencyName(std::string_view token) {
  std::string t = AsciiLower(Trim(token));
  while (!t.empty() && (t.back() == '.' || t.back() == ')' || t.back() == ':')) t.pop_back();
  while (!t.empty() && t.front() == '(') t.erase(t.begin());
  for (const AgencyEntry& e : kAgencies) {
    if (t == e.key) return std::string(e.name);
  }
  for (const auto& [phrase, name] : kAgencyPhrases) {
    if (t == phrase) return std::string(name);
  }
  return "";
}

std::string AgenciesIn(std::string_view credit) {
  std::vector<std::string> found;
  auto add = [&](std::string name) {
    if (!name.empty() && std::find(found.begin(), found.end(), name) == found.end()) {
      found.push_back(std::move(name));
    }
  };
  const std::string lower = AsciiLower(credit);
  std::vector<std::pair<size_t, std::string>> hits;
  for (const auto& [phrase, name] : kAgencyPhrases) {
    const size_t at = lower.find(phrase);
    if (at != std::string::npos) hits.emplace_back(at, std::string(name));
  }
  std::string token;
  size_t token_start = 0;
  for (size_t i = 0; i <= credit.size(); ++i) {
    const char c = i < credit.size() ? credit[i] : ' ';
    if (IsAsciiAlnum(c) || c == '-' || static_cast<unsigned char>(c) >= 0x80) {
      if (token.empty()) token_start = i;
      token += c;
      continue;
    }
    if (!token.empty()) {
      std::string name = AgencyName(token);
      if (!name.empty()) hits.emplace_back(token_start, std::move(name));
      token.clear();
    }
  }
  std::stable_sort(hits.begin(), hits.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  for (auto& [at, name] : hits) add(std::move(name));
  std::string out;
  for (const std::string& a : found) out += (out.empty() ? "" : "/") + a;
  return out;
}

std::vector<std::string> SplitAuthors(std::string_view text) {
  std::string s = CollapseWhitespace(text);
  // Cut at what follows the names: separators, dates, agency material, roles in parentheses.
  for (std::string_view stop :
       {" | ", " - ", " – ", " — ", " • ", " · ", "(", " mit Material", " with ", " am ", " on ",
        " Published", " Updated", " Stand", " Veröffentlicht", " Aktualisiert", "\n", ":"}) {
    const size_t at = s.find(stop);
    if (at != std::string::npos) s.resize(at);
  }
  std::string_view rest = Trim(s);
  for (std::string_view prefix :
       {"von ", "by ", "text von ", "text: ", "autor: ", "autorin: ", "author: ", "written by ",
        "posted by ", "ein kommentar von ", "eine analyse von ", "ein gastbeitrag von ",
        "interview: ", "reporting by ", "story by "}) {
    if (StartsWithNoCase(rest, prefix)) {
      rest = Trim(rest.substr(prefix.size()));
      break;
    }
  }
  // Split on commas, semicolons, "und", "and", "&".
  std::vector<std::string> pieces;
  std::string cur;
  std::string_view r = rest;
  while (!r.empty()) {
    bool split = false;
    for (std::string_view sep : {", ", "; ", " und ", " and ", " & ", " u. "}) {
      if (StartsWith(r, sep)) {
        pieces.push_back(cur);
        cur.clear();
        r.remove_prefix(sep.size());
        split = true;
        break;
      }
    }
    if (split) continue;
    cur += r.front();
    r.remove_prefix(1);
  }
  pieces.push_back(cur);
  std::vector<std::string> names;
  for (const std::string& p : pieces) {
    std::string_view name = Trim(p);
    while (!name.empty() && (name.back() == ',' || name.back() == ';' || name.back() == '.')) {
      name = Trim(name.substr(0, name.size() - 1));
    }
    if (name.empty() || name.size() > 60 || !AgencyName(name).empty()) continue;
    std::vector<std::string> words = SplitTrimmed(name, ' ');
    if (words.size() < 2 || words.size() > 5) continue;
    bool ok = true;
    int capitals = 0;
    for (const std::string& w : words) {
      const std::string lw = AsciiLower(w);
      if (std::any_of(w.begin(), w.end(), IsAsciiDigit) || IsRoleWord(lw) ||
          w.find('@') != std::string::npos || w.find('/') != std::string::npos) {
        ok = false;
        break;
      }
      if (StartsUpper(w)) {
        ++capitals;
      } else if (!IsNameParticle(lw)) {
        ok = false;
        break;
      }
    }
    if (ok && capitals >= 2) names.emplace_back(name);
  }
  return names;
}

}  // namespace tri::ingest

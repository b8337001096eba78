// The vocabulary of metadata lines for the line classifier (lines.cc): photo-credit prefixes,
// the words a date line may hold besides its date, and lines made only of agency credits.
#include <string>
#include <string_view>

#include "ingest/lines.h"
#include "ingest/lines_internal.h"
#include "ingest/text_util.h"

namespace tri::ingest::lines_detail {
namespace {

// Words that may surround a date in a date line without making it body text.
bool IsDateLineWord(std::string_view w) {
  return OneOf(w, {"stand",
                   "veröffentlicht",
                   "veroeffentlicht",
                   "am",
                   "um",
                   "aktualisiert",
                   "zuletzt",
                   "published",
                   "updated",
                   "posted",
                   "on",
                   "at",
                   "erstellt",
                   "datum",
                   "date",
                   "erschienen",
                   "publiziert",
                   "uhr",
                   "last",
                   "modified",
                   "geändert",
                   "first",
                   "von",
                   "by",
                   "mez",
                   "mesz",
                   "cet",
                   "cest",
                   "gmt",
                   "utc",
                   "et",
                   "est",
                   "edt",
                   "bst",
                   "artikel",
                   "anhören",
                   "lesezeit",
                   "min",
                   "minuten",
                   "minutes",
                   "read",
                   "montag",
                   "dienstag",
                   "mittwoch",
                   "donnerstag",
                   "freitag",
                   "samstag",
                   "sonntag",
                   "monday",
                   "tuesday",
                   "wednesday",
                   "thursday",
                   "friday",
                   "saturday",
                   "sunday",
                   "mo",
                   "di",
                   "mi",
                   "do",
                   "fr",
                   "sa",
                   "so",
                   "mon",
                   "tue",
                   "wed",
                   "thu",
                   "fri",
                   "sat",
                   "sun",
                   "veröffentlichung",
                   "aktualisierung",
                   "update",
                   "seit",
                   "und",
                   "and",
                   "news",
                   "|",
                   "-",
                   "·",
                   "•",
                   "/",
                   "–",
                   "—",
                   "audio",
                   "vorlesen",
                   "teilen",
                   "share",
                   "kommentare",
                   "comments"});
}

}  // namespace

bool IsCreditPrefix(std::string_view lower, size_t& len) {
  for (std::string_view p :
       {"foto:",       "fotos:",       "bild:",         "bilder:",     "photo:",        "photos:",
        "image:",      "grafik:",      "illustration:", "bildquelle:", "bildnachweis:", "credit:",
        "photograph:", "foto/grafik:", "titelbild:",    "foto ",       "fotos ",        "bild ",
        "©",           "(c) ",         "copyright "}) {
    if (StartsWith(lower, p)) {
      len = p.size();
      return true;
    }
  }
  return false;
}

// Words of `s` that are not date-line vocabulary (numbers count as vocabulary).
int ForeignWords(std::string_view s) {
  int n = 0;
  for (const std::string& w : SplitTrimmed(AsciiLower(s), ' ')) {
    std::string t = w;
    while (!t.empty() && (t.back() == ':' || t.back() == ',' || t.back() == '.')) t.pop_back();
    if (t.empty() || IsAsciiDigit(t[0]) || IsDateLineWord(t)) continue;
    ++n;
  }
  return n;
}

// A line made only of agency names, author initials and credit words: "(dpa)", "dpa/AFP",
// "jok/dpa", "Mit Material von dpa und AFP", "© dpa-infocom, dpa:251027-930-1/2".
bool IsAgencyOnly(std::string_view line, std::string& agency) {
  agency = AgenciesIn(line);
  if (agency.empty()) return false;
  std::string word;
  int other = 0;
  for (size_t i = 0; i <= line.size(); ++i) {
    const char c = i < line.size() ? line[i] : ' ';
    if (IsAsciiAlnum(c) || c == '-' || static_cast<unsigned char>(c) >= 0x80) {
      word += c;
      continue;
    }
    if (c == ':' && !word.empty() && AsciiLower(word) == "dpa") {  // "dpa:251027-930-..."
      word.clear();
      while (i + 1 < line.size() && !IsAsciiSpace(line[i + 1])) ++i;
      continue;
    }
    if (word.empty()) continue;
    const std::string lw = AsciiLower(word);
    const bool initials = word.size() <= 4 && std::all_of(word.begin(), word.end(), [](char ch) {
                            return ch >= 'a' && ch <= 'z';
                          });
    if (AgencyName(word).empty() && !initials &&
        !OneOf(lw, {"mit",
                    "material",
                    "von",
                    "der",
                    "den",
                    "nachrichtenagentur",
                    "nachrichtenagenturen",
                    "agentur",
                    "agenturen",
                    "und",
                    "and",
                    "with",
                    "from",
                    "material",
                    "infocom",
                    "dpa-infocom",
                    "quelle",
                    "quellen",
                    "source",
                    "sources",
                    "nach",
                    "angaben",
                    "laut",
                    "berichten",
                    "unter",
                    "verwendung",
                    "news",
                    "wires",
                    "additional",
                    "reporting",
                    "by",
                    "contributed",
                    "to",
                    "this",
                    "report"})) {
      ++other;
    }
    word.clear();
  }
  return other == 0;
}

}  // namespace tri::ingest::lines_detail

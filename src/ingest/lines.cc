#include "ingest/lines.h"

#include <algorithm>

#include "ingest/text_util.h"

namespace tri::ingest {
namespace {

bool OneOf(std::string_view s, std::initializer_list<std::string_view> list) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

std::string StripEnds(std::string_view s) {
  s = Trim(s);
  while (!s.empty() && (s.back() == ':' || s.back() == '.' || s.back() == '!' || s.back() == ')' ||
                        s.back() == '>' || s.back() == ' ')) {
    s.remove_suffix(1);
  }
  while (!s.empty() && (s.front() == '(' || s.front() == '>' || s.front() == ' '))
    s.remove_prefix(1);
  return AsciiLower(s);
}

// Exact texts of widgets, share bars, teaser headings and ad labels.
bool IsBoilerplateText(std::string_view lower) {
  return OneOf(lower, {"artikel anhören",
                       "anhören",
                       "audio",
                       "vorlesen",
                       "artikel vorlesen",
                       "beitrag anhören",
                       "seite vorlesen",
                       "teilen",
                       "artikel teilen",
                       "beitrag teilen",
                       "share",
                       "share this",
                       "share this article",
                       "share article",
                       "mehr zum thema",
                       "zum thema",
                       "lesen sie auch",
                       "lesen sie mehr",
                       "auch interessant",
                       "das könnte sie auch interessieren",
                       "das könnte sie auch interessieren",
                       "weitere artikel",
                       "verwandte artikel",
                       "ähnliche artikel",
                       "zur startseite",
                       "zurück zur startseite",
                       "related",
                       "related articles",
                       "related stories",
                       "related posts",
                       "read more",
                       "read next",
                       "more on this story",
                       "anzeige",
                       "werbung",
                       "advertisement",
                       "sponsored",
                       "kommentare",
                       "kommentar hinterlassen",
                       "kommentar schreiben",
                       "leave a comment",
                       "leave a reply",
                       "comments",
                       "newsletter",
                       "drucken",
                       "print",
                       "e-mail",
                       "email",
                       "mail",
                       "whatsapp",
                       "facebook",
                       "twitter",
                       "linkedin",
                       "pinterest",
                       "xing",
                       "telegram",
                       "weiterlesen",
                       "mehr lesen",
                       "mehr anzeigen",
                       "nach oben",
                       "back to top",
                       "bildergalerie",
                       "merken",
                       "artikel merken",
                       "jetzt abonnieren",
                       "abonnieren",
                       "subscribe",
                       "copy link",
                       "link kopieren",
                       "schriftgröße",
                       "zum artikel",
                       "zur übersicht",
                       "zurück zur übersicht",
                       "mehr artikel",
                       "alle artikel",
                       "mehr news",
                       "top-themen",
                       "meistgelesen",
                       "meistgelesene artikel",
                       "empfehlungen",
                       "zum kommentar",
                       "inhaltsverzeichnis",
                       "hören",
                       "listen",
                       "listen to this article",
                       "play",
                       "bild vergrößern",
                       "vergrößern",
                       "galerie öffnen",
                       "video abspielen",
                       "beitragsbild",
                       "titelbild",
                       "gefällt ihnen dieser artikel",
                       "themen im artikel",
                       "themen in diesem artikel",
                       "quellen ausblenden",
                       "quellen anzeigen",
                       "noch keine bewertungen",
                       "artikel bewerten",
                       "war dieser artikel hilfreich",
                       "über den autor",
                       "über die autorin",
                       "zum autor",
                       "zur autorin",
                       "about the author",
                       "teilen sie diesen artikel",
                       "share this story",
                       "jetzt kommentieren",
                       "kommentar verfassen",
                       "diskutieren sie mit",
                       "weiterführende links",
                       "schlagwörter",
                       "tags",
                       "schlagworte",
                       "stichwörter",
                       "mehr aus diesem ressort",
                       "sign up",
                       "newsletter abonnieren",
                       "zum newsletter",
                       "mehr erfahren",
                       "learn more"});
}

// Prefixes of short teaser/widget lines ("Lesen Sie auch: ...", "Mehr zum Thema: ...").
bool HasBoilerplatePrefix(std::string_view lower) {
  for (std::string_view p : {"lesen sie auch:",
                             "lesen sie auch ",
                             "mehr zum thema:",
                             "auch interessant:",
                             "read more:",
                             "related:",
                             "see also:",
                             "siehe auch:",
                             "zum thema:",
                             "mehr dazu:",
                             "mehr dazu lesen",
                             "hier geht es zum",
                             "hier geht's zum",
                             "anzeige:",
                             "anzeige |",
                             "werbung:",
                             "listen to this article",
                             "artikel anhören",
                             "hören sie",
                             "lesezeit:",
                             "lesezeit ",
                             "reading time",
                             "min read",
                             "alle rechte vorbehalten",
                             "all rights reserved",
                             "jetzt teilen",
                             "teilen:",
                             "share:",
                             "folgen sie uns",
                             "follow us",
                             "mehr aus dem ressort",
                             "mehr aus der rubrik",
                             "weitere meldungen",
                             "diesen artikel teilen",
                             "dieser beitrag enthält",
                             "dieser artikel enthält",
                             "anzeige,",
                             "werbung,",
                             "this post contains",
                             "this post may contain",
                             "this article contains affiliate",
                             "bei den verlinkungen handelt",
                             "*affiliate",
                             "affiliate-link",
                             "never miss the latest",
                             "sign up for our newsletter",
                             "subscribe to our newsletter",
                             "melden sie sich für",
                             "abonnieren sie unseren",
                             "photo credit",
                             "crédits photos",
                             "bildnachweis",
                             "bildquelle",
                             "tags:",
                             "schlagwörter:",
                             "schlagworte:",
                             "themen:",
                             "kategorie:",
                             "kategorien:",
                             "categories:",
                             "filed under"}) {
    if (StartsWith(lower, p)) return true;
  }
  return false;
}

// "26.08.2025 | 0:23 min", "Video | 02:31 Min." anywhere: a video teaser or caption.
bool HasVideoDuration(std::string_view lower) {
  for (size_t i = 0; i + 5 < lower.size(); ++i) {
    if (!IsAsciiDigit(lower[i]) || (i > 0 && IsAsciiDigit(lower[i - 1]))) continue;
    size_t k = i;
    while (k < lower.size() && IsAsciiDigit(lower[k])) ++k;
    if (k - i > 2 || k >= lower.size() || lower[k] != ':') continue;
    size_t m = k + 1;
    while (m < lower.size() && IsAsciiDigit(lower[m])) ++m;
    if (m - k - 1 != 2) continue;
    if (m + 3 < lower.size() && lower[m] == ':' && IsAsciiDigit(lower[m + 1])) m += 3;
    while (m < lower.size() && lower[m] == ' ') ++m;
    if (StartsWith(lower.substr(m), "min") || StartsWith(lower.substr(m), "std") ||
        StartsWith(lower.substr(m), "sek")) {
      return true;
    }
  }
  return false;
}

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

}  // namespace

LineInfo ClassifyLine(std::string_view raw, bool english) {
  LineInfo info;
  const std::string_view line = Trim(raw);
  if (line.empty()) return info;
  const size_t cps = CodePointCount(line);
  const std::string lower = AsciiLower(line);
  const std::string stripped = StripEnds(line);

  if (cps <= 80 && (IsBoilerplateText(stripped) || HasBoilerplatePrefix(lower))) {
    info.kind = LineKind::kBoilerplate;
    return info;
  }
  if (cps <= 400 && HasVideoDuration(lower)) {
    info.kind = LineKind::kCaption;
    info.caption = std::string(line);
    return info;
  }
  size_t prefix_len = 0;
  const std::string_view unparen =
      line.front() == '(' && line.back() == ')' ? Trim(line.substr(1, line.size() - 2)) : line;
  const std::string unparen_lower = AsciiLower(unparen);
  if (cps <= 160 && IsCreditPrefix(unparen_lower, prefix_len)) {
    std::string agency;
    if (StartsWith(unparen_lower, "©") && IsAgencyOnly(unparen.substr(prefix_len), agency) &&
        unparen_lower.find("dpa-infocom") != std::string::npos) {
      info.kind = LineKind::kAgency;
      info.agency = agency;
      return info;
    }
    info.kind = LineKind::kCredit;
    info.credit = std::string(Trim(unparen.substr(prefix_len)));
    return info;
  }
  if (cps <= 160) {
    for (std::string_view q : {"quelle:", "quellen:", "source:", "sources:"}) {
      if (!StartsWith(unparen_lower, q)) continue;
      const std::string_view rest = Trim(unparen.substr(q.size()));
      // "Quelle: Evan Vucci/AP/dpa" credits a person and photo agencies: a photo credit.
      // "Quelle: ntv.de, hny/dpa" names an outlet or editor initials: the text's source.
      const bool outlet = rest.find(".de") != std::string_view::npos ||
                          rest.find(".com") != std::string_view::npos ||
                          rest.find(".at") != std::string_view::npos ||
                          rest.find(".ch") != std::string_view::npos ||
                          rest.find(',') != std::string_view::npos;
      const auto names = SplitAuthors(rest.substr(0, rest.find('/')));
      if (!outlet && !names.empty() && rest.find('/') != std::string_view::npos) {
        info.kind = LineKind::kCredit;
        info.credit = std::string(rest);
        return info;
      }
      info.kind = LineKind::kAgency;
      info.agency = AgenciesIn(rest);
      // The first part names the site when it is a domain: "ntv.de" of "ntv.de, hny/dpa".
      const std::string_view site = Trim(rest.substr(0, std::min(rest.find(','), rest.find('/'))));
      const size_t dot = site.rfind('.');
      if (dot != std::string_view::npos && dot > 0 && site.size() - dot >= 3 && site.size() <= 40 &&
          site.find(' ') == std::string_view::npos) {
        info.outlet = std::string(site);
      }
      return info;
    }
    std::string agency;
    if (cps <= 100 && IsAgencyOnly(line, agency)) {
      info.kind = LineKind::kAgency;
      info.agency = agency;
      return info;
    }
  }
  // Bylines, possibly with a date: "Von Anna Schmidt | 27.10.2025, 14:11 Uhr".
  if (cps <= 160) {
    for (std::string_view p : {"von ", "by ", "text von ", "text: ", "autor: ", "autorin: ",
                               "author: ", "written by ", "posted by ", "ein kommentar von ",
                               "eine analyse von ", "ein gastbeitrag von ", "reporting by "}) {
      if (!StartsWith(lower, p)) continue;
      std::vector<std::string> names = SplitAuthors(line);
      std::string agency;
      const size_t material = lower.find("material");
      if (material != std::string::npos) agency = AgenciesIn(line.substr(material));
      std::optional<TextDate> date = FindTextDate(line, english);
      if (names.empty() && agency.empty()) {
        agency = AgenciesIn(line.substr(p.size()));
        // "von eseppelt · 31. Oktober 2023": a user name and a date still make a byline.
        if (agency.empty() && !date) break;
        if (!agency.empty() && CodePointCount(line) > 40) break;
        if (date) {
          std::string_view who =
              Trim(line.substr(p.size(), date->begin > p.size() ? date->begin - p.size() : 0));
          while (!who.empty() && !IsAsciiAlnum(who.back()) &&
                 static_cast<unsigned char>(who.back()) < 0x80) {
            who.remove_suffix(1);
          }
          who = Trim(who);
          if (!who.empty() && who.find(' ') == std::string_view::npos &&
              CodePointCount(who) <= 30) {
            names.emplace_back(who);
          }
        }
      }
      info.kind = LineKind::kByline;
      info.authors = std::move(names);
      info.agency = std::move(agency);
      info.date = date;
      return info;
    }
  }
  if (cps <= 140) {
    if (auto d = FindTextDate(line, english)) {
      const std::string_view before = line.substr(0, d->begin);
      const std::string_view after = line.substr(d->end);
      // A date line is the date plus labels; one stray word is tolerated after the date
      // ("27.10.2025 Politik"), none before it ("Wahl am 3. November 2025" is a headline).
      // "Posted on October 27, 2025 by Jane Doe": a date line that names its author.
      std::vector<std::string> trailing_authors;
      const std::string_view after_trim = Trim(after);
      if (StartsWithNoCase(after_trim, "by ") || StartsWithNoCase(after_trim, "von ")) {
        trailing_authors = SplitAuthors(after_trim);
      }
      if (ForeignWords(before) == 0 && !trailing_authors.empty()) {
        info.kind = LineKind::kByline;
        info.authors = std::move(trailing_authors);
        info.date = d;
        return info;
      }
      if (ForeignWords(before) == 0 && ForeignWords(after) <= 1) {
        info.kind = LineKind::kDateLine;
        info.date = d;
        const std::string lb = AsciiLower(before);
        info.modified = lb.find("aktualisiert") != std::string::npos ||
                        lb.find("updated") != std::string::npos ||
                        lb.find("geändert") != std::string::npos ||
                        lb.find("modified") != std::string::npos;
        return info;
      }
    }
  }
  // A caption with its credit at the end: "... (Archivbild) Quelle: Evan Vucci/AP/dpa",
  // "... (Foto: picture alliance / ZUMAPRESS.com)".
  for (std::string_view marker : {" Quelle: ", " Foto: ", " Bild: ", " Fotos: ", " Photo: ",
                                  " (Foto: ", " (Bild: ", " Credit: ", " Image: ", " ©"}) {
    const size_t at = line.rfind(marker);
    if (at == std::string_view::npos || at < 20) continue;
    std::string_view credit = Trim(line.substr(at + marker.size()));
    if (!credit.empty() && credit.back() == ')') credit.remove_suffix(1);
    if (CodePointCount(credit) > 80 || credit.find(". ") != std::string_view::npos) continue;
    info.kind = LineKind::kCaption;
    info.caption = std::string(Trim(line.substr(0, at)));
    info.credit = std::string(Trim(credit));
    return info;
  }
  return info;
}

std::optional<TextDate> LeadingDate(std::string_view paragraph, bool english) {
  // "Musterstadt, 17.08.2025 – Der Rat ...", "BERLIN, 3. November 2025: ...": a press-release
  // dateline: a place, a comma, the date, then a dash or colon.
  const size_t comma = paragraph.find(',');
  if (comma == std::string_view::npos || comma == 0 || comma > 40) return std::nullopt;
  for (char c : paragraph.substr(0, comma)) {
    if (IsAsciiDigit(c) || c == '.' || c == ':') return std::nullopt;
  }
  const std::string_view rest = paragraph.substr(comma + 1, 60);
  auto d = FindTextDate(rest, english);
  if (!d || !Trim(rest.substr(0, d->begin)).empty()) return std::nullopt;
  const std::string_view after = Trim(rest.substr(d->end));
  if (!(StartsWith(after, "-") || StartsWith(after, ":") || StartsWith(after, "\xE2\x80\x93") ||
        StartsWith(after, "\xE2\x80\x94") || StartsWith(after, "("))) {
    return std::nullopt;
  }
  return d;
}

std::string LeadingAgency(std::string_view paragraph) {
  // "Berlin (dpa) - ...", "WASHINGTON (AP) — ...", "Kiew/Moskau (dpa/AFP) ..."
  const size_t open = paragraph.find('(');
  if (open == std::string_view::npos || open == 0 || open > 60) return "";
  const size_t close = paragraph.find(')', open);
  if (close == std::string_view::npos || close - open > 30) return "";
  for (char c : paragraph.substr(0, open)) {
    if (c == '.' || c == ',' || c == '"' || c == ':') return "";
  }
  std::string agency;
  if (!IsAgencyOnly(paragraph.substr(open + 1, close - open - 1), agency)) return "";
  return agency;
}

std::optional<TextDate> DateFirstLine(std::string_view line, bool english) {
  if (CodePointCount(line) > 100) return std::nullopt;
  auto d = FindTextDate(line, english);
  if (!d || ForeignWords(line.substr(0, d->begin)) != 0) return std::nullopt;
  const std::string_view after = Trim(line.substr(d->end));
  if (after.find(". ") != std::string_view::npos || (!after.empty() && after.back() == '.') ||
      ForeignWords(after) > 5) {
    return std::nullopt;
  }
  return d;
}

}  // namespace tri::ingest

// The line classifier: one line of article text -> body, date line, credit, byline, caption or
// boilerplate, from the vocabulary in lines_vocab.cc and lines_boilerplate.cc.
#include "ingest/lines.h"

#include <algorithm>

#include "ingest/lines_internal.h"
#include "ingest/text_util.h"

namespace tri::ingest {

using namespace lines_detail;  // NOLINT: the classifier's own parts

namespace {

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

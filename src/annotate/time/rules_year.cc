// Rules for years ("2019", "Jahr 1917", "490 v. Chr.", "2017-2021", "1934/35"), decades
// ("1930er-Jahre", "zwanziger Jahre", "the 1990s") and centuries ("20. Jahrhundert",
// "4. Jh. v. Chr.", "the 19th century").
#include "annotate/time/matcher.h"

namespace tri::timex {
namespace {

// Nouns that make a preceding number a quantity, not a year ("2000 Soldaten").
bool IsCounterNoun(std::string_view w) {
  static constexpr std::string_view kNouns[] = {
      "euro",      "dollar",     "franken",    "pfund",    "mio",       "millionen", "milliarden",
      "mann",      "soldaten",   "menschen",   "personen", "einwohner", "tote",      "toten",
      "opfer",     "km",         "kilometer",  "meter",    "tonnen",    "stück",     "prozent",
      "punkte",    "stimmen",    "mitglieder", "kinder",   "frauen",    "männer",    "flüchtlinge",
      "gefangene", "gefangenen", "fahrzeuge",  "panzer",   "flugzeuge", "schiffe",   "einheiten",
      "exemplare", "seiten",     "zeichen",    "wörter",   "jahre",     "jahren",    "tage",
      "tagen",     "people",     "troops",     "soldiers", "dollars",   "euros",     "percent",
      "votes",     "miles",      "feet",       "members",  "deaths",    "cases",     "units",
      "years",     "days",       "points",     "m",        "kg",        "mm",        "cm"};
  for (std::string_view n : kNouns) {
    if (w == n) return true;
  }
  return false;
}

int GermanDecadeWord(std::string_view w) {
  static constexpr std::pair<std::string_view, int> kWords[] = {
      {"zwanziger", 2}, {"dreißiger", 3}, {"dreissiger", 3}, {"vierziger", 4}, {"fünfziger", 5},
      {"sechziger", 6}, {"siebziger", 7}, {"achtziger", 8},  {"neunziger", 9}};
  for (const auto& [word, d] : kWords) {
    if (w == word) return d;
  }
  return -1;
}

bool IsYearWord(const Rules& r, size_t i) {
  return r.AnyWord(i, "jahr", "jahre", "jahres", "jahrs", "jahren", "year");
}

}  // namespace

bool Rules::YearAt(size_t i, Sem& s, size_t& end, bool need_context) const {
  s = kEmptySem;
  if (!Ok(i)) return false;
  if (IsYearWord(*this, i) && IsNumAt(i + 1) && P(i + 1).space_before) {
    // "Jahr 1917", "im Jahre 9 n. Chr.", "Jahr 99999" (impossible: unresolved).
    const Piece& n = P(i + 1);
    if (Punct(i + 2, ".") && Glued(i + 2) && IsNumAt(i + 3)) return false;
    if (n.digits > 4) {
      s.year = 99999;
      s.invalid = true;
      end = i + 2;
      return true;
    }
    s.year = static_cast<int>(n.num);
    end = i + 2;
    bool bc = false;
    if (size_t e = EraAt(end, bc)) {
      s.bc = bc;
      end += e;
    }
    if (s.year == 0) s.invalid = true;
    return true;
  }
  if (!IsNumAt(i)) return false;
  const Piece& n = P(i);
  if (n.digits > 4) return false;
  const int y = static_cast<int>(n.num);
  // Part of a larger number or a word ("1.939", "1930er", "2019s", "12:30").
  if (Glued(i + 1) &&
      (IsWordAt(i + 1) || Punct(i + 1, ":") ||
       ((Punct(i + 1, ".") || Punct(i + 1, ",")) && IsNumAt(i + 2) && Glued(i + 2)))) {
    return false;
  }
  if (i > 0 && Glued(i) &&
      (IsNumAt(i - 1) || Punct(i - 1, ".") || Punct(i - 1, ",") || Punct(i - 1, ":") ||
       IsWordAt(i - 1))) {
    return false;
  }
  bool bc = false;
  if (size_t e = EraAt(i + 1, bc)) {
    s.year = y;
    s.bc = bc;
    end = i + 1 + e;
    if (y == 0) s.invalid = true;
    return true;
  }
  // "um 449": a three-digit year after "um"/"etwa" (kept only in a BC narrative).
  if (need_context && n.digits == 3 && i > 0 && AnyWord(i - 1, "um", "etwa", "circa") &&
      !AnyWord(i + 1, "uhr") && !(IsWordAt(i + 1) && P(i + 1).upper) && !Punct(i + 1, "%") &&
      !(IsWordAt(i + 1) && (P(i + 1).lex || IsCounterNoun(P(i + 1).lower)))) {
    s.year = y;
    s.bare = true;
    end = i + 1;
    return true;
  }
  if (n.digits != 4 || y < 1000 || y > 2199) return false;
  if (need_context) {
    // "mit 1500 Panzern", "und 1370 Landungsboote": a number before a noun is a quantity,
    // unless a temporal word precedes it ("bis 1945 Regierungschef").
    if (IsWordAt(i + 1) && P(i + 1).upper && !P(i + 1).lex && !P(i + 1).newline_before) {
      const bool temporal =
          i > 0 && (AnyWord(i - 1, "im", "in", "seit", "bis", "ab", "von", "vom", "vor", "nach",
                            "um", "zwischen", "anfang", "ende", "mitte", "jahr", "jahre", "jahres",
                            "of", "since", "until", "by", "from", "to", "till", "during") ||
                    Dash(i - 1) || Punct(i - 1, "(") || Punct(i - 1, "/"));
      if (!temporal) return false;
    }
    if (IsWordAt(i + 1) && IsCounterNoun(P(i + 1).lower)) return false;
    if (Punct(i + 1, "%") || Punct(i + 1, "\xE2\x82\xAC") || Punct(i + 1, "$")) return false;
    if (i > 0 && (AnyWord(i - 1, "nr", "no", "nummer", "artikel", "seite", "page", "kapitel",
                          "paragraf", "paragraph", "platz", "tel") ||
                  Punct(i - 1, "\xC2\xA7") || Punct(i - 1, "#") || Punct(i - 1, "$") ||
                  Punct(i - 1, "\xE2\x82\xAC"))) {
      return false;
    }
    // "rund 2000 Menschen": a quantity word before and a noun after.
    if (i > 0 &&
        AnyWord(i - 1, "rund", "etwa", "über", "knapp", "fast", "insgesamt", "ca", "mindestens",
                "weitere", "zusätzlich", "about", "around", "some", "nearly", "almost", "over") &&
        IsWordAt(i + 1) && P(i + 1).upper && !P(i + 1).lex) {
      return false;
    }
  }
  s.year = y;
  s.bare = need_context;
  end = i + 1;
  return true;
}

// Core runs this at a word only where YearsStart (rules_start.h) passes.
void Rules::Years(size_t i, std::optional<Match>& best) const {
  Sem s;
  size_t end = 0;
  if (YearAt(i, s, end, true)) {
    Match m;
    m.begin = i;
    m.end = end;
    m.sem = s;
    // Ranges: "2017-2021", "2017 – 2021", "1934/35", "1926–28", "490–479 v. Chr.".
    size_t k = end;
    if ((Dash(k) || (Punct(k, "/") && Glued(k))) && IsNumAt(k + 1)) {
      const Piece& e = P(k + 1);
      int ey = -1;
      if (e.digits == 4 || (e.digits == 3 && s.bc))
        ey = static_cast<int>(e.num);
      else if (e.digits == 2 && s.year >= 1000)
        ey = s.year / 100 * 100 + static_cast<int>(e.num);
      size_t eend = k + 2;
      bool ebc = false;
      size_t era = EraAt(eend, ebc);
      if (!s.bc && era && ebc && e.digits <= 4) ey = static_cast<int>(e.num);
      const bool forward = (s.bc || ebc) ? true : ey > s.year;
      if (ey > 0 && forward && !(Glued(eend) && (IsWordAt(eend) || IsNumAt(eend)))) {
        m.range = true;
        m.range_begin = k + 1;
        m.range_sem = s;
        m.range_sem.year = ey;
        if (era) {
          m.range_sem.bc = ebc;
          if (ebc && !s.bc) m.sem.bc = true;
          eend += era;
        }
        m.end = eend;
      }
    }
    Consider(best, m);
  }
  // Decades: "1930er-Jahre", "1990er Jahren", "30er Jahre", "460er Jahre", "the 1990s", "'90s".
  if (IsNumAt(i) && Glued(i + 1) && (AnyWord(i + 1, "er", "ern") || Word(i + 1, "s")) &&
      P(i).digits >= 2 && P(i).digits <= 4 && P(i).num % 10 == 0) {
    const int n = static_cast<int>(P(i).num);
    Match m;
    m.begin = i;
    m.end = i + 2;
    const bool english = Word(i + 1, "s");
    if (P(i).digits == 4 && english && n % 100 == 0) {
      m.sem.century = n / 100;  // "the 1800s"
    } else {
      m.sem.decade = P(i).digits == 2 ? 190 + n / 10 : n / 10;
    }
    if (!english) {
      size_t k = i + 2;
      if (Dash(k) && Glued(k)) ++k;
      if (AnyWord(k, "jahre", "jahren", "jahrens"))
        m.end = k + 1;
      else if (Dash(i + 2))
        m.end = i + 2;
    }
    if (i > 0 && Punct(i - 1, "'")) m.begin = i - 1;
    Consider(best, m);
  }
  if (IsWordAt(i)) {
    const int d = GermanDecadeWord(P(i).lower);
    if (d > 0 && AnyWord(i + 1, "jahre", "jahren")) {
      Match m;
      m.begin = i;
      m.end = i + 2;
      m.sem.decade = 190 + d;
      Consider(best, m);
    }
  }
  // Centuries: "20. Jahrhundert", "19. Jh.", "4. Jh. v. Chr.", "20th century", "zwanzigsten
  // Jahrhundert".
  int ord = -1;
  size_t k = i;
  if (Num(i, 1, 2) >= 1 && Glued(i + 1) && Punct(i + 1, ".")) {
    ord = Num(i, 1, 2);
    k = i + 2;
  } else if (Num(i, 1, 2) >= 1 && Glued(i + 1) && AnyWord(i + 1, "st", "nd", "rd", "th")) {
    ord = Num(i, 1, 2);
    k = i + 2;
  } else if (const LexEntry* e = Lex(i, LexCat::kOrdinal)) {
    ord = e->ival;
    k = i + 1;
  }
  if (ord >= 1 && UnitAt(k) == Unit::kCentury) {
    Match m;
    m.begin = i;
    m.end = k + 1;
    if (Punct(m.end, ".") && Glued(m.end) && Word(k, "jh")) ++m.end;
    m.sem.century = ord - 1;
    bool bc = false;
    if (size_t e = EraAt(m.end, bc)) {
      m.sem.bc = bc;
      m.end += e;
    }
    Consider(best, m);
  }
}

}  // namespace tri::timex

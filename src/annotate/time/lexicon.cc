#include "annotate/time/lexicon.h"

#include <charconv>
#include <unordered_map>
#include <utility>

#include "annotate/time/pieces.h"

namespace tri::embedded {
std::string_view TimeLexiconTsv();
}

namespace tri::timex {
namespace {

struct CatName {
  std::string_view name;
  LexCat cat;
};

constexpr CatName kCats[] = {
    {"month", LexCat::kMonth},
    {"month_abbr", LexCat::kMonthAbbr},
    {"weekday", LexCat::kWeekday},
    {"weekday_abbr", LexCat::kWeekdayAbbr},
    {"number", LexCat::kNumber},
    {"ordinal", LexCat::kOrdinal},
    {"fraction", LexCat::kFraction},
    {"unit", LexCat::kUnit},
    {"season", LexCat::kSeason},
    {"daypart", LexCat::kDaypart},
    {"deictic_day", LexCat::kDeicticDay},
    {"rel", LexCat::kRel},
    {"same", LexCat::kSame},
    {"follow", LexCat::kFollow},
    {"prior", LexCat::kPrior},
    {"ref", LexCat::kRef},
    {"mod_pre", LexCat::kModPre},
    {"holiday", LexCat::kHoliday},
    {"tz", LexCat::kTz},
    {"set", LexCat::kSet},
    {"vague", LexCat::kVague},
    {"future_cue", LexCat::kFutureCue},
    {"past_cue", LexCat::kPastCue},
    {"perfect_aux", LexCat::kPerfectAux},
    {"trigger", LexCat::kTrigger},
};

std::vector<std::string_view> SplitOn(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t pos = 0;
  while (true) {
    size_t next = s.find(sep, pos);
    out.push_back(
        s.substr(pos, next == std::string_view::npos ? std::string_view::npos : next - pos));
    if (next == std::string_view::npos) break;
    pos = next + 1;
  }
  return out;
}

}  // namespace

Result<Lexicon> Lexicon::Parse(std::string_view tsv) {
  Lexicon lex;
  std::unordered_map<std::string, uint32_t> index;  // first piece -> items_ index
  int line_no = 0;
  for (std::string_view line : SplitOn(tsv, '\n')) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    auto cols = SplitOn(line, '\t');
    if (cols.size() != 4) {
      return Status::Corrupt("time lexicon line " + std::to_string(line_no) +
                             ": expected 4 columns");
    }
    LexEntry e;
    bool known = false;
    for (const CatName& c : kCats) {
      if (c.name == cols[0]) {
        e.cat = c.cat;
        known = true;
      }
    }
    if (!known) {
      return Status::Corrupt("time lexicon line " + std::to_string(line_no) + ": unknown category");
    }
    if (cols[1] == "de")
      e.langs = kLangDe;
    else if (cols[1] == "en")
      e.langs = kLangEn;
    else if (cols[1] == "*")
      e.langs = kLangDe | kLangEn;
    else
      return Status::Corrupt("time lexicon line " + std::to_string(line_no) + ": bad language");
    e.sval = std::string(cols[2]);
    auto [p, ec] = std::from_chars(cols[2].data(), cols[2].data() + cols[2].size(), e.ival);
    if (ec != std::errc()) e.ival = 0;
    for (std::string_view form : SplitOn(cols[3], '|')) {
      std::vector<std::string> parts = SplitLowerPieces(form);
      if (parts.empty()) continue;
      LexEntry copy = e;
      copy.rest.assign(parts.begin() + 1, parts.end());
      auto [it, added] = index.try_emplace(parts[0], static_cast<uint32_t>(lex.items_.size()));
      if (added) {
        lex.keys_.push_back(parts[0]);
        lex.items_.emplace_back();
      }
      lex.items_[it->second].entries.push_back(std::move(copy));
    }
  }
  lex.BuildIndex();
  return lex;
}

void Lexicon::BuildIndex() {
  for (LexItem& item : items_) {
    for (const LexEntry& e : item.entries) {
      for (unsigned langs = 0; langs < 4; ++langs) {
        if (e.langs & langs) item.cats[langs] |= 1u << static_cast<unsigned>(e.cat);
      }
      if (e.cat == LexCat::kTrigger)
        item.trigger = true;
      else if (e.cat != LexCat::kFutureCue && e.cat != LexCat::kPastCue &&
               e.cat != LexCat::kPerfectAux)
        item.starter = true;
    }
  }
  size_t size = 16;
  while (size < keys_.size() * 4) size *= 2;
  slots_.assign(size, Slot{});
  mask_ = size - 1;
  for (uint32_t k = 0; k < keys_.size(); ++k) {
    if (keys_[k].empty()) continue;  // never looked up (and size 0 marks empty slots)
    uint64_t head;
    const uint64_t h = Hash(keys_[k], &head);
    size_t at = h & mask_;
    while (slots_[at].size != 0) at = (at + 1) & mask_;
    slots_[at] = {head, static_cast<uint32_t>(keys_[k].size()), k};
    const unsigned char c0 = static_cast<unsigned char>(keys_[k][0]);
    first_len_[c0] |= uint64_t{1} << (keys_[k].size() % 64);
  }
}

Result<Lexicon> Lexicon::Default() { return Parse(embedded::TimeLexiconTsv()); }

Unit UnitFromCode(std::string_view code) {
  static constexpr std::pair<std::string_view, Unit> kUnits[] = {
      {"Y", Unit::kYear},    {"M", Unit::kMonth},     {"W", Unit::kWeek},
      {"D", Unit::kDay},     {"H", Unit::kHour},      {"MIN", Unit::kMinute},
      {"S", Unit::kSecond},  {"DE", Unit::kDecade},   {"CE", Unit::kCentury},
      {"Q", Unit::kQuarter}, {"HY", Unit::kHalfYear}, {"WE", Unit::kWeekend},
  };
  for (const auto& [c, u] : kUnits) {
    if (c == code) return u;
  }
  return Unit::kNone;
}

}  // namespace tri::timex

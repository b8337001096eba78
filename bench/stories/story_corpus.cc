#include "story_corpus.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <string>

#include "core/hash.h"
#include "text/text.h"

namespace tri::bench {
namespace {

class Rng {
 public:
  explicit Rng(uint64_t seed) : g_(seed) {}
  double Uniform() { return (g_() >> 11) * 0x1.0p-53; }
  size_t Below(size_t n) { return n ? static_cast<size_t>(Uniform() * n) : 0; }
  bool Chance(double p) { return Uniform() < p; }
  int Between(int lo, int hi) { return lo + static_cast<int>(Below(hi - lo + 1)); }

 private:
  std::mt19937_64 g_;
};

class Zipf {
 public:
  Zipf(size_t n, double s) : cdf_(n) {
    double sum = 0;
    for (size_t i = 0; i < n; ++i) cdf_[i] = sum += 1.0 / std::pow(i + 1.0, s);
    for (double& c : cdf_) c /= sum;
  }
  size_t Draw(Rng& r) const {
    return std::min<size_t>(std::lower_bound(cdf_.begin(), cdf_.end(), r.Uniform()) - cdf_.begin(),
                            cdf_.size() - 1);
  }

 private:
  std::vector<double> cdf_;
};

// Syllables of pseudo-words: German-like, English-like, and names (kept apart so that names do
// not collide with ordinary words by accident more often than real names do).
constexpr int kSyllables = 40;
constexpr const char* kSyll[3][kSyllables] = {
    {"ber",  "gen", "stein", "hau",   "lan", "mer", "wal", "dorf",  "ken",  "rin",
     "schu", "fel", "tra",   "mon",   "lei", "sen", "gar", "bur",   "wen",  "kol",
     "ri",   "zel", "hof",   "nau",   "ach", "bre", "dal", "eis",   "for",  "grü",
     "hel",  "ing", "jun",   "kraft", "los", "mut", "nie", "pflug", "quel", "rau"},
    {"con", "port", "ment",  "ber", "ton", "ley", "ham", "vis", "ster", "ford",
     "lin", "mar",  "dex",   "ran", "sol", "pen", "tri", "cal", "wor",  "ing",
     "ate", "ous",  "field", "ly",  "ab",  "bly", "cor", "dis", "ev",   "fac",
     "gly", "hap",  "ist",   "jus", "kin", "lo",  "mis", "nu",  "op",   "pre"},
    {"ka", "zo", "mi", "ta", "vo", "ne", "ru", "sa",  "pi", "lo", "de", "ga", "fu", "bi",
     "ho", "ju", "ke", "la", "ma", "no", "pa", "qui", "re", "si", "tu", "ul", "va", "wi",
     "xa", "ye", "zu", "an", "el", "ir", "os", "ur",  "ak", "em", "id", "ob"}};
constexpr const char* kFunction[2][20] = {
    {"der", "die", "und", "in",  "den", "von", "zu",    "das", "mit",  "sich",
     "des", "auf", "für", "ist", "im",  "dem", "nicht", "ein", "eine", "als"},
    {"the", "of",   "and", "to", "in", "a",  "is", "that", "for", "on",
     "was", "with", "he",  "as", "it", "by", "at", "from", "his", "an"}};
constexpr const char* kMonthDe[12] = {"Januar",    "Februar", "März",     "April",
                                      "Mai",       "Juni",    "Juli",     "August",
                                      "September", "Oktober", "November", "Dezember"};
constexpr const char* kMonthEn[12] = {"January",   "February", "March",    "April",
                                      "May",       "June",     "July",     "August",
                                      "September", "October",  "November", "December"};

std::string PseudoWord(Rng& r, int lang, int lo, int hi, bool capital) {
  std::string w;
  for (int i = r.Between(lo, hi); i > 0; --i) w += kSyll[lang][r.Below(kSyllables)];
  if (capital) w[0] = static_cast<char>(w[0] - 'a' + 'A');
  return w;
}

struct Entity {
  std::string id, name[2];  // German and English surface (exonyms differ for some places)
  EntityType type;
};

// A paragraph with the positions of its entity mentions and dates (relative to its start).
struct Para {
  uint64_t id = 0;  // identity of the text: copies keep it, rewrites get a new one
  std::string text;
  std::vector<std::pair<Span, uint32_t>> entities;
  std::vector<std::pair<Span, std::string>> dates;
};

struct StoryPlan {
  size_t topic;
  std::vector<uint32_t> entities;
  std::vector<std::string> specific[2];
  std::vector<double> numbers;
  int event_day;
  std::vector<std::vector<Para>> wire;  // agency articles, for copies
};

struct World {
  std::vector<std::string> general[2];
  std::vector<std::vector<std::string>> topics[2];
  std::vector<Entity> entities;
  std::vector<std::string> outlets[2];
  Zipf general_zipf{6000, 1.05}, topic_zipf{250, 0.8}, entity_zipf{6000, 1.1};
};

World MakeWorld(Rng& r) {
  World w;
  for (int l = 0; l < 2; ++l) {
    for (const char* f : kFunction[l]) w.general[l].push_back(f);
    while (w.general[l].size() < 6000)
      w.general[l].push_back(PseudoWord(r, l, 1, 3, l == 0 && r.Chance(0.5)));
    w.topics[l].resize(250);
    for (auto& t : w.topics[l]) {
      for (int i = 0; i < 25; ++i) t.push_back(PseudoWord(r, l, 2, 3, l == 0 && r.Chance(0.6)));
    }
    for (int i = 0; i < (l == 0 ? 120 : 30); ++i)
      w.outlets[l].push_back(PseudoWord(r, l, 2, 3, true));
  }
  for (uint32_t i = 0; i < 6000; ++i) {
    Entity e;
    e.type = i % 3 == 0 ? EntityType::kPer : i % 3 == 1 ? EntityType::kLoc : EntityType::kOrg;
    e.id = "e:" + std::to_string(i);
    std::string base = PseudoWord(r, 2, 2, 4, true);
    if (e.type == EntityType::kPer) base = PseudoWord(r, 2, 2, 3, true) + " " + base;
    if (e.type == EntityType::kOrg) base += r.Chance(0.5) ? " AG" : "-Verband";
    e.name[0] = e.name[1] = base;
    if (e.type == EntityType::kLoc && r.Chance(0.3)) e.name[1] = base + "ia";  // exonym
    w.entities.push_back(std::move(e));
  }
  return w;
}

std::string FormatNumber(double v, int lang) {
  const bool decimal = v != std::floor(v);
  if (decimal) {
    std::string s = std::to_string(v).substr(0, std::to_string(v).find('.') + 2);
    if (lang == 0) std::replace(s.begin(), s.end(), '.', ',');
    return s;
  }
  std::string digits = std::to_string(static_cast<long>(v)), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += lang == 0 ? '.' : ',';
    out += digits[i];
  }
  return out;
}

std::string IsoDay(int day) { return Date{2026, 1, 1}.AddDays(day).ToIso(); }

// Appends sentences about `plan` in language `lang` to a new paragraph.
Para MakeParagraph(Rng& r, const World& w, const StoryPlan& plan, int lang, int sentences) {
  Para p;
  auto word = [&](const std::string& s) {
    if (!p.text.empty() && p.text.back() != ' ') p.text += ' ';
    p.text += s;
  };
  for (int s = 0; s < sentences; ++s) {
    const int len = r.Between(8, 18);
    for (int i = 0; i < len; ++i) {
      const double x = r.Uniform();
      if (x < 0.55) {
        word(w.general[lang][w.general_zipf.Draw(r)]);
      } else if (x < 0.70) {
        word(w.topics[lang][plan.topic][r.Below(25)]);
      } else if (x < 0.83) {
        word(plan.specific[lang][r.Below(plan.specific[lang].size())]);
      } else if (x < 0.93) {
        const uint32_t e = r.Chance(0.85) ? plan.entities[r.Below(plan.entities.size())]
                                          : static_cast<uint32_t>(w.entity_zipf.Draw(r));
        word("");
        const uint32_t b = static_cast<uint32_t>(p.text.size());
        p.text += w.entities[e].name[lang];
        p.entities.push_back({{b, static_cast<uint32_t>(p.text.size())}, e});
      } else if (x < 0.97) {
        word(FormatNumber(
            r.Chance(0.7) ? plan.numbers[r.Below(plan.numbers.size())] : double(r.Between(2, 900)),
            lang));
      } else {
        const int day = r.Chance(0.75) ? plan.event_day : plan.event_day - r.Between(1, 60);
        const Date d = Date{2026, 1, 1}.AddDays(day);
        word(lang == 0 ? "am" : "on");
        word("");
        const uint32_t b = static_cast<uint32_t>(p.text.size());
        p.text += lang == 0 ? std::to_string(d.day) + ". " + kMonthDe[d.month - 1]
                            : std::string(kMonthEn[d.month - 1]) + " " + std::to_string(d.day);
        p.dates.push_back({{b, static_cast<uint32_t>(p.text.size())}, d.ToIso()});
      }
    }
    p.text += ". ";
  }
  if (!p.text.empty()) p.text.pop_back();
  if (!p.text.empty() && p.text[0] >= 'a' && p.text[0] <= 'z') p.text[0] -= 'a' - 'A';
  return p;
}

Document Assemble(const std::vector<Para>& paras, const std::string& header,
                  const std::string& footer, int lang) {
  Document d;
  d.text = header + "\n\n";
  for (const Para& p : paras) {
    const uint32_t base = static_cast<uint32_t>(d.text.size());
    d.text += p.text + "\n\n";
    for (const auto& [s, e] : p.entities) {
      EntityMention m;
      m.span = {base + s.begin, base + s.end};
      m.canonical_id = "e:" + std::to_string(e);
      d.entities.push_back(m);
    }
    for (const auto& [s, v] : p.dates) {
      Timex t;
      t.span = {base + s.begin, base + s.end};
      t.value = v;
      d.timex.push_back(t);
    }
  }
  d.text += footer;
  d.language = lang == 0 ? "de" : "en";
  return d;
}

}  // namespace

StoryCorpus GenerateStoryCorpus(const StoryCorpusOptions& o) {
  Rng r(o.seed);
  const World w = MakeWorld(r);
  const int days = std::max(1, static_cast<int>(o.articles / o.articles_per_day));
  struct Pending {
    int64_t minute;
    uint32_t story;
    Document doc;
    int copy_of = -1;  // index into `wire_ids` of the original, for gold pairs
    std::vector<std::pair<uint64_t, size_t>> paras;  // paragraph ids and lengths (bytes)
  };
  std::vector<StoryPlan> plans;
  std::vector<Pending> out;
  const char* agencies[] = {"dpa", "AFP", "Reuters", "AP", "epd"};
  uint64_t next_para_id = 0;
  while (out.size() < o.articles) {
    StoryPlan plan;
    const int start_day = static_cast<int>(r.Below(days));
    plan.event_day = start_day;
    plan.topic = w.topic_zipf.Draw(r);
    if (!plans.empty() && r.Chance(o.distractor_share)) {
      // Another event of the same people: two of a recent story's five entities (say the
      // president and his country), often its topic too, with another place and counterpart.
      const StoryPlan& prev =
          plans[plans.size() - 1 - r.Below(std::min<size_t>(plans.size(), 200))];
      plan.entities.assign(prev.entities.begin(),
                           prev.entities.begin() + std::min<size_t>(2, prev.entities.size()));
      if (r.Chance(0.5)) plan.topic = prev.topic;
    }
    while (plan.entities.size() < 5)
      plan.entities.push_back(static_cast<uint32_t>(w.entity_zipf.Draw(r)));
    for (int l = 0; l < 2; ++l)
      for (int i = 0; i < 10; ++i)
        plan.specific[l].push_back(PseudoWord(r, l, 2, 4, l == 0 && r.Chance(0.5)));
    for (int i = 0; i < 3; ++i)
      plan.numbers.push_back(r.Chance(0.3) ? r.Between(10, 99) / 10.0 : r.Between(3, 5000));
    const uint32_t sid = static_cast<uint32_t>(plans.size());
    plans.push_back(std::move(plan));
    StoryPlan& p = plans.back();
    int n = 1 + static_cast<int>(-std::log(1 - r.Uniform()) * 3.0);
    if (r.Chance(0.02)) n += r.Between(10, 30);
    for (int a = 0; a < n && out.size() < o.articles; ++a) {
      Pending pd;
      pd.story = sid;
      pd.minute =
          int64_t(start_day) * 1440 + r.Between(360, 1300) +
          std::min<int64_t>(5 * 1440, static_cast<int64_t>(-std::log(1 - r.Uniform()) * 900));
      const int lang = r.Chance(o.english_share) ? 1 : 0;
      const std::string& outlet = w.outlets[lang][r.Below(w.outlets[lang].size())];
      const std::string header = outlet + " | " + w.general[lang][r.Below(40) + 20];
      const std::string footer =
          "© 2026 " + outlet + (lang == 0 ? " Alle Rechte vorbehalten." : " All rights reserved.");
      std::vector<Para> paras;
      std::string agency;
      if (!p.wire.empty() && r.Chance(o.syndicated_share * 2) && lang == 0) {
        pd.copy_of = static_cast<int>(r.Below(p.wire.size()));
        paras = p.wire[pd.copy_of];
        paras[0] = MakeParagraph(r, w, p, lang, 1);  // edited headline (a new text: id 0)
        const size_t cut = std::min<size_t>(r.Below(3), paras.size() - 2);
        paras.resize(paras.size() - cut);                               // trimmed ending
        if (r.Chance(0.3)) paras[1] = MakeParagraph(r, w, p, lang, 3);  // rewritten lead
        if (r.Chance(0.5)) agency = "dpa";
      } else {
        for (int i = r.Between(4, 8); i > 0; --i)
          paras.push_back(MakeParagraph(r, w, p, lang, i == 1 ? 1 : r.Between(2, 4)));
        if (lang == 0 && r.Chance(0.35)) {
          agency = agencies[r.Below(5)];
          p.wire.push_back(paras);
          pd.copy_of = -2 - static_cast<int>(p.wire.size() - 1);  // is original #k
        }
      }
      for (Para& para : paras) {
        if (para.id == 0) para.id = ++next_para_id;
        pd.paras.push_back({para.id, para.text.size()});
      }
      if (pd.copy_of <= -2) p.wire.back() = paras;  // the original, with its ids
      pd.doc = Assemble(paras, header, footer, lang);
      pd.doc.meta.outlet = outlet;
      pd.doc.meta.agency = agency;
      out.push_back(std::move(pd));
    }
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const Pending& a, const Pending& b) { return a.minute < b.minute; });
  StoryCorpus c;
  c.stories = plans.size();
  std::vector<std::vector<std::vector<uint32_t>>> copies(plans.size());  // story -> wire -> docs
  std::vector<std::vector<std::pair<uint64_t, size_t>>> body(out.size());
  for (uint32_t i = 0; i < out.size(); ++i) {
    Pending& pd = out[i];
    const int64_t m = std::max<int64_t>(0, pd.minute);
    DateTime t;
    t.date = Date{2026, 1, 1}.AddDays(m / 1440);
    t.has_time = true;
    t.hour = static_cast<int>(m % 1440 / 60);
    t.minute = static_cast<int>(m % 60);
    t.utc_offset_minutes = 0;
    pd.doc.meta.published = t;
    pd.doc.id = HexId(pd.doc.text + std::to_string(i));
    pd.doc.source = "gen/" + std::to_string(i);
    if (o.analyze_text) AnalyzeText(pd.doc);
    const int wire = pd.copy_of >= 0 ? pd.copy_of : pd.copy_of <= -2 ? -2 - pd.copy_of : -1;
    if (wire >= 0) {
      auto& group = copies[pd.story];
      if (group.size() <= size_t(wire)) group.resize(wire + 1);
      // A pair is gold when the text they share is at least half of the shorter body: a copy
      // that kept one paragraph of five is no longer a near-copy.
      for (uint32_t j : group[wire]) {
        size_t shared = 0, len_i = 0, len_j = 0;
        for (const auto& [id, len] : body[j]) len_j += len;
        for (const auto& [id, len] : pd.paras) {
          len_i += len;
          for (const auto& [id2, len2] : body[j]) shared += id == id2 ? len : 0;
        }
        if (2 * shared >= std::min(len_i, len_j)) c.syndicated.push_back({j, i});
      }
      group[wire].push_back(i);
    }
    body[i] = pd.paras;
    c.story.push_back(pd.story);
    c.docs.push_back(std::move(pd.doc));
  }
  return c;
}

}  // namespace tri::bench

#include "annotate/quotes/lexicon.h"

#include <algorithm>

namespace tri::embedded {
std::string_view QuoteCuesDe();
std::string_view QuoteCuesEn();
std::string_view QuoteSources();
}  // namespace tri::embedded

namespace tri::quotes {
namespace {

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t pos = 0;
  while (pos <= s.size()) {
    size_t next = s.find(sep, pos);
    if (next == std::string_view::npos) next = s.size();
    if (next > pos) out.push_back(s.substr(pos, next - pos));
    pos = next + 1;
  }
  return out;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// A weak-verb stem takes an extra "e" before t/st endings: "bericht-et", "bezeichn-et".
bool NeedsLinkingE(std::string_view stem) {
  if (stem.size() < 2) return false;
  const char last = stem.back(), prev = stem[stem.size() - 2];
  if (last == 't' || last == 'd') return true;
  if (last != 'n' && last != 'm') return false;
  if (IsVowel(prev) || prev == 'l' || prev == 'r') return false;
  if (prev == 'h') return stem.size() >= 3 && stem[stem.size() - 3] == 'c';  // "zeichn"
  return static_cast<unsigned char>(prev) < 0x80;
}

// Finite and Konjunktiv forms of a weak verb stem ("sag" -> sage sagst sagt sagen sagte ...).
std::vector<std::string> WeakForms(const std::string& stem) {
  const bool e = NeedsLinkingE(stem);
  const bool er_el = (EndsWith(stem, "er") || EndsWith(stem, "el")) && !EndsWith(stem, "ier");
  const std::string t = e ? "et" : "t";
  return {stem + "e",     stem + (e ? "est" : "st"), stem + t,        stem + (er_el ? "n" : "en"),
          stem + t + "e", stem + t + "en",           stem + t + "est"};
}

}  // namespace

std::string LowerWord(std::string_view word) {
  std::string out(word);
  for (size_t i = 0; i < out.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(out[i]);
    if (c >= 'A' && c <= 'Z') {
      out[i] = static_cast<char>(c + 32);
    } else if (c == 0xC3 && i + 1 < out.size()) {
      unsigned char d = static_cast<unsigned char>(out[i + 1]);
      if (d == 0x84 || d == 0x96 || d == 0x9C) out[i + 1] = static_cast<char>(d + 0x20);  // Ä Ö Ü
      ++i;
    }
  }
  return out;
}

Status QuoteLexicon::ParseCues(Lang lang, std::string_view text) {
  const int li = static_cast<int>(lang);
  int line_no = 0;
  for (std::string_view line : Split(text, '\n')) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string_view> f = Split(line, '\t');
    if (f.size() != 5) {
      return Status::Corrupt("cue lexicon line " + std::to_string(line_no) + ": want 5 fields");
    }
    auto entry = std::make_unique<CueEntry>();
    const std::string_view kind = f[0];
    if (kind == "verb")
      entry->kind = CueKind::kVerb;
    else if (kind == "prep")
      entry->kind = CueKind::kPrep;
    else if (kind == "post")
      entry->kind = CueKind::kPost;
    else if (kind == "nach")
      entry->kind = CueKind::kNach;
    else if (kind == "so")
      entry->kind = CueKind::kSo;
    else if (kind == "wie")
      entry->kind = CueKind::kWie;
    else if (kind == "ref")
      entry->kind = CueKind::kRef;
    else if (kind == "es")
      entry->kind = CueKind::kEs;
    else if (kind == "noun")
      entry->kind = CueKind::kNoun;
    else
      return Status::Corrupt("cue lexicon line " + std::to_string(line_no) + ": bad kind");
    entry->lemma = std::string(f[1]);
    entry->medium = std::string(f[2]);
    for (std::string_view flag : Split(f[3], ',')) {
      if (flag == "refl")
        entry->reflexive = true;
      else if (flag == "thought")
        entry->thought = true;
      else if (flag == "report")
        entry->report = true;
      else if (flag[0] == '+')
        entry->extras.emplace_back(flag.substr(1));
    }
    const CueEntry* e = entry.get();
    entries_.push_back(std::move(entry));
    auto add = [&](std::string form, std::string particle) {
      forms_[li][std::move(form)].push_back({e, std::move(particle)});
    };
    for (std::string_view form : Split(f[4], ' ')) {
      if (e->kind == CueKind::kNoun) {
        source_nouns_[li][std::string(form)] = true;
        continue;
      }
      const size_t plus = form.find('+');
      const std::string particle =
          plus == std::string_view::npos ? "" : std::string(form.substr(plus + 1));
      std::string base(form.substr(form[0] == '=' ? 1 : 0, plus == std::string_view::npos
                                                               ? std::string_view::npos
                                                               : plus - (form[0] == '=' ? 1 : 0)));
      if (form[0] != '=') {
        add(base, particle);
        continue;
      }
      for (std::string& w : WeakForms(base)) {
        if (!particle.empty()) add(particle + w, "");  // joined: "mitteilte"
        add(std::move(w), particle);
      }
      if (!particle.empty()) add(particle + "zu" + base + "en", "");  // "mitzuteilen"
    }
  }
  return Status::Ok();
}

Status QuoteLexicon::ParseSources(std::string_view text) {
  int line_no = 0;
  for (std::string_view line : Split(text, '\n')) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string_view> f = Split(line, '\t');
    if (f.size() < 2) {
      return Status::Corrupt("source lexicon line " + std::to_string(line_no) + ": want 2 fields");
    }
    SourceClass c = SourceClass::kNone;
    if (f[0] == "official")
      c = SourceClass::kOfficial;
    else if (f[0] == "expert")
      c = SourceClass::kExpert;
    else if (f[0] == "media")
      c = SourceClass::kMedia;
    else if (f[0] == "institution")
      c = SourceClass::kInstitution;
    else if (f[0] == "person")
      c = SourceClass::kPerson;
    else if (f[0] == "role")
      c = SourceClass::kRole;
    else if (f[0] == "pronoun")
      continue;  // pronouns are handled in code; listed for readers
    else
      return Status::Corrupt("source lexicon line " + std::to_string(line_no) + ": bad class");
    classes_.emplace(std::string(f[1]), c);  // first listing wins ("sprecher": official)
  }
  return Status::Ok();
}

Result<std::shared_ptr<const QuoteLexicon>> QuoteLexicon::Load(std::string_view cues_de,
                                                               std::string_view cues_en,
                                                               std::string_view sources) {
  std::shared_ptr<QuoteLexicon> lex(new QuoteLexicon());
  TRI_RETURN_IF_ERROR(lex->ParseCues(Lang::kGerman, cues_de));
  TRI_RETURN_IF_ERROR(lex->ParseCues(Lang::kEnglish, cues_en));
  TRI_RETURN_IF_ERROR(lex->ParseSources(sources));
  return std::shared_ptr<const QuoteLexicon>(std::move(lex));
}

Result<std::shared_ptr<const QuoteLexicon>> QuoteLexicon::Builtin() {
  auto lex = Load(embedded::QuoteCuesDe(), embedded::QuoteCuesEn(), embedded::QuoteSources());
  if (!lex.ok()) return lex.status().At("data/lexicons (built in)");
  return lex;
}

const std::vector<CueForm>* QuoteLexicon::Lookup(Lang lang, std::string_view lower) const {
  const auto& map = forms_[static_cast<int>(lang)];
  auto it = map.find(std::string(lower));
  return it == map.end() ? nullptr : &it->second;
}

SourceClass QuoteLexicon::Classify(std::string_view lower) const {
  if (auto it = classes_.find(std::string(lower)); it != classes_.end()) return it->second;
  // Longest listed ending first; skip hyphens so "us-diplomat" ends in "diplomat".
  for (size_t start = 1; start + 4 <= lower.size(); ++start) {
    if ((static_cast<unsigned char>(lower[start]) & 0xC0) == 0x80) continue;  // mid code point
    auto it = classes_.find(std::string(lower.substr(start)));
    if (it != classes_.end()) return it->second;
  }
  return SourceClass::kNone;
}

bool QuoteLexicon::IsSourceNoun(Lang lang, std::string_view lower) const {
  const auto& nouns = source_nouns_[static_cast<int>(lang)];
  if (nouns.count(std::string(lower))) return true;
  for (size_t start = 1; start + 5 <= lower.size(); ++start) {
    if ((static_cast<unsigned char>(lower[start]) & 0xC0) == 0x80) continue;
    if (nouns.count(std::string(lower.substr(start)))) return true;
  }
  return false;
}

}  // namespace tri::quotes

#include "wikiwars.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "text/text.h"

namespace tri::timeeval {
namespace {

namespace fs = std::filesystem;

Result<std::string> ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path.string() + ": cannot read");
  std::stringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

std::string StripTags(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool in_tag = false;
  for (char c : s) {
    if (c == '<')
      in_tag = true;
    else if (c == '>' && in_tag)
      in_tag = false;
    else if (!in_tag)
      out.push_back(c);
  }
  return out;
}

// Value of the last occurrence of attr="..." in a tag (the APF files repeat VAL: the anchor
// value first, the value itself last).
std::string LastAttr(std::string_view tag, std::string_view attr) {
  std::string key = " " + std::string(attr) + "=\"";
  size_t pos = tag.rfind(key);
  if (pos == std::string_view::npos) return "";
  pos += key.size();
  size_t end = tag.find('"', pos);
  return std::string(tag.substr(pos, end - pos));
}

// Inline TIMEX2 tags of the keyinline file: span in the stripped text -> mod.
std::vector<std::pair<Span, std::string>> InlineMods(std::string_view s) {
  std::vector<std::pair<Span, std::string>> out;
  std::vector<std::pair<uint32_t, std::string>> open;
  uint32_t pos = 0;
  size_t i = 0;
  while (i < s.size()) {
    if (s[i] != '<') {
      ++pos;
      ++i;
      continue;
    }
    size_t end = s.find('>', i);
    if (end == std::string_view::npos) break;
    std::string_view tag = s.substr(i, end - i + 1);
    if (tag.rfind("<TIMEX2", 0) == 0) {
      std::string lower(tag);
      open.emplace_back(pos, LastAttr(tag, "mod"));
    } else if (tag.rfind("</TIMEX2", 0) == 0 && !open.empty()) {
      out.push_back({Span{open.back().first, pos}, open.back().second});
      open.pop_back();
    }
    i = end + 1;
  }
  return out;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Length of an ISO duration in (months, seconds) when every part is a whole number; false for
// vague ones ("PXY").
bool DurationLength(std::string_view v, long long& months, long long& seconds) {
  if (v.size() < 2 || v[0] != 'P') return false;
  months = seconds = 0;
  bool time = false;
  size_t i = 1;
  while (i < v.size()) {
    if (v[i] == 'T') {
      time = true;
      ++i;
      continue;
    }
    size_t j = i;
    while (j < v.size() && v[j] >= '0' && v[j] <= '9') ++j;
    if (j == i || j >= v.size()) return false;
    const long long n = std::stoll(std::string(v.substr(i, j - i)));
    std::string_view unit = v.substr(j, 1);
    if (!time && v.substr(j, 2) == "DE") unit = "DE";
    if (!time && v.substr(j, 2) == "CE") unit = "CE";
    if (!time && unit == "Y")
      months += 12 * n;
    else if (!time && unit == "M")
      months += n;
    else if (!time && unit == "W")
      seconds += n * 7 * 86400;
    else if (!time && unit == "D")
      seconds += n * 86400;
    else if (!time && unit == "DE")
      months += 120 * n;
    else if (!time && unit == "CE")
      months += 1200 * n;
    else if (time && unit == "H")
      seconds += n * 3600;
    else if (time && unit == "M")
      seconds += n * 60;
    else if (time && unit == "S")
      seconds += n;
    else
      return false;
    i = j + unit.size();
  }
  return true;
}

}  // namespace

bool ValuesMatch(std::string_view a, std::string_view b) {
  if (a == b) return true;
  long long am = 0, as = 0, bm = 0, bs = 0;
  if (DurationLength(a, am, as) && DurationLength(b, bm, bs)) return am == bm && as == bs;
  return false;
}

Result<std::vector<WikiWarsDoc>> LoadWikiWars(const std::string& dir) {
  std::vector<WikiWarsDoc> docs;
  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(fs::path(dir) / "in", ec)) {
    if (e.path().extension() == ".sgm") files.push_back(e.path());
  }
  if (ec) return Status::NotFound(dir + "/in: " + ec.message());
  std::sort(files.begin(), files.end());
  for (const fs::path& in : files) {
    WikiWarsDoc doc;
    doc.name = in.stem().string();
    TRI_ASSIGN_OR_RETURN(std::string sgm, ReadFile(in));
    doc.text = StripTags(sgm);
    const size_t dt = sgm.find("<DATETIME>");
    if (dt != std::string::npos) {
      auto parsed = DateTime::ParseIso(sgm.substr(dt + 10, sgm.find("</DATETIME>") - dt - 10));
      if (parsed) doc.dct = *parsed;
    }
    TRI_ASSIGN_OR_RETURN(std::string apf,
                         ReadFile(fs::path(dir) / "key" / (doc.name + ".key.apf.xml")));
    TRI_ASSIGN_OR_RETURN(std::string inl,
                         ReadFile(fs::path(dir) / "keyinline" / (doc.name + ".key.xml")));
    const auto mods = InlineMods(inl);
    size_t pos = 0;
    while ((pos = apf.find("<timex2 ", pos)) != std::string::npos) {
      const size_t tag_end = apf.find('>', pos);
      const std::string_view tag(apf.data() + pos, tag_end - pos);
      const size_t cs = apf.find("<charseq", tag_end);
      const size_t cs_end = apf.find('>', cs);
      const std::string_view cst(apf.data() + cs, cs_end - cs);
      const size_t text_end = apf.find("</charseq>", cs_end);
      GoldTimex g;
      g.val = LastAttr(tag, "VAL");
      const int start = std::stoi(LastAttr(cst, "START")), last = std::stoi(LastAttr(cst, "END"));
      g.span = {static_cast<uint32_t>(start), static_cast<uint32_t>(last + 1)};
      const std::string_view expect(apf.data() + cs_end + 1, text_end - cs_end - 1);
      if (Slice(doc.text, g.span) != expect) {
        return Status::Corrupt(doc.name + ": key extent does not match the text")
            .At(doc.name, start);
      }
      for (const auto& [span, mod] : mods) {
        if (span == g.span) g.mod = mod;
      }
      doc.gold.push_back(std::move(g));
      pos = text_end;
    }
    docs.push_back(std::move(doc));
  }
  if (docs.empty()) return Status::NotFound(dir + ": no documents");
  return docs;
}

WikiWarsScores EvaluateWikiWars(const std::vector<WikiWarsDoc>& docs, const TimeTagger& tagger,
                                bool collect_errors) {
  WikiWarsScores s;
  for (const WikiWarsDoc& wd : docs) {
    Document doc;
    doc.text = wd.text;
    AnalyzeText(doc);
    doc.language = "de";
    tagger.Annotate(doc, wd.dct);
    // Our expressions, ranges split into their start and end parts.
    struct Pred {
      Span span;
      std::string value, mod;
    };
    std::vector<Pred> preds;
    for (const Timex& t : doc.timex) {
      if (t.range_end_span.empty()) {
        preds.push_back({t.span, t.value, t.mod});
        continue;
      }
      uint32_t cut = t.range_end_span.begin;
      while (cut > t.span.begin) {
        const unsigned char c = static_cast<unsigned char>(doc.text[cut - 1]);
        if (c == ' ' || c == '-' || c == '/' || c >= 0x80)
          --cut;  // spaces, dashes (UTF-8)
        else
          break;
      }
      preds.push_back({Span{t.span.begin, cut}, t.value, t.mod});
      preds.push_back({t.range_end_span, t.range_end, ""});
    }
    std::vector<int> match(wd.gold.size(), -1);
    std::vector<bool> used(preds.size(), false);
    for (size_t g = 0; g < wd.gold.size(); ++g) {
      int best = -1;
      uint32_t best_overlap = 0;
      for (size_t p = 0; p < preds.size(); ++p) {
        if (used[p] || !preds[p].span.overlaps(wd.gold[g].span)) continue;
        const uint32_t ov = std::min(preds[p].span.end, wd.gold[g].span.end) -
                            std::max(preds[p].span.begin, wd.gold[g].span.begin);
        if (ov > best_overlap) best_overlap = ov, best = static_cast<int>(p);
      }
      if (best >= 0) {
        used[best] = true;
        match[g] = best;
      }
    }
    auto text_of = [&](Span sp) { return std::string(Slice(doc.text, sp)); };
    for (size_t g = 0; g < wd.gold.size(); ++g) {
      const GoldTimex& gold = wd.gold[g];
      if (match[g] < 0) {
        s.lenient.fn++, s.strict.fn++, s.value.fn++, s.strict_value.fn++;
        if (collect_errors)
          s.errors.push_back(wd.name + "\tMISS\t" + text_of(gold.span) + "\t" + gold.val);
        continue;
      }
      const Pred& p = preds[match[g]];
      const bool strict = p.span == gold.span;
      const bool value = ValuesMatch(gold.val, p.value);
      s.lenient.tp++;
      s.value_total++;
      if (value) s.value_correct++;
      if (value)
        s.value.tp++;
      else
        s.value.fp++, s.value.fn++;
      if (strict)
        s.strict.tp++;
      else
        s.strict.fp++, s.strict.fn++;
      if (strict && value)
        s.strict_value.tp++;
      else
        s.strict_value.fp++, s.strict_value.fn++;
      if (!gold.mod.empty()) {
        s.mod_total++;
        if (gold.mod == p.mod) s.mod_correct++;
      }
      if (collect_errors && (!strict || !value)) {
        s.errors.push_back(wd.name + "\t" + (strict ? "" : "EXTENT") + (value ? "" : "VALUE") +
                           "\t" + text_of(gold.span) + "\t" + gold.val + "\t" + text_of(p.span) +
                           "\t" + p.value);
      }
    }
    for (size_t p = 0; p < preds.size(); ++p) {
      if (used[p]) continue;
      s.lenient.fp++, s.strict.fp++, s.value.fp++, s.strict_value.fp++;
      if (collect_errors) {
        const uint32_t b = preds[p].span.begin >= 30 ? preds[p].span.begin - 30 : 0;
        std::string ctx = std::string(Slice(doc.text, Span{b, preds[p].span.end + 30}));
        std::replace(ctx.begin(), ctx.end(), '\n', ' ');
        s.errors.push_back(wd.name + "\tSPURIOUS\t" + text_of(preds[p].span) + "\t" +
                           preds[p].value + "\t" + ctx);
      }
    }
  }
  (void)Lower;
  return s;
}

}  // namespace tri::timeeval

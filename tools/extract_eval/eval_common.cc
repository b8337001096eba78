#include "tools/extract_eval/eval_common.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "core/utf8.h"

namespace tri::eval {
namespace {

bool IsPythonSpace(char32_t c) {
  return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F) || c == 0x85 ||
         c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
         c == 0x202F || c == 0x205F || c == 0x3000;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  return out;
}

std::string Simplify(std::string_view s) {
  std::string n = Lower(Norm(s));
  while (!n.empty() && (n.back() == '.' || n.back() == ' ' || n.back() == ':')) n.pop_back();
  return n;
}

}  // namespace

std::string Norm(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  size_t i = 0;
  while (i < s.size()) {
    const size_t start = i;
    const char32_t cp = NextCodePoint(s, i);
    if (IsPythonSpace(cp)) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out.append(s.substr(start, i - start));
  }
  return out;
}

Counts ScoreItem(const nlohmann::json& item, std::string_view body) {
  Counts c;
  const std::string text = Norm(body);
  for (const auto& w : item.value("with", nlohmann::json::array())) {
    if (!w.is_string()) continue;
    if (text.find(Norm(w.get<std::string>())) != std::string::npos)
      ++c.tp;
    else
      ++c.fn;
  }
  for (const auto& w : item.value("without", nlohmann::json::array())) {
    if (!w.is_string()) continue;
    if (text.find(Norm(w.get<std::string>())) != std::string::npos)
      ++c.fp;
    else
      ++c.tn;
  }
  return c;
}

std::string BodyText(const Document& doc) {
  std::string out;
  for (const Block& b : doc.blocks) {
    if (b.kind == BlockKind::kTitle) continue;
    if (!out.empty()) out += "\n\n";
    out += doc.slice(b.span);
  }
  return out;
}

bool IsGermanPage(std::string_view raw_html, const nlohmann::json& item) {
  const std::string head = Lower(raw_html.substr(0, 20000));
  const size_t html = head.find("<html");
  if (html != std::string::npos) {
    const size_t close = head.find('>', html);
    const size_t lang = head.find("lang=", html);
    if (lang != std::string::npos && lang < close) {
      size_t v = lang + 5;
      if (v < head.size() && (head[v] == '"' || head[v] == '\'')) ++v;
      return head.compare(v, 2, "de") == 0;
    }
  }
  int de = 0, en = 0;
  std::string words;
  for (const char* key : {"with", "without"}) {
    for (const auto& w : item.value(key, nlohmann::json::array())) {
      if (w.is_string()) words += " " + Lower(w.get<std::string>()) + " ";
    }
  }
  for (const char* w : {" der ", " die ", " und ", " das ", " nicht ", " ist ", " mit ", " für ",
                        " auf ", " sich ", " ein ", " eine "}) {
    for (size_t at = words.find(w); at != std::string::npos; at = words.find(w, at + 1)) ++de;
  }
  for (const char* w : {" the ", " and ", " of ", " to ", " is ", " that ", " with ", " for "}) {
    for (size_t at = words.find(w); at != std::string::npos; at = words.find(w, at + 1)) ++en;
  }
  return de > en && de >= 2;
}

bool SameTitle(std::string_view gold, std::string_view got) {
  return !got.empty() && Simplify(gold) == Simplify(got);
}

bool SameAuthors(std::string_view gold, const std::vector<std::string>& got) {
  std::vector<std::string> want;
  std::string cur;
  for (char c : std::string(gold) + ";") {
    if (c == ';') {
      if (!Simplify(cur).empty()) want.push_back(Simplify(cur));
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (want.size() != got.size()) return false;
  for (const std::string& g : got) {
    bool found = false;
    for (const std::string& w : want) found = found || w == Simplify(g);
    if (!found) return false;
  }
  return true;
}

void PrintMisses(const std::string& file, const nlohmann::json& item, std::string_view body) {
  const std::string text = Norm(body);
  std::cout << "== " << file << " (" << text.size() << " bytes of body)\n";
  for (const auto& w : item.value("with", nlohmann::json::array())) {
    if (w.is_string() && text.find(Norm(w.get<std::string>())) == std::string::npos) {
      std::cout << "  FN " << w.get<std::string>() << "\n";
    }
  }
  for (const auto& w : item.value("without", nlohmann::json::array())) {
    if (w.is_string() && text.find(Norm(w.get<std::string>())) != std::string::npos) {
      std::cout << "  FP " << w.get<std::string>() << "\n";
    }
  }
}

bool UnpackPages(const std::string& data_dir, const std::string& pages_dir) {
  namespace fs = std::filesystem;
  if (fs::exists(fs::path(pages_dir) / "pages")) return true;
  std::error_code ec;
  fs::create_directories(pages_dir, ec);
  const std::string cmd = "tar --zstd -xf '" + data_dir + "/pages.tar.zst' -C '" + pages_dir + "'";
  if (std::system(cmd.c_str()) != 0) {
    std::cerr << "extract_eval: cannot unpack pages (" << cmd << ")\n";
    return false;
  }
  return true;
}

}  // namespace tri::eval

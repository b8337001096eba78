#include "langid/snippets.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/utf8.h"
#include "text/chars.h"
#include "text/text.h"

namespace tri::langid_eval {
namespace fs = std::filesystem;
namespace {

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<fs::path> SortedFiles(const std::string& dir, std::string_view ext) {
  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    if (e.is_regular_file() && (ext.empty() || e.path().extension() == ext))
      files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// Joins tokens the way print would: no space before closing punctuation or after opening.
std::string Detokenize(const std::vector<std::string>& tokens) {
  std::string out;
  bool glue_next = false;
  for (const std::string& t : tokens) {
    const bool closing = t == "." || t == "," || t == ";" || t == ":" || t == "!" || t == "?" ||
                         t == ")" || t == "“" || t == "%";
    if (!out.empty() && !closing && !glue_next) out += ' ';
    out += t;
    glue_next = t == "(" || t == "„";
  }
  return out;
}

std::string DecodeEntities(std::string_view s) {
  static const std::pair<std::string_view, std::string_view> kNamed[] = {
      {"amp", "&"},    {"lt", "<"},    {"gt", ">"},    {"quot", "\""},  {"apos", "'"},
      {"nbsp", " "},   {"auml", "ä"},  {"ouml", "ö"},  {"uuml", "ü"},   {"Auml", "Ä"},
      {"Ouml", "Ö"},   {"Uuml", "Ü"},  {"szlig", "ß"}, {"eacute", "é"}, {"egrave", "è"},
      {"agrave", "à"}, {"ndash", "–"}, {"mdash", "—"}, {"bdquo", "„"},  {"ldquo", "“"},
      {"rdquo", "”"},  {"lsquo", "‘"}, {"rsquo", "’"}, {"sbquo", "‚"},  {"hellip", "…"},
      {"laquo", "«"},  {"raquo", "»"}, {"euro", "€"},  {"shy", ""},     {"thinsp", " "}};
  std::string out;
  size_t i = 0;
  while (i < s.size()) {
    if (s[i] != '&') {
      out += s[i++];
      continue;
    }
    const size_t semi = s.find(';', i);
    if (semi == std::string_view::npos || semi - i > 10) {
      out += s[i++];
      continue;
    }
    const std::string_view name = s.substr(i + 1, semi - i - 1);
    bool done = false;
    if (!name.empty() && name[0] == '#') {
      const bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
      const long cp =
          std::strtol(std::string(name.substr(hex ? 2 : 1)).c_str(), nullptr, hex ? 16 : 10);
      if (cp > 0 && cp < 0x110000) AppendUtf8(out, static_cast<char32_t>(cp)), done = true;
    } else {
      for (const auto& [n, v] : kNamed) {
        if (n == name) {
          out += v;
          done = true;
          break;
        }
      }
    }
    if (done) {
      i = semi + 1;
    } else {
      out += s[i++];
    }
  }
  return out;
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return s;
}

std::string HtmlLang(const std::string& lower_html) {
  const size_t html = lower_html.find("<html");
  if (html == std::string::npos) return "";
  const size_t end = lower_html.find('>', html);
  const size_t lang = lower_html.find("lang=", html);
  if (lang == std::string::npos || lang > end) return "";
  size_t b = lang + 5;
  if (b < lower_html.size() && (lower_html[b] == '"' || lower_html[b] == '\'')) ++b;
  size_t e = b;
  while (e < lower_html.size() && lower_html[e] >= 'a' && lower_html[e] <= 'z') ++e;
  return lower_html.substr(b, e - b);
}

// Blanks out <script>, <style>, <noscript> elements and comments (same length, so `html` and
// its lower-case copy stay aligned).
void BlankCode(std::string& html, std::string& lower) {
  static const std::pair<std::string_view, std::string_view> kCode[] = {
      {"<script", "</script"}, {"<style", "</style"}, {"<noscript", "</noscript"}, {"<!--", "-->"}};
  for (const auto& [open, close] : kCode) {
    size_t pos = 0;
    while ((pos = lower.find(open, pos)) != std::string::npos) {
      size_t end = lower.find(close, pos + open.size());
      end = end == std::string::npos ? lower.size() : end + close.size();
      std::fill(html.begin() + pos, html.begin() + end, ' ');
      std::fill(lower.begin() + pos, lower.begin() + end, ' ');
      pos = end;
    }
  }
}

// The text of every <p> element: tags removed, entities decoded, whitespace collapsed.
std::string ParagraphText(const std::string& html, const std::string& lower) {
  std::string raw;
  size_t pos = 0;
  while ((pos = lower.find("<p", pos)) != std::string::npos) {
    const char after = pos + 2 < lower.size() ? lower[pos + 2] : '\0';
    if (after != '>' && after != ' ' && after != '\n' && after != '\t') {
      pos += 2;
      continue;
    }
    const size_t open_end = lower.find('>', pos);
    const size_t close = lower.find("</p", pos);
    if (open_end == std::string::npos || close == std::string::npos || close < open_end) break;
    std::string_view inner(html.data() + open_end + 1, close - open_end - 1);
    bool in_tag = false;
    for (char c : inner) {
      if (c == '<') in_tag = true;
      if (!in_tag) raw += c;
      if (c == '>') in_tag = false, raw += ' ';
    }
    raw += ' ';
    pos = close + 3;
  }
  std::string decoded = DecodeEntities(raw), out;
  for (char c : decoded) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  return out;
}

}  // namespace

std::vector<std::string> SpkAttArticles(const std::string& dir) {
  std::vector<std::string> out;
  for (const fs::path& p : SortedFiles(dir, ".json")) {
    const auto j = nlohmann::json::parse(ReadFile(p), nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.contains("Sentences")) continue;
    std::string text;
    for (const auto& s : j["Sentences"]) {
      if (!s.contains("Tokens")) continue;
      std::vector<std::string> tokens;
      for (const auto& t : s["Tokens"]) {
        if (t.is_string()) tokens.push_back(t.get<std::string>());
      }
      if (!text.empty()) text += ' ';
      text += Detokenize(tokens);
    }
    out.push_back(std::move(text));
  }
  return out;
}

std::vector<Page> TrafilaturaPages(const std::string& pages_dir, const std::string& overrides) {
  std::map<std::string, std::string> fixed;
  std::istringstream lines(ReadFile(overrides));
  for (std::string line; std::getline(lines, line);) {
    if (line.empty() || line[0] == '#') continue;
    const size_t tab = line.find('\t');
    if (tab == std::string::npos) continue;
    const size_t tab2 = line.find('\t', tab + 1);
    fixed[line.substr(0, tab)] =
        line.substr(tab + 1, tab2 == std::string::npos ? tab2 : tab2 - tab - 1);
  }
  std::vector<Page> out;
  for (const fs::path& p : SortedFiles(pages_dir, "")) {
    std::string html = ReadFile(p);
    if (FindInvalidUtf8(html)) continue;
    std::string lower = Lower(html);
    BlankCode(html, lower);
    Page page{p.filename().string(), HtmlLang(lower), ""};
    if (const auto it = fixed.find(page.file); it != fixed.end()) page.lang = it->second;
    if (page.lang.empty() || page.lang == "mixed") continue;
    page.text = ParagraphText(html, lower);
    out.push_back(std::move(page));
  }
  return out;
}

std::string UnpackPages(const std::string& archive, const std::string& dir) {
  if (!fs::exists(archive)) return "";
  const std::string pages = dir + "/pages";
  if (!fs::exists(pages)) {
    fs::create_directories(dir);
    const std::string cmd = "tar --zstd -xf '" + archive + "' -C '" + dir + "'";
    if (std::system(cmd.c_str()) != 0) return "";
  }
  return pages;
}

std::vector<std::string> CutSnippets(std::string_view text, size_t chars, size_t max_count) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < text.size() && out.size() < max_count) {
    while (i < text.size() && text[i] == ' ') ++i;
    size_t j = i, n = 0, letters = 0, spaces = 0;
    while (j < text.size() && n < chars) {
      const char32_t cp = text::DecodeAt(text, j);
      letters += text::Classify(cp) == text::CharClass::kLetter;
      spaces += cp == ' ';
      ++n;
    }
    if (n < chars) break;
    // Prose, not code, tables or score lists: at least 80 % letters among the non-spaces.
    if (letters * 10 >= (n - spaces) * 8) out.emplace_back(text.substr(i, j - i));
    i = j;
    while (i < text.size() && text[i] != ' ') ++i;  // next snippet starts at a word start
  }
  return out;
}

Tally Evaluate(const std::vector<std::string>& snippets, const std::string& gold,
               std::vector<std::string>* errors) {
  Tally t;
  for (const std::string& s : snippets) {
    const LanguageGuess g = IdentifyLanguage(s);
    ++t.total;
    if (g.language == gold) {
      ++t.correct;
    } else {
      (g.language == "und" ? t.und : t.wrong) += 1;
      if (errors) errors->push_back(g.language + "\t" + s);
    }
  }
  return t;
}

}  // namespace tri::langid_eval

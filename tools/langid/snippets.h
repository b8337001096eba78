// Evaluation data for the language identifier, read at run time from ../shared (never copied
// into the project): German SpkAtt-2023 articles (detokenised sentences) and the <p> text of
// the trafilatura-eval HTML pages with the language their <html lang> attribute declares.
// Cuts fixed-length snippets and tallies IdentifyLanguage's answers per gold language.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace tri::langid_eval {

// One text per SpkAtt task JSON file in `dir` (sorted by file name). Empty if unreadable.
std::vector<std::string> SpkAttArticles(const std::string& dir);

struct Page {
  std::string file;
  std::string lang;  // primary subtag of <html lang="...">, lower case; "" if none
  std::string text;  // <p> paragraphs, entities decoded, whitespace collapsed
};

// Pages in `pages_dir` (sorted by name) that are valid UTF-8 and declare a language. The
// language comes from <html lang>, corrected by `overrides` (page_languages.tsv: FILE<TAB>LANG;
// "mixed" pages are left out) where a page declares the wrong one.
std::vector<Page> TrafilaturaPages(const std::string& pages_dir, const std::string& overrides);

// Unpacks the trafilatura pages archive into `dir` (once) and returns `dir`/pages, or "" when
// the archive is missing or tar fails.
std::string UnpackPages(const std::string& archive, const std::string& dir);

// Consecutive snippets of exactly `chars` code points, each starting at a word start, that
// read as prose (at least 80 % of the non-space characters are letters: no code, score
// tables or lists of numbers); at most `max_count` per text.
std::vector<std::string> CutSnippets(std::string_view text, size_t chars, size_t max_count);

struct Tally {
  size_t total = 0, correct = 0, und = 0, wrong = 0;
  double accuracy() const { return total ? static_cast<double>(correct) / total : 0.0; }
};

// Runs IdentifyLanguage on every snippet of `gold` language; appends misses to `errors`.
Tally Evaluate(const std::vector<std::string>& snippets, const std::string& gold,
               std::vector<std::string>* errors = nullptr);

}  // namespace tri::langid_eval

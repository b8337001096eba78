// Scoring helpers of extract_eval, kept apart from its main(): trafilatura's normalisation and
// counts, the German-page test, metadata comparisons and unpacking the pages at run time.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"

namespace tri::eval {

struct Counts {
  int tp = 0, fp = 0, fn = 0, tn = 0;
  void Add(const Counts& o) {
    tp += o.tp;
    fp += o.fp;
    fn += o.fn;
    tn += o.tn;
  }
  double Precision() const { return tp + fp ? double(tp) / (tp + fp) : 0.0; }
  double Recall() const { return tp + fn ? double(tp) / (tp + fn) : 0.0; }
  double Accuracy() const {
    const int total = tp + fp + fn + tn;
    return total ? double(tp + tn) / total : 0.0;
  }
  double F1() const {
    const int denom = 2 * tp + fp + fn;
    return denom ? 2.0 * tp / denom : 0.0;
  }
};

// Python's re.sub(r"\s+", " ", s).strip() on str (Unicode whitespace).
std::string Norm(std::string_view s);

// tp/fp/fn/tn of one evaldata item against an extracted body text.
Counts ScoreItem(const nlohmann::json& item, std::string_view body);

// Document::text without the title block(s).
std::string BodyText(const Document& doc);

// German page: <html lang="de..."> in the raw page, else German function words in the snippets.
bool IsGermanPage(std::string_view raw_html, const nlohmann::json& item);

bool SameTitle(std::string_view gold, std::string_view got);
bool SameAuthors(std::string_view gold, const std::vector<std::string>& got);

void PrintMisses(const std::string& file, const nlohmann::json& item, std::string_view body);

// Unpacks data/pages.tar.zst into pages_dir (skipped when pages_dir/pages exists already).
bool UnpackPages(const std::string& data_dir, const std::string& pages_dir);

}  // namespace tri::eval

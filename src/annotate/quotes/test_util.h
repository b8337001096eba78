// Test helpers for the quotes stage: build an analysed Document from a string and find quotes.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "annotate/quotes/quotes.h"
#include "text/text.h"

namespace tri::quotes_test {

inline Document MakeDoc(std::string text, std::string language = "de") {
  Document doc;
  doc.id = "test";
  doc.text = std::move(text);
  AnalyzeText(doc);
  doc.language = std::move(language);
  return doc;
}

inline const QuoteAnnotator& Annotator() {
  static const std::shared_ptr<const QuoteAnnotator> a = [] {
    auto r = QuoteAnnotator::Create({});
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return *r;
  }();
  return *a;
}

inline Document Annotated(std::string text, std::string language = "de") {
  Document doc = MakeDoc(std::move(text), std::move(language));
  Annotator().Annotate(doc);
  return doc;
}

// The quote whose text contains `needle`, or nullptr.
inline const Quote* FindQuote(const Document& doc, std::string_view needle) {
  for (const Quote& q : doc.quotes) {
    if (doc.slice(q.span).find(needle) != std::string_view::npos) return &q;
  }
  return nullptr;
}

}  // namespace tri::quotes_test

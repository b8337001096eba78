// Test helpers (tests only) shared by the compare tests: reports built from a text written for
// the test, run through the claims stage, a story of them compared, and a lookup of compared
// claims in a story.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "annotate/claims/test_util.h"
#include "compare/compare.h"

namespace tri::testing {

// One outlet's German report, published at `published` (ISO 8601), with its claims.
inline Document Report(std::string id, std::string text, std::string outlet,
                       std::string published) {
  Document d = DocBuilder(std::move(text), "de", std::move(id))
                   .Outlet(std::move(outlet))
                   .Published(published)
                   .Build();
  Annotate(d);
  return d;
}

// The story of `docs` (all of them, in order) compared with default options.
inline Story CompareAll(std::string id, std::vector<Document>& docs) {
  Story story;
  story.id = std::move(id);
  std::vector<Document*> ptrs;
  for (Document& d : docs) ptrs.push_back(&d);
  CompareStory(story, ptrs, {});
  return story;
}

// The compared claim of `slot` whose statement contains `statement_part` (and, when `doc` is
// given, that has a value from that document).
inline const ComparedClaim* Find(const Story& story, std::string_view slot,
                                 std::string_view statement_part, std::string_view doc = "") {
  for (const ComparedClaim& c : story.claims) {
    if (c.slot == slot && c.statement.find(statement_part) != std::string::npos &&
        (doc.empty() || c.values.count(std::string(doc)))) {
      return &c;
    }
  }
  return nullptr;
}

}  // namespace tri::testing

// Report stage: the Analysis as JSON (the public contract in OUTPUT.md, schema in
// docs/output.schema.json), as Markdown, and as a self-contained HTML page (no external assets,
// every piece of article text escaped).
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "core/analysis.h"
#include "core/document.h"

namespace tri {

using Json = nlohmann::ordered_json;

struct JsonOptions {
  bool annotations = true;  // entities, timex, quotes, claims, sourcing (off for `extract`)
  bool tokens = true;       // sentence and token spans
};

Json DocumentToJson(const Document& doc, const JsonOptions& options = {});
Json StoryToJson(const Story& story);
Json EntityToJson(const CanonicalEntity& entity);
// { "documents": [...], "stories": [...], "syndication": [...], "entities": [...] }
Json AnalysisToJson(const Analysis& analysis, const JsonOptions& options = {});

std::string RenderMarkdown(const Analysis& analysis);
std::string RenderHtml(const Analysis& analysis);

// Escapes text for HTML element content and attribute values (& < > " ').
std::string HtmlEscape(std::string_view text);

}  // namespace tri

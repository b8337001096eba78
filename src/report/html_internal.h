// Pieces of the HTML report (html.cc assembles them). Every function escapes all text it writes.
#pragma once

#include <string>

#include "core/analysis.h"
#include "report/report_util.h"

namespace tri::report_internal {

extern const char kReportCss[];

void AppendStoryHtml(const Story& story, const DocumentIndex& docs, std::string& out);
void AppendTimelineHtml(const Story& story, const DocumentIndex& docs, std::string& out);
void AppendSourcingHtml(const Story& story, const DocumentIndex& docs, std::string& out);
void AppendDocumentHtml(const Document& doc, std::string& out);

// Anchor id for a document section ("doc-<id>").
std::string DocAnchor(const std::string& id);

}  // namespace tri::report_internal

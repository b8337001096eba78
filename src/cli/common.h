// Helpers shared by the commands: option sets, error printing, output files, progress bar.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/status.h"
#include "pipeline/pipeline.h"

namespace tri::cli {

// Prints each error as one line "triangulate: <message>" on stderr.
void PrintErrors(const std::vector<Status>& errors);

// Writes `content` to `path`, or to stdout when path is empty or "-".
Status WriteOutput(const std::string& path, const std::string& content);

// A progress callback drawing a bar on stderr when it is a terminal and there are more than a
// few files; otherwise a no-op.
ProgressFn MakeProgressBar();
// Ends the bar's line if one was drawn.
void FinishProgressBar();

// Parses --anchor "YYYY-MM-DD[THH:MM]".
Result<DateTime> ParseAnchor(const std::string& text);

}  // namespace tri::cli

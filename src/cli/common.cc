#include "cli/common.h"

#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <iostream>

namespace tri::cli {
namespace {
bool g_bar_drawn = false;
}

void PrintErrors(const std::vector<Status>& errors) {
  for (const Status& e : errors) std::cerr << "triangulate: " << e.message() << "\n";
}

Status WriteOutput(const std::string& path, const std::string& content) {
  if (path.empty() || path == "-") {
    std::cout << content;
    std::cout.flush();
    return std::cout ? Status() : Status::IoError("cannot write to standard output");
  }
  std::ofstream out(path, std::ios::binary);
  if (!out) return Status::IoError("cannot open for writing").At(path);
  out << content;
  out.close();
  if (!out) return Status::IoError("write failed").At(path);
  return Status();
}

ProgressFn MakeProgressBar() {
  if (!isatty(STDERR_FILENO)) return {};
  return [](size_t done, size_t total) {
    if (total <= 5) return;
    constexpr int kWidth = 40;
    const int filled = static_cast<int>(kWidth * done / total);
    std::string bar(filled, '#');
    bar.resize(kWidth, '.');
    std::fprintf(stderr, "\r[%s] %zu/%zu files", bar.c_str(), done, total);
    std::fflush(stderr);
    g_bar_drawn = true;
  };
}

void FinishProgressBar() {
  if (g_bar_drawn) std::fputc('\n', stderr);
  g_bar_drawn = false;
}

Result<DateTime> ParseAnchor(const std::string& text) {
  auto dt = DateTime::ParseIso(text);
  if (!dt)
    return Status::InvalidArgument("--anchor must be YYYY-MM-DD or YYYY-MM-DDTHH:MM, got '" + text +
                                   "'");
  return *dt;
}

}  // namespace tri::cli

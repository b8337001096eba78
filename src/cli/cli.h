// Command-line front end: `triangulate analyze|extract|annotate|...`. Each command is
// registered from its own file; RunCli parses and dispatches. Exit codes follow OUTPUT.md:
// 0 all inputs analysed, 1 some inputs failed (each named on stderr), 2 usage error.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <string>
#include <vector>

namespace tri::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitSomeFailed = 1;
inline constexpr int kExitUsage = 2;

// A command adds its subcommand to the app and sets `run` to what executes it after parsing.
struct Command {
  CLI::App* app = nullptr;
  std::function<int()> run;
};

using CommandFactory = std::function<Command(CLI::App& root)>;

// Every command file registers itself here (see commands.cc).
std::vector<CommandFactory> AllCommands();

int RunCli(int argc, char** argv);

}  // namespace tri::cli

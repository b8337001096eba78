// The list of commands. Each issue's command adds one line here and one *_command.cc file.
#include "cli/cli.h"

namespace tri::cli {

Command MakeAnalyzeCommand(CLI::App& root);
Command MakeExtractCommand(CLI::App& root);
Command MakeAnnotateCommand(CLI::App& root);
Command MakeSpkattCommand(CLI::App& root);
Command MakeIngestCommand(CLI::App& root);
Command MakeSearchCommand(CLI::App& root);
Command MakeStoriesCommand(CLI::App& root);
Command MakeStoryCommand(CLI::App& root);
Command MakeEntityCommand(CLI::App& root);
#ifdef TRI_HAVE_SERVER
Command MakeServeCommand(CLI::App& root);
#endif

std::vector<CommandFactory> AllCommands() {
  return {
      MakeAnalyzeCommand, MakeExtractCommand, MakeAnnotateCommand,
      MakeSpkattCommand,  MakeIngestCommand,  MakeSearchCommand,
      MakeStoriesCommand, MakeStoryCommand,   MakeEntityCommand,
#ifdef TRI_HAVE_SERVER
      MakeServeCommand,
#endif
  };
}

}  // namespace tri::cli

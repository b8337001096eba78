#include "cli/cli.h"

#include <iostream>

namespace tri::cli {

int RunCli(int argc, char** argv) {
  CLI::App app("triangulate: compares news reports claim by claim across outlets", "triangulate");
  app.set_version_flag("--version", std::string("triangulate ") + TRI_VERSION + "\n");
  app.require_subcommand(1);
  std::vector<Command> commands;
  for (const CommandFactory& make : AllCommands()) commands.push_back(make(app));
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitUsage;
  }
  for (const Command& c : commands) {
    if (c.app->parsed()) return c.run();
  }
  std::cerr << app.help();
  return kExitUsage;
}

}  // namespace tri::cli

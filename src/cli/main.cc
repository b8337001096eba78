#include "cli/cli.h"

int main(int argc, char** argv) { return tri::cli::RunCli(argc, argv); }

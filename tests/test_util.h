// Helpers for whole-pipeline tests that run the built `triangulate` binary.
#pragma once

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace tri::testing {

struct CommandResult {
  int exit_code = -1;
  std::string out;  // stdout
  std::string err;  // stderr
};

inline std::string ReadFileOrEmpty(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// Runs `command` through the shell, capturing stdout and stderr separately.
inline CommandResult RunCommand(const std::string& command) {
  static int counter = 0;
  const std::string err_path =
      (std::filesystem::temp_directory_path() /
       ("tri_test_err_" + std::to_string(getpid()) + "_" + std::to_string(counter++)))
          .string();
  CommandResult r;
  FILE* pipe = popen((command + " 2>" + err_path).c_str(), "r");
  if (!pipe) return r;
  std::array<char, 65536> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0) r.out.append(buf.data(), n);
  const int status = pclose(pipe);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.err = ReadFileOrEmpty(err_path);
  std::filesystem::remove(err_path);
  return r;
}

inline std::string Quote(const std::string& s) { return "'" + s + "'"; }

}  // namespace tri::testing

// What the NER tools (ner_train, ner_eval, ner_clusters) share: reading a whole file and the
// "--flag value" command-line loop, so every tool accepts and rejects flags the same way.
#pragma once

#include <cstdint>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>
#include <string>

namespace tri::ner_tools {

// The whole file at `path` into `out`; false if it cannot be opened.
inline bool ReadFile(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::stringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

// Flag name ("--data", "-o") -> what to do with its value.
using FlagHandlers = std::map<std::string, std::function<void(const std::string&)>>;

// Handlers that store a flag's value, parsed as the type of the target.
inline std::function<void(const std::string&)> Store(std::string& to) {
  return [&to](const std::string& v) { to = v; };
}
inline std::function<void(const std::string&)> Store(int& to) {
  return [&to](const std::string& v) { to = std::stoi(v); };
}
inline std::function<void(const std::string&)> Store(uint64_t& to) {
  return [&to](const std::string& v) { to = std::stoull(v); };
}
inline std::function<void(const std::string&)> Store(double& to) {
  return [&to](const std::string& v) { to = std::stod(v); };
}

// Reads argv[1..] as "flag value" pairs (a trailing flag without a value is ignored) and hands
// each value to its flag's handler. Returns false and sets `unknown` at the first flag with no
// handler; handlers of earlier flags have run by then. Number parsing in a handler may throw
// std::invalid_argument, as the tools always did.
inline bool ParseFlags(int argc, char** argv, const FlagHandlers& handlers, std::string& unknown) {
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string a = argv[i], v = argv[i + 1];
    const auto it = handlers.find(a);
    if (it == handlers.end()) {
      unknown = a;
      return false;
    }
    it->second(v);
  }
  return true;
}

}  // namespace tri::ner_tools

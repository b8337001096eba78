// Compiles the lexicon TSV of tools/ner/make_lexicon.py into data/ner/lexicon.bin:
//   ner_lexicon LEXICON.tsv data/ner/lexicon.bin
// Words are Lower()ed here (the same folding the features use) and their flags merged.
// Deterministic: the output depends only on the input lines, not on their order.
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>

#include "annotate/entities/fold.h"
#include "annotate/entities/lexicon.h"

namespace {

using tri::ner::LexEntry;

bool FlagBit(std::string_view name, uint16_t& bit) {
  static constexpr std::pair<std::string_view, uint16_t> kFlags[] = {
      {"noun", tri::ner::kLexNoun},
      {"lower", tri::ner::kLexLower},
      {"cap", tri::ner::kLexCap},
      {"abbr", tri::ner::kLexAbbr},
      {"surname", tri::ner::kLexSurname},
      {"first", tri::ner::kLexFirst},
      {"person", tri::ner::kLexPerson},
      {"freq1k", tri::ner::kLexFreq1k},
      {"freq10k", tri::ner::kLexFreq10k},
      {"freq64k", tri::ner::kLexFreq64k},
      {"corpuslower", tri::ner::kLexCorpusLower},
      {"corpuscap", tri::ner::kLexCorpusCap},
      {"english", tri::ner::kLexEnglish}};
  for (const auto& [n, b] : kFlags) {
    if (n == name) {
      bit = b;
      return true;
    }
  }
  return false;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: ner_lexicon LEXICON.tsv OUT.bin\n";
    return 2;
  }
  std::ifstream in(argv[1]);
  if (!in) {
    std::cerr << "ner_lexicon: cannot read " << argv[1] << "\n";
    return 1;
  }
  std::vector<std::pair<std::string, LexEntry>> words;
  std::string line;
  size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    std::vector<std::string> f;
    std::stringstream ss(line);
    for (std::string field; std::getline(ss, field, '\t');) f.push_back(field);
    if (f.size() != 2 + tri::ner::kClusterLevels) {
      std::cerr << "ner_lexicon: " << argv[1] << ":" << line_no << ": expected 5 fields\n";
      return 1;
    }
    LexEntry e;
    std::stringstream flags(f[1]);
    for (std::string name; std::getline(flags, name, ',');) {
      uint16_t bit = 0;
      if (!FlagBit(name, bit)) {
        std::cerr << "ner_lexicon: " << argv[1] << ":" << line_no << ": unknown flag " << name
                  << "\n";
        return 1;
      }
      e.flags |= bit;
    }
    for (int k = 0; k < tri::ner::kClusterLevels; ++k) {
      if (f[2 + k] != "-") e.cluster[k] = static_cast<uint16_t>(std::stoi(f[2 + k]) + 1);
    }
    words.emplace_back(tri::ner::Lower(f[0]), e);
  }
  std::string bytes;
  tri::ner::Lexicon::Build(words)->Serialize(bytes);
  std::ofstream out(argv[2], std::ios::binary);
  out << bytes;
  if (!out) {
    std::cerr << "ner_lexicon: cannot write " << argv[2] << "\n";
    return 1;
  }
  std::cerr << "ner_lexicon: " << words.size() << " lines -> " << bytes.size() << " bytes\n";
  return 0;
}

// Trains the NER model shipped in data/ner/model.bin (see data/ner/SOURCES):
//   ner_train --data NER-de-dev.tsv --gazetteer data/ner/gazetteer.tsv \
//             --lexicon data/ner/lexicon.bin -o data/ner/model.bin
//             [--exclude-fold F --folds K] [--epochs N] [--augment COPIES]
// Deterministic: the same inputs give byte-identical output. Single-threaded.
#include <chrono>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "annotate/entities/training.h"
#include "tool_util.h"

using tri::ner_tools::ReadFile;
using tri::ner_tools::Store;

int main(int argc, char** argv) {
  std::string data_path, gaz_path, lex_path, out_path;
  tri::ner::NerTrainOptions options;
  int exclude = -1, folds = 10;
  std::string unknown;
  if (!tri::ner_tools::ParseFlags(argc, argv,
                                  {{"--data", Store(data_path)},
                                   {"--gazetteer", Store(gaz_path)},
                                   {"--lexicon", Store(lex_path)},
                                   {"-o", Store(out_path)},
                                   {"--exclude-fold", Store(exclude)},
                                   {"--folds", Store(folds)},
                                   {"--epochs", Store(options.outer.epochs)},
                                   {"--augment", Store(options.augment.copies)}},
                                  unknown)) {
    std::cerr << "ner_train: unknown option " << unknown << "\n";
    return 2;
  }
  if (data_path.empty() || gaz_path.empty() || out_path.empty()) {
    std::cerr << "usage: ner_train --data TSV --gazetteer TSV [--lexicon BIN] -o MODEL "
                 "[--exclude-fold F --folds K] [--epochs N] [--augment COPIES]\n";
    return 2;
  }
  std::string data_text, gaz_text;
  if (!ReadFile(data_path, data_text) || !ReadFile(gaz_path, gaz_text)) {
    std::cerr << "ner_train: cannot read inputs\n";
    return 1;
  }
  auto data = tri::ner::ParseGermEval(data_text);
  auto gaz = tri::ner::Gazetteer::Parse(gaz_text);
  if (!data.ok() || !gaz.ok()) {
    std::cerr << "ner_train: " << (data.ok() ? gaz.status() : data.status()).ToString() << "\n";
    return 1;
  }
  std::shared_ptr<const tri::ner::Lexicon> lexicon;
  if (!lex_path.empty()) {
    std::string lex_bytes;
    if (!ReadFile(lex_path, lex_bytes)) {
      std::cerr << "ner_train: cannot read " << lex_path << "\n";
      return 1;
    }
    auto parsed = tri::ner::Lexicon::Parse(lex_bytes);
    if (!parsed.ok()) {
      std::cerr << "ner_train: " << parsed.status().ToString() << "\n";
      return 1;
    }
    lexicon = *parsed;
  }
  std::vector<tri::ner::ConllSentence> train;
  for (size_t i = 0; i < data->size(); ++i) {
    if (exclude >= 0 && tri::ner::InFold(i, data->size(), exclude, folds)) continue;
    train.push_back((*data)[i]);
  }
  const auto t0 = std::chrono::steady_clock::now();
  const std::string bytes = tri::ner::TrainRecognizerModel(train, *gaz, lexicon, options);
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::ofstream out(out_path, std::ios::binary);
  out << bytes;
  if (!out) {
    std::cerr << "ner_train: cannot write " << out_path << "\n";
    return 1;
  }
  std::cerr << "ner_train: " << train.size() << " sentences, " << secs << " s, " << bytes.size()
            << " bytes -> " << out_path << "\n";
  return 0;
}

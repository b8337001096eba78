#include "text_corpus.h"

#include <array>
#include <string_view>
#include <vector>

namespace tri::bench {
namespace {

// xorshift64*: a fixed generator, so the corpus is identical on every platform.
class Rng {
 public:
  explicit Rng(uint64_t seed) : s_(seed ? seed : 1) {}
  uint64_t Next() {
    s_ ^= s_ >> 12;
    s_ ^= s_ << 25;
    s_ ^= s_ >> 27;
    return s_ * 2685821657736338717ull;
  }
  size_t Below(size_t n) { return static_cast<size_t>(Next() % n); }
  template <typename T, size_t N>
  const T& Pick(const std::array<T, N>& a) {
    return a[Below(N)];
  }

 private:
  uint64_t s_;
};

using SV = std::string_view;

constexpr std::array<SV, 12> kPeople = {"Bundeskanzlerin Maria Keller",
                                        "Außenminister Jonas Brandt",
                                        "Dr. Petra Lindner",
                                        "Prof. Dr. Uwe Hagemann",
                                        "die Ministerpräsidentin Anke Vogt",
                                        "US-Präsident John Carver",
                                        "der Bürgermeister Tobias Reuter",
                                        "Polizeisprecher Frank Weiß",
                                        "die Grünen-Chefin Lea Sommer",
                                        "Verteidigungsminister Karl-Heinz Böhm",
                                        "die Ökonomin Sabine Özdemir",
                                        "Regierungschef Li Wen"};
constexpr std::array<SV, 10> kPlaces = {"Berlin",  "München",    "Köln",  "Hamburg",
                                        "Brüssel", "Washington", "Seoul", "Frankfurt am Main",
                                        "Dresden", "St. Pölten"};
constexpr std::array<SV, 12> kMonths = {"Januar",    "Februar", "März",     "April",
                                        "Mai",       "Juni",    "Juli",     "August",
                                        "September", "Oktober", "November", "Dezember"};
constexpr std::array<SV, 7> kDays = {"Montag",  "Dienstag", "Mittwoch", "Donnerstag",
                                     "Freitag", "Samstag",  "Sonntag"};
constexpr std::array<SV, 10> kTopics = {
    "die Reform der Schuldenbremse",     "der Ausbau der Stromnetze",
    "das Treffen der G7-Staaten",        "die Lage an der Nord- und Ostseeküste",
    "der Streit um die Mietpreisbremse", "die Zukunft des Apec-Gipfels",
    "der Haushalt für das Jahr 2026",    "die Verhandlungen mit der EU-Kommission",
    "der Bau der neuen S-Bahn-Strecke",  "die Zahl der Asylanträge"};
constexpr std::array<SV, 8> kVerbs = {"sagte",  "erklärte",   "betonte",    "kündigte an",
                                      "warnte", "räumte ein", "teilte mit", "sagte der dpa"};
constexpr std::array<SV, 10> kQuotes = {"Wir werden das nicht hinnehmen.",
                                        "Das ist ein wichtiger Schritt für unser Land.",
                                        "Die Lage ist ernst, aber nicht hoffnungslos.",
                                        "Niemand hat mit so vielen Menschen gerechnet!",
                                        "Wer soll das bezahlen?",
                                        "Wir brauchen z. B. mehr Personal in den Behörden.",
                                        "Die Gespräche laufen – mehr kann ich nicht sagen.",
                                        "Das war bzw. ist ein Fehler.",
                                        "Am Ende zählt, was auf dem Platz passiert.",
                                        "Es gibt u. a. Probleme bei der Finanzierung."};
constexpr std::array<SV, 10> kClauses = {
    "die Kosten seien in den vergangenen Monaten deutlich gestiegen",
    "man werde die Vorschläge der Opposition sorgfältig prüfen",
    "eine Einigung sei noch vor der Sommerpause möglich",
    "die Zahl der Betroffenen könnte weiter steigen",
    "das Projekt liege im Zeitplan und werde rund 1,5 Mrd. Euro kosten",
    "die Regierung habe aus den Fehlern der Vergangenheit gelernt",
    "der Vorschlag sei mit den Ländern abgestimmt",
    "die Polizei habe ca. 300 Einsatzkräfte zusammengezogen",
    "die Gespräche in der Nacht zum Freitag ohne Ergebnis beendet worden seien",
    "ein Treffen im 4. Quartal denkbar sei"};
constexpr std::array<SV, 6> kOutlets = {"dpa", "AFP", "Reuters", "epd", "KNA", "AP"};

class Writer {
 public:
  explicit Writer(uint64_t seed) : rng_(seed) {}

  // clang-format off
  void Number(std::string& out) {
    switch (rng_.Below(6)) {
      case 0: out += std::to_string(1 + rng_.Below(9)) + "." + Pad3(rng_.Below(1000)); break;
      case 1: out += std::to_string(rng_.Below(20)) + "," + std::to_string(rng_.Below(10)) + " %"; break;
      case 2: out += std::to_string(10 + rng_.Below(14)) + ":" + Pad2(rng_.Below(60)) + " Uhr"; break;
      case 3: out += std::to_string(2015 + rng_.Below(5)) + "-" + std::to_string(2021 + rng_.Below(5)); break;
      case 4: out += std::to_string(1 + rng_.Below(9)) + "," + std::to_string(rng_.Below(10)) + " Mio. Euro"; break;
      default: out += std::to_string(10 + rng_.Below(990)); break;
    }
  }
  // clang-format on

  void Sentence(std::string& out) {
    switch (rng_.Below(7)) {
      case 0:
        out += rng_.Pick(kPeople), out += ' ', out += rng_.Pick(kVerbs);
        out += " am ", out += rng_.Pick(kDays), out += " in ", out += rng_.Pick(kPlaces);
        out += ", ", out += rng_.Pick(kClauses), out += '.';
        break;
      case 1:
        out += "„", out += rng_.Pick(kQuotes), out += "“, ", out += rng_.Pick(kVerbs);
        out += ' ', out += rng_.Pick(kPeople), out += '.';
        break;
      case 2:
        out += "Ab dem " + std::to_string(1 + rng_.Below(28)) + ". ", out += rng_.Pick(kMonths);
        out += " soll ", out += rng_.Pick(kTopics), out += " im Mittelpunkt stehen.";
        break;
      case 3:
        out += "Nach Angaben der Behörden waren es zuletzt ", Number(out);
        out += " – deutlich mehr als im Vorjahr.";
        break;
      case 4:
        out += rng_.Pick(kPeople), out += " sagte: „", out += rng_.Pick(kQuotes), out += "“";
        break;
      case 5:
        out += "Umstritten ist vor allem ", out += rng_.Pick(kTopics);
        out += " (siehe auch www.example-nachrichten.de/politik).";
        break;
      default:
        out += "Im " + std::to_string(18 + rng_.Below(3)) + ". Jahrhundert war das anders; ";
        out += "heute liegt der Anteil bei ", Number(out), out += '.';
        break;
    }
  }

  void Article(std::string& out) {
    std::string_view place = rng_.Pick(kPlaces);
    out += "Streit um ", out += rng_.Pick(kTopics), out += "\n\n";
    out += "Von Anna Schmidt, ", out += place, out += "\n\n";
    const size_t day = 1 + rng_.Below(28), month = 1 + rng_.Below(12);
    out += Pad2(day) + "." + Pad2(month) + ".2025, " + Pad2(rng_.Below(24)) + ":" +
           Pad2(rng_.Below(60)) + " Uhr\n\n";
    out += place, out += " (", out += rng_.Pick(kOutlets), out += ") - ";
    const size_t paragraphs = 4 + rng_.Below(5);
    for (size_t p = 0; p < paragraphs; ++p) {
      const size_t sentences = 2 + rng_.Below(4);
      for (size_t s = 0; s < sentences; ++s) {
        if (s) out += ' ';
        Sentence(out);
      }
      out += "\n\n";
    }
    out += "© ", out += rng_.Pick(kOutlets), out += "-infocom, ", out += Pad2(day) + ".";
    out += Pad2(month) + ".2025 | 0:" + Pad2(rng_.Below(60)) + " min\n\n";
  }

 private:
  static std::string Pad2(size_t n) { return (n < 10 ? "0" : "") + std::to_string(n); }
  static std::string Pad3(size_t n) {
    return (n < 10 ? "00" : n < 100 ? "0" : "") + std::to_string(n);
  }
  Rng rng_;
};

}  // namespace

GeneratedCorpus GenerateGermanNews(size_t min_bytes, uint64_t seed) {
  GeneratedCorpus c;
  Writer w(seed);
  c.text.reserve(min_bytes + 8192);
  while (c.text.size() < min_bytes) {
    w.Article(c.text);
    ++c.articles;
  }
  return c;
}

}  // namespace tri::bench

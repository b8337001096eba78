#include "server_corpus.h"

#include <filesystem>
#include <fstream>
#include <random>

namespace tri::bench {
namespace {

const std::vector<std::string> kPlaces = {
    "Berlin",     "Hamburg", "München",     "Köln",     "Frankfurt", "Stuttgart",
    "Düsseldorf", "Leipzig", "Dresden",     "Hannover", "Nürnberg",  "Bremen",
    "Duisburg",   "Bochum",  "Münster",     "Kiel",     "Rostock",   "Potsdam",
    "Erfurt",     "Mainz",   "Saarbrücken", "Freiburg", "Augsburg",  "Regensburg"};
const std::vector<std::string> kOrgs = {"Deutsche Bahn",
                                        "Stadtwerke",
                                        "Landesregierung",
                                        "Bundesregierung",
                                        "Feuerwehr",
                                        "Polizei",
                                        "Gewerkschaft Verdi",
                                        "IG Metall",
                                        "Verkehrsverbund",
                                        "Handwerkskammer",
                                        "Industrie- und Handelskammer",
                                        "Umweltbundesamt",
                                        "Bundesnetzagentur",
                                        "Landgericht",
                                        "Stadtrat"};
const std::vector<std::string> kEvents = {"Streik",           "Großbrand",    "Brückensperrung",
                                          "Hochwasser",       "Stromausfall", "Haushaltsstreit",
                                          "Tarifverhandlung", "Bauprojekt",   "Gerichtsverfahren",
                                          "Unwetter",         "Zugausfall",   "Demonstration",
                                          "Wahlkampf",        "Mietenstreit", "Werksschließung",
                                          "Cyberangriff"};
const std::vector<std::string> kOutlets = {
    "Rheinpost",         "Nordkurier",      "Hauptstadtkurier", "Stadtblatt",       "Westfunk",
    "Märkische Zeitung", "Radio Havelland", "Lausitzer Blatt",  "Südkurier Online", "Elbe-Echo"};
const std::vector<std::string> kFirst = {
    "Anna",   "Jonas", "Petra",  "Mehmet",  "Claudia", "Stefan",  "Lena", "Thomas",
    "Sabine", "Yusuf", "Katrin", "Michael", "Julia",   "Andreas", "Eva",  "Rainer"};
const std::vector<std::string> kLast = {
    "Schmidt", "Weber",  "Yilmaz",  "Hoffmann", "Krüger",     "Voss",     "Becker", "Wagner",
    "Lehmann", "Schulz", "Neumann", "Braun",    "Zimmermann", "Hartmann", "Lange",  "Koch"};
const std::vector<std::string> kFiller = {
    "Die Lage sei weiterhin unübersichtlich, hieß es am Abend.",
    "Anwohner berichteten von langen Wartezeiten und geschlossenen Straßen.",
    "Die Opposition forderte eine rasche Aufklärung der Vorgänge.",
    "Experten rechnen mit Folgen für die gesamte Region.",
    "Nach Angaben aus Verwaltungskreisen wird eine Sondersitzung vorbereitet.",
    "Der Verkehr in der Innenstadt war zeitweise stark eingeschränkt.",
    "Viele Pendler wichen auf andere Verbindungen aus.",
    "Eine abschließende Bewertung soll in der kommenden Woche folgen.",
    "Die Kosten könnten nach ersten Schätzungen deutlich steigen.",
    "Kritiker werfen den Verantwortlichen vor, zu spät reagiert zu haben."};

template <typename T>
const T& Pick(std::mt19937_64& rng, const std::vector<T>& v) {
  return v[rng() % v.size()];
}

}  // namespace

const std::vector<std::string>& CorpusSearchTerms() {
  static const std::vector<std::string> kTerms = [] {
    std::vector<std::string> t = kPlaces;
    t.insert(t.end(), kEvents.begin(), kEvents.end());
    t.insert(t.end(),
             {"Feuerwehr", "Polizei", "Gewerkschaft", "Stadtwerke", "Verletzte", "Millionen Euro",
              "\"Deutsche Bahn\"", "Sperrung", "Brücke", "Streik", "Kosten"});
    return t;
  }();
  return kTerms;
}

std::vector<std::string> WriteServerCorpus(const std::string& dir, const CorpusOptions& o) {
  std::filesystem::create_directories(dir);
  std::mt19937_64 rng(o.seed);
  std::vector<std::string> paths;
  int day = 0;  // days since Jan 1 of first_year; a few stories start per day
  size_t story = 0;
  while (paths.size() < o.articles) {
    ++story;
    if (story % 3 == 0) ++day;
    const std::string place = Pick(rng, kPlaces), org = Pick(rng, kOrgs),
                      event = Pick(rng, kEvents);
    const std::string person = Pick(rng, kFirst) + " " + Pick(rng, kLast);
    const int base_number = 5 + static_cast<int>(rng() % 200);
    const size_t outlets = 2 + rng() % 5;
    for (size_t k = 0; k < outlets && paths.size() < o.articles; ++k) {
      const std::string& outlet = kOutlets[(story + k) % kOutlets.size()];
      const int d = day + static_cast<int>(rng() % 3);
      const int month = 1 + (d / 28) % 12, dom = 1 + d % 28, year = o.first_year + d / 336;
      const int hour = 6 + static_cast<int>(rng() % 15), minute = static_cast<int>(rng() % 60);
      // Outlets disagree on the number now and then: the comparison has something to find.
      const int number =
          rng() % 4 == 0 ? base_number + 1 + static_cast<int>(rng() % 20) : base_number;
      char date[64];
      std::snprintf(date, sizeof date, "%02d.%02d.%04d, %02d:%02d Uhr", dom, month, year, hour,
                    minute);
      std::string text = event + " in " + place + ": " + org + " äußert sich\n" + date + "\n";
      text += "In " + place + " hat ein " + event + " am Vormittag für Aufsehen gesorgt. ";
      text +=
          "Nach Angaben der " + org + " sind " + std::to_string(number) + " Menschen betroffen.\n";
      text += "\"Wir tun alles, um die Lage schnell zu klären\", sagte " + person + " von der " +
              org + ".\n";
      text +=
          "Der Schaden wird auf " + std::to_string(number / 5 + 1) + " Millionen Euro geschätzt.\n";
      const size_t fill = 4 + rng() % 8;
      for (size_t f = 0; f < fill; ++f) text += Pick(rng, kFiller) + (f % 3 == 2 ? "\n" : " ");
      text += "\nQuelle: " + outlet + "\n";
      char name[64];
      std::snprintf(name, sizeof name, "%06zu-%zu.txt", paths.size(), k);
      const std::string path = (std::filesystem::path(dir) / name).string();
      std::ofstream(path, std::ios::binary) << text;
      paths.push_back(path);
    }
  }
  return paths;
}

}  // namespace tri::bench

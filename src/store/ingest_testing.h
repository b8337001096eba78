// Generated German articles for the ingest tests (written by this project): plain-text files
// with a title line, a date line and a few paragraphs, one story per `topic`.
#pragma once

#include <cstdio>
#include <fstream>
#include <string>

namespace tri::store::testing {

inline std::string ArticleText(int topic, int outlet, int variant = 0) {
  static const char* kPlaces[] = {"Duisburg", "Leipzig", "Kiel",   "Mainz",
                                  "Erfurt",   "Bremen",  "Potsdam"};
  static const char* kEvents[] = {"Brückensperrung", "Bahnstreik", "Großbrand", "Stromausfall",
                                  "Hochwasser"};
  const char* place = kPlaces[topic % 7];
  const char* event = kEvents[topic % 5];
  char date[64];
  std::snprintf(date, sizeof date, "%02d.%02d.2026, %02d:%02d Uhr", 1 + topic % 28,
                1 + (topic / 28) % 12, 8 + outlet, 5 * variant % 60);
  std::string t = std::string(event) + " in " + place + " (Runde " + std::to_string(topic) + ")\n" +
                  date + "\n";
  t += "In " + std::string(place) + " dauert der " + event + " an. Nach Angaben der Stadt sind " +
       std::to_string(100 + topic + outlet * (variant + 1)) + " Menschen betroffen.\n";
  t += "\"Wir arbeiten mit Hochdruck an einer Lösung\", sagte Bürgermeisterin Anna Berger am "
       "Morgen.\n";
  if (variant > 0)
    t += "Aktualisierung " + std::to_string(variant) + ": Die Lage hat sich verändert.\n";
  t += "Quelle: Blatt " + std::to_string(outlet) + "\n";
  return t;
}

inline void WriteArticle(const std::string& path, int topic, int outlet, int variant = 0) {
  std::ofstream(path, std::ios::binary) << ArticleText(topic, outlet, variant);
}

}  // namespace tri::store::testing

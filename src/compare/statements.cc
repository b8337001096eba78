// Human-readable questions for compared claims (English, like the rest of the JSON contract).
#include <string>

#include "compare/align.h"
#include "compare/values.h"

namespace tri::comparison {
namespace {

std::string Join(const std::vector<std::string>& names) {
  if (names.empty()) return "they";
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += i + 1 == names.size() ? " and " : ", ";
    out += names[i];
  }
  return out;
}

std::string EventLabel(const Facet& f) { return f.event_name.empty() ? "event" : f.event_name; }

std::string Tense(const Facet& f, std::string_view past, std::string_view future) {
  return std::string(f.tense == "past" || f.qualifier == "last" ? past : future);
}

}  // namespace

std::string StatementFor(const Facet& f, const std::vector<std::string>& participant_names,
                         const std::string& holder_name, const Gazetteer& gaz) {
  const std::string who = Join(participant_names);
  const std::string qual = f.qualifier == "last"    ? " last"
                           : f.qualifier == "first" ? " first"
                           : f.qualifier == "next"  ? " next"
                           : f.qualifier == "again" ? " again"
                                                    : "";
  if (f.slot == "place" || f.slot == "date") {
    if (f.qualifier == "since") return "Since when (" + f.frame + ")?";
    const std::string wh = f.slot == "place" ? "Where" : "When";
    if (f.frame == "meet") return wh + Tense(f, " did ", " will ") + who + qual + " meet?";
    if (f.frame == "event") return wh + " does the " + EventLabel(f) + " take place?";
    if (f.frame == "visit") return wh + Tense(f, " was", " is") + " the" + qual + " visit?";
    return wh + " (" + f.frame + qual + ")?";
  }
  if (f.slot == "likelihood") {
    const bool success = f.key.starts_with("likelihood|success");
    if (f.frame == "meet") {
      return success ? "How likely is a meeting of " + who + " to succeed?"
                     : "How likely is a meeting of " + who + "?";
    }
    if (f.frame == "event")
      return "How likely is the " + EventLabel(f) + (success ? " to succeed?" : "?");
    return "How likely is it (" + f.frame + ")" + (success ? " to succeed?" : "?");
  }
  if (f.slot == "stance") {
    std::string holder = holder_name;
    if (f.holder.starts_with("state:")) {
      const int p = gaz.FindId(std::string_view(f.holder).substr(6));
      const std::string state = p >= 0 ? gaz.place(p).name : f.holder.substr(6);
      holder = holder.empty() || holder == state ? state : state + " (" + holder + ")";
    }
    const std::string topic = f.frame == "meet" ? "a meeting or talks"
                              : f.frame.empty() ? "it"
                                                : f.frame;
    return "Is " + holder + " ready for " + topic + "?";
  }
  if (f.slot == "number") {
    const std::string& m = f.measure;
    if (m == "dead") return "How many people died?";
    if (m == "injured") return "How many people were injured?";
    if (m == "missing") return "How many people are missing?";
    if (m == "arrest") return "How many people were arrested?";
    if (m == "evacuate") return "How many people were evacuated?";
    const std::string topic =
        f.participant_names.empty() ? "" : " (" + f.participant_names[0] + ")";
    if (m == "pct") return "What percentage" + topic + "?";
    if (m == "EUR" || m == "USD" || m == "GBP") return "How much money" + topic + "?";
    if (m == "magnitude") return "What magnitude" + topic + "?";
    return "How many " + (f.unit_text.empty() ? m : f.unit_text) + topic + "?";
  }
  return f.key;
}

}  // namespace tri::comparison

// Function words and news boilerplate words that say nothing about which event an article
// reports. Lists hold folded forms (FoldForMatch: lower case, diacritics removed, ß -> ss), so
// they match whatever spelling the article used. Both languages are checked for every article:
// German texts quote English phrases and vice versa, and a word that is a function word in
// either language is never a useful story feature.
#include "story/stopwords.h"

#include <cstdint>
#include <unordered_set>

#include "core/hash.h"

namespace tri::story {
namespace {

constexpr const char* kWords[] = {
    // German function words
    "aber", "alle", "allem", "allen", "aller", "alles", "als", "also", "am", "an", "ander",
    "andere", "anderen", "anderer", "anderes", "auch", "auf", "aus", "bei", "beim", "bereits",
    "bis", "bisher", "bislang", "bzw", "da", "dabei", "dadurch", "dafur", "dagegen", "daher",
    "damit", "danach", "dann", "daran", "darauf", "daraus", "darin", "daruber", "darum", "das",
    "dass", "davon", "dazu", "dem", "demnach", "den", "denen", "denn", "dennoch", "der", "deren",
    "des", "dessen", "deshalb", "die", "dies", "diese", "diesem", "diesen", "dieser", "dieses",
    "doch", "dort", "du", "durch", "eben", "ebenfalls", "ein", "eine", "einem", "einen",
    "einer", "eines", "einige", "einigen", "einmal", "er", "es", "etwa", "etwas", "euch", "fur",
    "gegen", "gegenuber", "ganz", "gar", "gewesen", "hab", "habe", "haben", "hat", "hatte",
    "hatten", "hier", "hin", "hinter", "ich", "ihm", "ihn", "ihnen", "ihr", "ihre", "ihrem",
    "ihren", "ihrer", "ihres", "im", "immer", "in", "indem", "ins", "inzwischen", "ist", "ja",
    "jede", "jedem", "jeden", "jeder", "jedes", "jedoch", "jetzt", "kann", "kein", "keine",
    "keinem", "keinen", "keiner", "konnen", "konnte", "konnten", "man", "mehr", "mehrere",
    "mein", "mich", "mir", "mit", "muss", "mussen", "musste", "nach", "nachdem", "nein", "nicht",
    "nichts", "noch", "nun", "nur", "ob", "oder", "ohne", "rund", "schon", "sehr", "sei", "seien",
    "sein", "seine", "seinem", "seinen", "seiner", "seines", "seit", "seitdem", "sich", "sie",
    "sind", "so", "sogar", "solche", "solchen", "soll", "sollen", "sollte", "sollten", "sowie",
    "sowohl", "uber", "um", "und", "uns", "unser", "unsere", "unter", "viel", "viele", "vielen",
    "vom", "von", "vor", "wahrend", "war", "waren", "warum", "was", "weil", "weiter", "weitere",
    "weiteren", "welche", "welchem", "welchen", "welcher", "wenn", "wer", "werde", "werden",
    "wie", "wieder", "will", "wir", "wird", "wo", "wollen", "wollte", "worden", "wurde",
    "wurden", "zu", "zum", "zur", "zwar", "zwischen", "zudem", "zunachst", "zuvor", "zuletzt",
    // German reporting verbs, time words and boilerplate common to all news
    "sagte", "sagten", "sagt", "erklarte", "teilte", "mitteilte", "mit", "hiess", "heisst",
    "berichtete", "betonte", "nannte", "angaben", "angaben", "laut", "zufolge", "demnach",
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
    "montagabend", "dienstagabend", "mittwochabend", "donnerstagabend", "freitagabend",
    "januar", "februar", "marz", "april", "mai", "juni", "juli", "august", "september",
    "oktober", "november", "dezember", "uhr", "heute", "gestern", "morgen", "jahr", "jahre",
    "jahren", "prozent", "woche", "wochen", "tag", "tage", "tagen", "neue", "neuen", "neuer",
    "ersten", "erste", "zwei", "drei", "vier", "funf", "quelle", "foto", "bild", "archiv",
    "artikel", "anhoren", "mehr", "thema", "lesen", "auch", "weitere", "zeit", "minuten",
    "mindestens", "gab", "gibt", "gebe", "liess", "lag", "lagen", "kam", "kamen", "kommt",
    "wegen", "etwa", "rund", "bereits", "gestern", "heute", "zuerst", "wurde", "wollte",
    "wollten", "ging", "gingen", "steht", "stand", "stehen", "sagen", "hiess", "soll", "sollen",
    // English function words
    "a", "about", "after", "again", "against", "all", "also", "an", "and", "any", "are", "as",
    "at", "be", "because", "been", "before", "being", "between", "both", "but", "by", "can",
    "could", "did", "do", "does", "during", "each", "for", "from", "further", "had", "has",
    "have", "having", "he", "her", "here", "hers", "him", "his", "how", "i", "if", "into", "is",
    "it", "its", "itself", "just", "may", "me", "might", "more", "most", "must", "my", "no",
    "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "out", "over",
    "own", "same", "she", "should", "since", "some", "such", "than", "that", "the", "their",
    "them", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under",
    "until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who",
    "whom", "why", "will", "with", "would", "you", "your", "s", "t", "ll", "d",
    // English reporting verbs, time words and boilerplate
    "said", "says", "told", "according", "reported", "added", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "june", "july", "october", "december", "year", "years", "week", "weeks", "day", "days",
    "percent", "new", "first", "two", "three", "four", "five", "copyright", "photo", "read",
    "related", "one",
};

constexpr const char* kAgencies[] = {
    "dpa", "afp", "ap", "reuters", "sid", "epd", "kna", "apa", "sda", "ddp", "dapd", "dts", "efe",
    "ansa", "upi", "xinhua", "tass", "kyodo", "yonhap", "anp", "belga", "pap", "ctk", "rtr",
    "dpa-afx", "afx", "bloomberg", "lno", "lni", "lnw", "lby", "lsw", "lhe", "lrs", "lsa", "lth",
    "lmv", "lbn",
};

// Hashes instead of strings: a lookup per token must not allocate.
class Set {
 public:
  template <size_t N>
  explicit Set(const char* const (&words)[N]) {
    for (const char* w : words) words_.insert(Hash64(w));
  }
  bool contains(std::string_view w) const { return words_.count(Hash64(w)) > 0; }

 private:
  std::unordered_set<uint64_t> words_;
};

}  // namespace

bool IsStopword(std::string_view folded) {
  static const Set kSet(kWords);  // immutable after construction (thread-safe static init)
  if (folded.size() > 16) return false;
  return kSet.contains(folded) || IsAgencyName(folded);
}

bool IsAgencyName(std::string_view folded) {
  static const Set kSet(kAgencies);
  if (folded.size() > 12) return false;
  return kSet.contains(folded);
}

}  // namespace tri::story

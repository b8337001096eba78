// Word classes for the quotes stage: closed lists of German and English function words,
// determiners, pronouns, auxiliaries, prepositions and nouns of time, and ending-based tests for
// adjectives. Pure functions of the (lower-cased) word.
#pragma once

#include <cstdint>
#include <string_view>

#include "annotate/quotes/doc_view.h"

namespace tri::quotes {

bool IsDeterminer(std::string_view lower);
bool IsArticle(std::string_view lower);          // der die das ... ein eine ... the a an
bool IsPersonalPronoun(std::string_view lower);  // er sie wir ich man / he she they we i
bool IsAuxiliary(std::string_view lower);        // hat hatte ist war wurde wird sei habe ...
bool IsSubordinator(std::string_view lower);     // als weil nachdem da während ob wenn dass
bool IsFunctionWord(std::string_view lower);     // prepositions, adverbs, conjunctions ...
bool IsPreposition(std::string_view lower);
// A lower-case word that looks like an inflected adjective or participle ("südkoreanische",
// "nationalen"); `after_det` relaxes the test to any e/en/er/es/em ending.
bool IsAdjectiveLike(const TokInfo& t, bool after_det);
// A separator between clauses: comma, colon, semicolon, stand-alone dash.
bool IsSeparator(const TokInfo& t);
// Nouns of time ("Anfang", "Montag", "Woche"): such phrases are adverbials, never speakers.
bool IsTemporalNoun(std::string_view lower);
// A capitalised word that can be (part of) a noun or name, not a capitalised function word.
bool IsNounToken(const DocView& v, uint32_t i);
// Verb forms of Konjunktiv I ("sei", "habe", "werde", "könne", ...) and II ("hätte", "wäre").
bool IsKonjunktivI(std::string_view lower);
bool IsKonjunktivII(std::string_view lower);
// Lower-case words with a capital inside ("al-Dschasira", "eBay") are names.
bool HasInnerCapital(std::string_view word);

}  // namespace tri::quotes

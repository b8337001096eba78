// Stop words for story features: function words, reporting verbs, weekday/month names and
// boilerplate of German and English news. Immutable, thread-safe.
#pragma once

#include <string_view>

namespace tri::story {

// `folded` must be a FoldForMatch key of one word.
bool IsStopword(std::string_view folded);

// News agencies ("dpa", "afp", "reuters", ...), folded: credits, not story features.
bool IsAgencyName(std::string_view folded);

}  // namespace tri::story

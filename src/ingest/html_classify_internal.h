// Internals of the page classifier (html_classify.cc): the words in class/id names that mark
// boilerplate, meta boxes and captions, defined in html_class_words.cc. Not part of the ingest
// API.
#pragma once

#include <string_view>

namespace tri::ingest::classify_detail {

// Words that make a subtree boilerplate wherever they occur.
bool IsHardJunkWord(std::string_view w);

// Junk words that hold even for prose-rich subtrees (a comment thread is prose too).
bool IsDecisiveJunkWord(std::string_view w);

// Words that make a subtree boilerplate when it is link-heavy or tiny.
bool IsSoftJunkWord(std::string_view w);

// Words of byline, date-line and author boxes.
bool IsMetaWord(std::string_view w);

// 2: says caption outright; 1: says image (a caption only when small); 0: neither.
int CaptionWordStrength(std::string_view w);

}  // namespace tri::ingest::classify_detail

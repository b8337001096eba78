// HTML character references outside gumbo: feed fields, JSON-LD strings, JSONL titles and
// escaped HTML in RSS descriptions carry "&amp;", "&auml;", "&#8222;", "&#x2013;".
#pragma once

#include <string>
#include <string_view>

namespace tri::ingest {

// Replaces named (HTML5 names that occur in text; legacy names without ';' too) and numeric
// character references with UTF-8. Unknown or malformed references stay as they are; numeric
// references to NUL, surrogates or beyond U+10FFFF become U+FFFD, and 0x80..0x9F map through
// windows-1252 as browsers do.
std::string DecodeHtmlEntities(std::string_view s);

}  // namespace tri::ingest

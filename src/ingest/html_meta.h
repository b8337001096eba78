// Metadata a page declares about itself: <title>, <meta> (OpenGraph, article:*, Dublin Core,
// name=author/date/keywords...), <link rel=canonical>, <html lang>, microdata (itemprop) and
// JSON-LD (NewsArticle and friends, also inside @graph). Each value becomes a MetaCandidate
// with its source ("json-ld:datePublished", "meta[article:published_time]") and a confidence.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "ingest/html_dom.h"
#include "ingest/meta_candidates.h"

namespace tri::ingest {

void CollectHeadMeta(const HtmlDom& dom, MetaCandidates& out);

// itemprop=datePublished/dateModified/author/headline outside junk subtrees (`flags` holds the
// inherited NodeFlag bits of every node).
void CollectMicrodata(const HtmlDom& dom, const std::vector<uint8_t>& flags, MetaCandidates& out);

// Every <script type="application/ld+json"> of the page.
void CollectJsonLd(const HtmlDom& dom, uint32_t max_depth, MetaCandidates& out);

// One JSON-LD text. Malformed JSON still yields the dates a forgiving scan can find.
void CollectJsonLdText(std::string_view json, uint32_t max_depth, MetaCandidates& out);

// "de-DE" -> "de", "en_US" -> "en"; "" for nonsense.
std::string PrimaryLanguage(std::string_view tag);

}  // namespace tri::ingest

// The composite API documents: a story with its articles, evidence quotes and sourcing audit;
// an article with its annotations; an entity with where it is mentioned.
#pragma once

#include "report/report.h"
#include "store/store.h"

namespace tri::server {

// {story: <OUTPUT.md story>, summary, articles: [summary + sourcing], evidence:
//  {claim id: {document id: quoted text}}, syndication: [...]}
Result<Json> StoryDetailJson(Store& store, const std::string& id);
// {story, claims: [<OUTPUT.md claim> + evidence_text + outlets]}
Result<Json> StoryComparisonJson(Store& store, const std::string& id);
// <OUTPUT.md document, annotations, no tokens> + story_title
Result<Json> ArticleDetailJson(Store& store, const std::string& id);
// <entity> + articles (paged) + stories of those articles
Result<Json> EntityDetailJson(Store& store, const std::string& id, const Page& page);

}  // namespace tri::server

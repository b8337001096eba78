#include "ingest/feed_item.h"

#include <filesystem>
#include <fstream>
#include <pugixml.hpp>

#include "core/hash.h"
#include "ingest/dates.h"
#include "ingest/entities.h"
#include "ingest/html_blocks.h"
#include "ingest/html_classify.h"
#include "ingest/html_dom.h"
#include "ingest/html_meta.h"
#include "ingest/readers.h"
#include "ingest/text_util.h"

namespace tri::ingest {
namespace fs = std::filesystem;

FragmentText HtmlFragmentText(std::string_view html, uint32_t max_depth) {
  FragmentText out;
  std::unique_ptr<HtmlDom> dom = HtmlDom::Parse(html, max_depth);
  // Only tag-level junk (scripts, forms, iframes) is dropped: a fragment is all content.
  std::vector<uint8_t> flags(static_cast<size_t>(dom->size()), 0);
  const std::vector<NodeStats> stats = ComputeStats(*dom, nullptr);
  const std::vector<uint8_t> classified = ClassifyNodes(*dom, stats);
  for (size_t i = 0; i < flags.size(); ++i) {
    const GumboTag t = dom->node(static_cast<int32_t>(i)).tag;
    if (t == GUMBO_TAG_SCRIPT || t == GUMBO_TAG_STYLE || t == GUMBO_TAG_IFRAME ||
        t == GUMBO_TAG_FORM || t == GUMBO_TAG_NOSCRIPT || t == GUMBO_TAG_TEMPLATE) {
      flags[i] = kFlagJunk;
    } else {
      flags[i] = classified[i] & kFlagCaption;
    }
  }
  const int32_t root = dom->body() >= 0 ? dom->body() : 0;
  for (const TextBlock& b : SegmentBlocks(*dom, flags, root)) {
    if (b.flags & kFlagCaption) {
      out.captions.push_back({b.text, ""});
    } else {
      out.blocks.emplace_back(b.kind, b.text);
    }
  }
  return out;
}

std::string LocalArticleFor(const std::string& dir, std::string_view url) {
  std::string_view path = url;
  const size_t scheme = path.find("://");
  if (scheme != std::string_view::npos) {
    path.remove_prefix(scheme + 3);
    const size_t slash = path.find('/');
    path = slash == std::string_view::npos ? std::string_view() : path.substr(slash);
  }
  path = path.substr(0, path.find_first_of("?#"));
  while (!path.empty() && path.back() == '/') path.remove_suffix(1);
  const size_t slash = path.rfind('/');
  const std::string name(slash == std::string_view::npos ? path : path.substr(slash + 1));
  if (name.empty() || name == "." || name == ".." || name.find('\\') != std::string::npos)
    return "";
  for (const std::string& candidate : {name, name + ".html", name + ".htm"}) {
    const fs::path p = fs::path(dir.empty() ? "." : dir) / candidate;
    std::error_code ec;
    if (fs::is_regular_file(p, ec)) return p.string();
  }
  return "";
}

Result<Document> DocumentFromFeedItem(const std::string& source, const std::string& dir,
                                      size_t index, const FeedItem& item,
                                      const FeedChannel& channel, const std::string& encoding,
                                      const IngestOptions& options) {
  const std::string name = item.link.empty() ? source + "#" + std::to_string(index + 1) : item.link;
  Document doc;
  std::string from = "feed item";
  const std::string local = options.link_feed_items && !item.link.empty()
                                ? LocalArticleFor(dir, item.link)
                                : std::string();
  bool have_page = false;
  if (!local.empty()) {
    FileDocuments page = ReadInputFile(local, options);
    if (!page.documents.empty()) {
      doc = std::move(page.documents.front());
      have_page = true;
      from = "feed item (page " + fs::path(local).filename().string() + ")";
    }
  }
  if (!have_page) {
    std::string body = item.content.empty() ? item.summary : item.content;
    if (Trim(body).empty() && item.title.empty()) {
      return Status::NotFound("item without text or local article");
    }
    doc.id = HexId(item.raw);
    doc.meta.encoding = encoding;
    auto add = [&](BlockKind kind, std::string_view text) {
      if (!doc.text.empty()) doc.text += "\n\n";
      const auto begin = static_cast<uint32_t>(doc.text.size());
      doc.text += text;
      doc.blocks.push_back({{begin, static_cast<uint32_t>(doc.text.size())}, kind});
    };
    if (!item.title.empty()) add(BlockKind::kTitle, item.title);
    if (item.content_is_html || body.find('<') != std::string::npos) {
      FragmentText frag = HtmlFragmentText(body, options.max_html_depth);
      for (auto& [kind, text] : frag.blocks) add(kind, text);
      doc.meta.captions = std::move(frag.captions);
    } else {
      add(BlockKind::kParagraph, CollapseWhitespace(DecodeHtmlEntities(body)));
    }
    doc.raw = item.raw;
  }
  doc.source = name;
  Metadata& m = doc.meta;
  auto fill = [&](std::string& target, const std::string& value, const char* field) {
    if (target.empty() && !value.empty()) {
      target = value;
      m.provenance.push_back({field, from, 0.8});
    }
  };
  fill(m.title, item.title, "title");
  fill(m.url, item.link, "url");
  fill(m.outlet, item.outlet.empty() ? channel.title : item.outlet, "outlet");
  const std::string lang =
      PrimaryLanguage(item.language.empty() ? channel.language : item.language);
  fill(m.declared_language, lang, "language");
  if (m.authors.empty() && !item.authors.empty()) {
    m.authors = item.authors;
    m.provenance.push_back({"authors", from, 0.8});
  }
  if (m.keywords.empty() && !item.keywords.empty()) {
    m.keywords = item.keywords;
    m.provenance.push_back({"keywords", from, 0.8});
  }
  if (!m.published && item.published && PlausiblePublicationDate(*item.published)) {
    m.published = item.published;
    m.provenance.push_back({"published", from + " date", 0.85});
  }
  if (!m.modified && item.modified && PlausiblePublicationDate(*item.modified)) {
    m.modified = item.modified;
    m.provenance.push_back({"modified", from + " date", 0.8});
  }
  if ((doc.language.empty() || doc.language == "und") && !lang.empty()) doc.language = lang;
  if (doc.language.empty()) doc.language = "und";
  return doc;
}

std::vector<std::string> FeedLinkedFiles(const std::string& path, const IngestOptions& options) {
  std::vector<std::string> out;
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  if (ec || size > options.max_file_bytes || !options.link_feed_items) return out;
  std::ifstream in(path, std::ios::binary);
  std::string bytes(size, '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(size));
  bytes.resize(static_cast<size_t>(in.gcount()));
  const InputFormat format = DetectFormat(path, bytes);
  if (format != InputFormat::kFeed && format != InputFormat::kSitemap) return out;
  const ParsedFeed feed = ParseFeed(path, bytes, options);
  const std::string dir = fs::path(path).parent_path().string();
  for (const FeedItem& item : feed.items) {
    if (item.link.empty()) continue;
    const std::string local = LocalArticleFor(dir, item.link);
    if (!local.empty() && local != path) out.push_back(local);
  }
  return out;
}

}  // namespace tri::ingest

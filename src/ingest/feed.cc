// Feeds (RSS 2.0, RSS 1.0/RDF, Atom) and sitemaps (plain and Google News). One Document per
// item: the linked local article file when there is one (the item fills what the page lacks),
// else the item's own content (content:encoded, Atom content, description). Malformed XML: the
// items before the error are kept, the rest is re-read item by item so that one broken item
// costs only itself.
#include <filesystem>
#include <pugixml.hpp>
#include <sstream>

#include "core/hash.h"
#include "ingest/charset.h"
#include "ingest/dates.h"
#include "ingest/entities.h"
#include "ingest/feed_item.h"
#include "ingest/readers.h"
#include "ingest/text_util.h"

namespace tri::ingest {
namespace {

namespace fs = std::filesystem;

// Local name of an element ("dc:creator" -> "creator", "atom:link" -> "link").
std::string_view LocalName(const pugi::xml_node& n) {
  std::string_view name = n.name();
  const size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

std::string_view Prefix(const pugi::xml_node& n) {
  std::string_view name = n.name();
  const size_t colon = name.find(':');
  return colon == std::string_view::npos ? std::string_view() : name.substr(0, colon);
}

// Text of an element: its text and CDATA children (never nested markup: Atom xhtml content is
// serialised back to markup by the caller).
std::string NodeText(const pugi::xml_node& n) {
  std::string out;
  for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling()) {
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) out += c.value();
  }
  return out;
}

std::string Serialize(const pugi::xml_node& n) {
  std::ostringstream os;
  n.print(os, "", pugi::format_raw);
  return os.str();
}

FeedItem ParseItem(const pugi::xml_node& item) {
  FeedItem it;
  it.raw = Serialize(item);
  for (pugi::xml_node c = item.first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_element) continue;
    const std::string_view name = LocalName(c);
    const std::string_view prefix = Prefix(c);
    const std::string text = DecodeHtmlEntities(NodeText(c));
    if (name == "title" && prefix != "media") {
      it.title = CollapseWhitespace(text);
    } else if (name == "link") {
      const std::string_view rel = c.attribute("rel").value();
      const std::string_view href = c.attribute("href").value();
      if (!href.empty() && (rel.empty() || rel == "alternate") && it.link.empty()) {
        it.link = std::string(Trim(href));
      } else if (href.empty() && it.link.empty()) {
        it.link = std::string(Trim(text));
      }
    } else if (name == "guid" || name == "id") {
      if (it.link.empty() && StartsWith(Trim(text), "http")) it.guid = std::string(Trim(text));
    } else if (name == "pubDate" || name == "published" || name == "issued" ||
               name == "publication_date" || (name == "date" && prefix == "dc")) {
      if (!it.published) it.published = ParseMachineDate(text);
    } else if (name == "updated" || name == "modified" || name == "lastmod") {
      if (!it.modified) it.modified = ParseMachineDate(text);
    } else if (name == "author" || name == "creator") {
      const pugi::xml_node nm = c.child("name") ? c.child("name") : c.child("atom:name");
      std::string who = CollapseWhitespace(nm ? DecodeHtmlEntities(NodeText(nm)) : text);
      // RSS 2.0 author is "mail@example.org (Name)".
      const size_t open = who.find('(');
      if (who.find('@') != std::string::npos && open != std::string::npos) {
        who = std::string(Trim(who.substr(open + 1, who.find(')', open) - open - 1)));
      }
      if (!who.empty() && who.find('@') == std::string::npos) it.authors.push_back(who);
    } else if (name == "category" || name == "subject" || name == "keywords") {
      const std::string_view term = c.attribute("term").value();
      for (std::string& k : SplitTrimmed(term.empty() ? text : std::string(term), ',')) {
        it.keywords.push_back(std::move(k));
      }
    } else if (name == "encoded" || name == "content") {
      const std::string_view type = c.attribute("type").value();
      if (type == "xhtml") {
        std::string markup;
        for (pugi::xml_node k = c.first_child(); k; k = k.next_sibling()) markup += Serialize(k);
        it.content = markup;
      } else if (it.content.empty() || name == "encoded") {
        it.content = NodeText(c);
      }
      it.content_is_html = type != "text";
    } else if (name == "description" || name == "summary") {
      it.summary = NodeText(c);
    } else if (name == "loc") {
      it.link = std::string(Trim(text));
    } else if (name == "news") {  // Google News sitemap: <news:news> block
      for (pugi::xml_node k = c.first_child(); k; k = k.next_sibling()) {
        const std::string_view kn = LocalName(k);
        const std::string kt = DecodeHtmlEntities(NodeText(k));
        if (kn == "title") it.title = CollapseWhitespace(kt);
        if (kn == "publication_date") it.published = ParseMachineDate(kt);
        if (kn == "keywords") it.keywords = SplitTrimmed(kt, ',');
        if (kn == "publication") {
          it.outlet = CollapseWhitespace(DecodeHtmlEntities(NodeText(k.child("news:name"))));
          it.language = std::string(Trim(NodeText(k.child("news:language"))));
        }
      }
    }
  }
  if (it.link.empty()) it.link = it.guid;
  return it;
}

bool IsItemName(std::string_view local) {
  return local == "item" || local == "entry" || local == "url";
}

// Items of a parsed document, in order, with the channel/feed fields.
void CollectItems(const pugi::xml_document& doc, FeedChannel& channel, std::vector<FeedItem>& items,
                  uint64_t max_items) {
  // Iterative pre-order walk; items are never nested.
  std::vector<pugi::xml_node> stack{doc.document_element()};
  while (!stack.empty() && items.size() < max_items) {
    pugi::xml_node n = stack.back();
    stack.pop_back();
    if (!n) continue;
    const std::string_view local = LocalName(n);
    if (IsItemName(local)) {
      items.push_back(ParseItem(n));
      continue;
    }
    if (local == "title" && channel.title.empty()) {
      channel.title = CollapseWhitespace(DecodeHtmlEntities(NodeText(n)));
    }
    if (local == "language" && channel.language.empty()) {
      channel.language = std::string(Trim(NodeText(n)));
    }
    std::vector<pugi::xml_node> children;
    for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling()) {
      if (c.type() == pugi::node_element) children.push_back(c);
    }
    for (auto it = children.rbegin(); it != children.rend(); ++it) stack.push_back(*it);
  }
}

// After a parse error: each "<item"/"<entry"/"<url>" ... closing tag chunk parsed on its own.
void SalvageItems(std::string_view xml, size_t from, std::vector<FeedItem>& items,
                  std::vector<Status>& errors, const std::string& source, uint64_t max_items) {
  size_t pos = from;
  while (items.size() < max_items) {
    size_t best = std::string_view::npos;
    std::string_view close;
    for (auto [open, end] : {std::pair<std::string_view, std::string_view>{"<item", "</item>"},
                             {"<entry", "</entry>"},
                             {"<url>", "</url>"}}) {
      size_t at = xml.find(open, pos);
      while (at != std::string_view::npos && at + open.size() < xml.size() &&
             IsAsciiAlpha(xml[at + open.size()])) {
        at = xml.find(open, at + 1);  // "<items>", "<entrySet>"
      }
      if (at < best) {
        best = at;
        close = end;
      }
    }
    if (best == std::string_view::npos) return;
    const size_t end = xml.find(close, best);
    if (end == std::string_view::npos) {
      errors.push_back(Status::Corrupt("unterminated feed item").At(source, best));
      return;
    }
    const size_t stop = end + close.size();
    pugi::xml_document chunk;
    const pugi::xml_parse_result r =
        chunk.load_buffer(xml.data() + best, stop - best, pugi::parse_default, pugi::encoding_utf8);
    if (r) {
      FeedChannel ignored;
      CollectItems(chunk, ignored, items, max_items);
    } else {
      errors.push_back(Status::Corrupt(std::string("malformed feed item: ") + r.description())
                           .At(source, best + static_cast<uint64_t>(r.offset)));
    }
    pos = stop;
  }
}

}  // namespace

ParsedFeed ParseFeed(const std::string& source, std::string_view bytes,
                     const IngestOptions& options) {
  ParsedFeed out;
  auto decoded = DecodeToUtf8(bytes, SniffDeclaredCharset(bytes), &out.encoding);
  if (!decoded.ok()) {
    out.errors.push_back(decoded.status().At(source));
    return out;
  }
  const std::string& xml = *decoded;
  pugi::xml_document doc;
  const pugi::xml_parse_result r =
      doc.load_buffer(xml.data(), xml.size(), pugi::parse_default, pugi::encoding_utf8);
  CollectItems(doc, out.channel, out.items, options.max_records);
  if (!r) {
    // The tree before the error may end in a half-read item: read every item on its own.
    out.items.clear();
    SalvageItems(xml, 0, out.items, out.errors, source, options.max_records);
    if (out.errors.empty()) {
      out.errors.push_back(Status::Corrupt(std::string("malformed XML: ") + r.description())
                               .At(source, static_cast<uint64_t>(r.offset)));
    }
  }
  if (out.items.size() >= options.max_records) {
    out.errors.push_back(
        Status::ResourceExhausted("more than " + std::to_string(options.max_records) +
                                  " feed items (--max-records); the rest are skipped")
            .At(source));
  }
  return out;
}

FileDocuments ReadFeedOrSitemap(const std::string& source, std::string bytes,
                                const IngestOptions& options) {
  FileDocuments out;
  ParsedFeed feed = ParseFeed(source, bytes, options);
  out.errors = std::move(feed.errors);
  const std::string dir = fs::path(source).parent_path().string();
  for (size_t i = 0; i < feed.items.size(); ++i) {
    auto d =
        DocumentFromFeedItem(source, dir, i, feed.items[i], feed.channel, feed.encoding, options);
    if (d.ok()) {
      out.documents.push_back(std::move(d).value());
    } else if (d.status().code() != StatusCode::kNotFound) {
      out.errors.push_back(d.status().At(source + "#" + std::to_string(i + 1)));
    }
  }
  return out;
}

}  // namespace tri::ingest

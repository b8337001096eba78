// Format sniffing: the bytes decide (magic numbers, the first markup), the file name only
// breaks ties, so a feed saved as .html or an HTML page saved as .txt is still read right.
#include "ingest/ingest.h"
#include "ingest/text_util.h"

namespace tri {

using ingest::AsciiLower;
using ingest::ContainsNoCase;
using ingest::EndsWith;
using ingest::IsAsciiSpace;
using ingest::StartsWith;

InputFormat DetectFormat(std::string_view name, std::string_view bytes) {
  const std::string lname = AsciiLower(name);
  if (bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0x1F &&
      static_cast<unsigned char>(bytes[1]) == 0x8B) {
    return InputFormat::kWarc;  // gzip: WARC.gz is the only compressed input we take
  }
  if (StartsWith(bytes, "WARC/")) return InputFormat::kWarc;
  std::string_view s = bytes;
  if (StartsWith(s, "\xEF\xBB\xBF")) s.remove_prefix(3);
  while (!s.empty() && IsAsciiSpace(s.front())) s.remove_prefix(1);
  const std::string head = AsciiLower(s.substr(0, 4096));
  if (StartsWith(head, "{") || StartsWith(head, "[")) {
    if (EndsWith(lname, ".html") || EndsWith(lname, ".htm")) return InputFormat::kHtml;
    return InputFormat::kJsonl;
  }
  if (StartsWith(head, "<")) {
    const size_t html = head.find("<html");
    const size_t rss = std::min({head.find("<rss"), head.find("<feed"), head.find("<rdf:rdf")});
    const size_t sitemap = std::min(head.find("<urlset"), head.find("<sitemapindex"));
    const size_t first = std::min({html, rss, sitemap});
    if (first != std::string::npos) {
      if (first == rss) return InputFormat::kFeed;
      if (first == sitemap) return InputFormat::kSitemap;
      return InputFormat::kHtml;
    }
    if (StartsWith(head, "<?xml")) {
      if (head.find("<!doctype html") != std::string::npos ||
          head.find("xhtml") != std::string::npos) {
        return InputFormat::kHtml;
      }
      return InputFormat::kFeed;
    }
    return InputFormat::kHtml;
  }
  if (EndsWith(lname, ".html") || EndsWith(lname, ".htm") || EndsWith(lname, ".xhtml")) {
    return InputFormat::kHtml;
  }
  // A text file that is really an HTML fragment: several tags early on.
  int tags = 0;
  for (std::string_view t : {"<p>", "<p ", "<div", "<br", "<span", "<a href", "</p>"}) {
    if (head.find(t) != std::string::npos) ++tags;
  }
  if (tags >= 3) return InputFormat::kHtml;
  if (ContainsNoCase(lname, ".jsonl") || EndsWith(lname, ".ndjson")) return InputFormat::kJsonl;
  return InputFormat::kText;
}

}  // namespace tri

// JSONL exports: one article per line, {"text" or "html", "url", "date", "outlet", "title",
// "author", "language"} under the usual aliases. A .json file holding one object or an array of
// objects is read the same way. A line that is not JSON (or too deep, or too long) is reported
// with its line number and byte offset; the other lines are still read.
#include <nlohmann/json.hpp>

#include "core/hash.h"
#include "ingest/dates.h"
#include "ingest/entities.h"
#include "ingest/feed_item.h"
#include "ingest/html_meta.h"
#include "ingest/lines.h"
#include "ingest/readers.h"
#include "ingest/text_util.h"

namespace tri::ingest {
namespace {

using Json = nlohmann::json;

size_t Depth(std::string_view s) {
  size_t depth = 0, max_depth = 0;
  bool in_string = false;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (in_string) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      max_depth = std::max(max_depth, ++depth);
    } else if ((c == '}' || c == ']') && depth > 0) {
      --depth;
    }
  }
  return max_depth;
}

std::string Field(const Json& obj, std::initializer_list<const char*> keys) {
  for (const char* k : keys) {
    auto it = obj.find(k);
    if (it == obj.end()) continue;
    if (it->is_string()) return it->get<std::string>();
    if (it->is_number_integer() || it->is_number_float()) return it->dump();
    if (it->is_object()) {
      for (const char* inner : {"name", "url", "@id"}) {
        auto n = it->find(inner);
        if (n != it->end() && n->is_string()) return n->get<std::string>();
      }
    }
    if (it->is_array()) {
      std::string joined;
      for (const Json& e : *it) {
        if (e.is_string()) joined += (joined.empty() ? "" : ", ") + e.get<std::string>();
        if (e.is_object() && e.contains("name") && e["name"].is_string()) {
          joined += (joined.empty() ? "" : ", ") + e["name"].get<std::string>();
        }
      }
      if (!joined.empty()) return joined;
    }
  }
  return "";
}

std::optional<DateTime> ParseAnyDate(const std::string& s) {
  if (s.empty()) return std::nullopt;
  if (auto dt = ParseMachineDate(s)) return dt;
  // Unix time in seconds (or milliseconds).
  if (s.size() >= 9 && s.size() <= 13 && std::all_of(s.begin(), s.end(), IsAsciiDigit)) {
    int64_t t = std::stoll(s);
    if (s.size() == 13) t /= 1000;
    DateTime dt;
    dt.date = Date::FromDays(t / 86400);
    dt.has_time = true;
    dt.hour = static_cast<int>(t % 86400 / 3600);
    dt.minute = static_cast<int>(t % 3600 / 60);
    dt.second = static_cast<int>(t % 60);
    dt.utc_offset_minutes = 0;
    return dt;
  }
  if (auto td = FindTextDate(s, false)) return td->when;
  return std::nullopt;
}

Result<Document> RecordToDocument(const std::string& name, std::string_view raw, const Json& obj,
                                  const IngestOptions& options) {
  if (!obj.is_object()) return Status::InvalidArgument("a JSON value that is not an object");
  const std::string url = Field(obj, {"url", "link", "uri", "canonical_url", "source_url"});
  const std::string html = Field(obj, {"html", "raw_html", "content_html", "body_html"});
  std::string text = Field(obj, {"text", "body", "content", "article", "maintext", "fulltext"});
  const std::string title = DecodeHtmlEntities(Field(obj, {"title", "headline"}));
  Document doc;
  if (!html.empty()) {
    TRI_ASSIGN_OR_RETURN(doc, ReadHtml(name, html, url, "utf-8", options));
  } else if (!text.empty()) {
    // Text that is really markup ("<p>...</p>") is read as an HTML fragment.
    if (DetectFormat("", text) == InputFormat::kHtml) {
      FragmentText frag = HtmlFragmentText(text, options.max_html_depth);
      text.clear();
      for (auto& [kind, t] : frag.blocks) text += (text.empty() ? "" : "\n\n") + t;
    }
    const std::string full = title.empty() ? text : title + "\n\n" + text;
    TRI_ASSIGN_OR_RETURN(doc, ReadPlainText(name, full));
    if (!title.empty() && !doc.blocks.empty()) {
      doc.blocks.front().kind = BlockKind::kTitle;
      doc.meta.title = title;
      doc.meta.provenance.push_back({"title", "jsonl:title", 0.95});
    }
  } else {
    return Status::InvalidArgument("record has neither \"text\" nor \"html\"");
  }
  doc.id = HexId(raw);
  doc.source = name;
  doc.raw = std::string(raw);
  Metadata& m = doc.meta;
  auto set = [&](std::string& target, const std::string& value, const char* field,
                 const char* key) {
    if (value.empty()) return;
    target = value;
    m.provenance.push_back({field, std::string("jsonl:") + key, 0.95});
  };
  if (m.title.empty()) set(m.title, title, "title", "title");
  set(m.url, url, "url", "url");
  set(m.outlet,
      Field(obj, {"outlet", "source", "site", "sitename", "site_name", "publisher", "domain"}),
      "outlet", "outlet");
  const std::string author = Field(obj, {"author", "authors", "byline"});
  if (!author.empty()) {
    std::vector<std::string> names = SplitAuthors(author);
    if (names.empty()) names.push_back(author);
    m.authors = names;
    m.provenance.push_back({"authors", "jsonl:author", 0.9});
  }
  const std::string agency = Field(obj, {"agency"});
  set(m.agency, agency, "agency", "agency");
  if (auto dt =
          ParseAnyDate(Field(obj, {"date", "published", "date_published", "datePublished",
                                   "pubDate", "publish_date", "published_at", "timestamp"}))) {
    if (PlausiblePublicationDate(*dt)) {
      m.published = dt;
      m.provenance.push_back({"published", "jsonl:date", 0.95});
    }
  }
  const std::string lang = PrimaryLanguage(Field(obj, {"language", "lang", "locale"}));
  if (!lang.empty()) {
    m.declared_language = lang;
    if (doc.language.empty() || doc.language == "und") doc.language = lang;
  }
  return doc;
}

}  // namespace

FileDocuments ReadJsonl(const std::string& source, std::string bytes,
                        const IngestOptions& options) {
  FileDocuments out;
  auto decoded = DecodeToUtf8(bytes, "utf-8", nullptr);
  if (!decoded.ok()) {
    out.errors.push_back(decoded.status().At(source));
    return out;
  }
  const std::string& data = *decoded;
  auto read_record = [&](std::string_view raw, const Json& value,
                         const std::string& fallback_name) {
    const std::string url = value.is_object() ? Field(value, {"url", "link", "uri"}) : "";
    auto doc = RecordToDocument(url.empty() ? fallback_name : url, raw, value, options);
    if (doc.ok()) {
      out.documents.push_back(std::move(doc).value());
    } else {
      out.errors.push_back(
          Status(doc.status().code(), fallback_name + ": " + doc.status().message()));
    }
  };
  // A whole-file JSON array or a single pretty-printed object.
  std::string_view trimmed = Trim(data);
  if (StartsWith(trimmed, "[") ||
      (StartsWith(trimmed, "{") && trimmed.find('\n') != std::string_view::npos &&
       Json::accept(trimmed))) {
    if (Depth(trimmed) <= options.max_json_depth) {
      Json whole = Json::parse(trimmed, nullptr, false);
      if (!whole.is_discarded()) {
        try {
          if (whole.is_array()) {
            for (size_t i = 0; i < whole.size() && i < options.max_records; ++i) {
              const std::string raw = whole[i].dump(-1, ' ', false, Json::error_handler_t::replace);
              read_record(raw, whole[i], source + "#" + std::to_string(i + 1));
            }
          } else {
            read_record(trimmed, whole, source);
          }
        } catch (...) {
          out.errors.push_back(Status::Corrupt("unexpected JSON structure").At(source));
        }
        return out;
      }
    }
  }
  size_t pos = 0, line_no = 0, records = 0;
  while (pos < data.size()) {
    size_t nl = data.find('\n', pos);
    if (nl == std::string::npos) nl = data.size();
    const std::string_view line = Trim(std::string_view(data).substr(pos, nl - pos));
    const size_t line_start = pos;
    pos = nl + 1;
    ++line_no;
    if (line.empty()) continue;
    const std::string name = source + "#" + std::to_string(line_no);
    auto fail = [&](StatusCode code, const std::string& why) {
      out.errors.push_back(
          Status(code, "line " + std::to_string(line_no) + ": " + why).At(source, line_start));
    };
    if (++records > options.max_records) {
      fail(StatusCode::kResourceExhausted, "more than " + std::to_string(options.max_records) +
                                               " records (--max-records); the rest are skipped");
      break;
    }
    if (line.size() > options.max_record_bytes) {
      fail(StatusCode::kResourceExhausted, "record longer than --max-record-bytes; skipped");
      continue;
    }
    if (Depth(line) > options.max_json_depth) {
      fail(
          StatusCode::kResourceExhausted,
          "JSON nested deeper than " + std::to_string(options.max_json_depth) + " levels; skipped");
      continue;
    }
    Json value = Json::parse(line, nullptr, false);
    if (value.is_discarded()) {
      fail(StatusCode::kInvalidArgument, "not valid JSON; skipped");
      continue;
    }
    try {
      const std::string url = value.is_object() ? Field(value, {"url", "link", "uri"}) : "";
      auto doc = RecordToDocument(url.empty() ? name : url, line, value, options);
      if (doc.ok()) {
        out.documents.push_back(std::move(doc).value());
      } else {
        fail(doc.status().code(), doc.status().message());
      }
    } catch (...) {
      fail(StatusCode::kInvalidArgument, "unexpected JSON structure; skipped");
    }
  }
  return out;
}

}  // namespace tri::ingest

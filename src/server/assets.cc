#include "server/assets.h"

#include <array>

namespace tri::embedded {
std::string_view web_index_html();
std::string_view web_style_css();
std::string_view web_app_js();
std::string_view web_api_js();
std::string_view web_dom_js();
std::string_view web_list_js();
std::string_view web_story_js();
std::string_view web_timeline_js();
std::string_view web_article_js();
std::string_view web_entity_js();
}  // namespace tri::embedded

namespace tri::server {

std::optional<Asset> FindAsset(std::string_view name) {
  struct Entry {
    std::string_view name;
    std::string_view (*content)();
    std::string_view mime;
  };
  static constexpr std::string_view kJs = "text/javascript; charset=utf-8";
  static const std::array<Entry, 10> kAssets = {{
      {"index.html", embedded::web_index_html, "text/html; charset=utf-8"},
      {"style.css", embedded::web_style_css, "text/css; charset=utf-8"},
      {"app.js", embedded::web_app_js, kJs},
      {"api.js", embedded::web_api_js, kJs},
      {"dom.js", embedded::web_dom_js, kJs},
      {"list.js", embedded::web_list_js, kJs},
      {"story.js", embedded::web_story_js, kJs},
      {"timeline.js", embedded::web_timeline_js, kJs},
      {"article.js", embedded::web_article_js, kJs},
      {"entity.js", embedded::web_entity_js, kJs},
  }};
  for (const Entry& e : kAssets) {
    if (e.name == name) return Asset{e.content(), e.mime};
  }
  return std::nullopt;
}

}  // namespace tri::server

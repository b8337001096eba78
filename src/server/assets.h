// The web UI's files, compiled into the binary from web/ (tri_embed). Looked up by exact name
// only: nothing on disk is ever served, so no path can reach outside the UI.
#pragma once

#include <optional>
#include <string_view>

namespace tri::server {

struct Asset {
  std::string_view content;
  std::string_view mime;
};

// "index.html", "app.js", "style.css", ...; nullopt for anything else.
std::optional<Asset> FindAsset(std::string_view name);

}  // namespace tri::server

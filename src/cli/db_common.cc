#include "cli/db_common.h"

#include "cli/common.h"

namespace tri::cli {

void AddDbOption(CLI::App* app, std::string& db) {
  db = DefaultStorePath();
  app->add_option("--db", db, "Database file (default: $TRIANGULATE_DB, else ./triangulate.db)");
}

std::unique_ptr<Store> OpenDbOrReport(const std::string& db, bool read_only) {
  StoreOptions options;
  options.read_only = read_only;
  auto store = OpenStore(db, options);
  if (!store.ok()) {
    PrintErrors({store.status()});
    return nullptr;
  }
  return std::move(store).value();
}

std::string ShortDate(const std::string& iso) {
  if (iso.empty()) return "undated";
  std::string out = iso.substr(0, 10);
  if (iso.size() >= 16 && iso[10] == 'T') out += " " + iso.substr(11, 5);
  return out;
}

}  // namespace tri::cli

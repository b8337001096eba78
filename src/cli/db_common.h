// Helpers shared by the store commands (ingest, search, stories, story, entity, serve): the
// --db option with its documented default, opening the store, text tables.
#pragma once

#include <CLI/CLI.hpp>
#include <memory>
#include <string>

#include "core/status.h"
#include "store/store.h"

namespace tri::cli {

// Adds `--db FILE` (default: $TRIANGULATE_DB, else ./triangulate.db).
void AddDbOption(CLI::App* app, std::string& db);

// Opens the store, printing the error on failure (nullptr then).
std::unique_ptr<Store> OpenDbOrReport(const std::string& db, bool read_only);

// "2026-11-18T16:05:00+01:00" -> "2026-11-18 16:05"; "" -> "undated".
std::string ShortDate(const std::string& iso);

}  // namespace tri::cli

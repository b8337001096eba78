// Classification of single lines/blocks of article text that carry metadata rather than body:
// date lines ("27.10.2025, 14:11 Uhr", "Stand: 04.11.2025 17:45 Uhr", "Published Oct. 27,
// 2025"), agency credits ("Quelle: ntv.de, hny/dpa", "(dpa)", "Mit Material von dpa und AFP"),
// bylines ("Von Anna Schmidt", "By Jane Doe"), photo credits and captions ("Foto: X/AP/dpa",
// "... (Archivbild) Quelle: Evan Vucci/AP/dpa", video captions ending "26.08.2025 | 0:23
// min"), and widget/teaser boilerplate ("Artikel anhören", "Mehr zum Thema"). Shared by the
// HTML and plain-text readers so both read the same lines the same way.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/dates.h"

namespace tri::ingest {

enum class LineKind : uint8_t {
  kBody,
  kDateLine,     // a publication (or update) date line
  kAgency,       // the wire credit of the text
  kByline,       // author line (may carry an agency too: "Von X, mit Material von dpa")
  kCaption,      // image/video caption, possibly with its credit
  kCredit,       // a bare photo credit ("Foto: picture alliance / ZUMAPRESS.com")
  kBoilerplate,  // widget or teaser text that is never article text
};

struct LineInfo {
  LineKind kind = LineKind::kBody;
  std::optional<TextDate> date;  // kDateLine: the date; also set for dated bylines
  bool modified = false;         // the date is an update ("Aktualisiert", "Updated")
  std::string agency;            // "dpa", "dpa/AFP" (kAgency, kByline, inline "(dpa)")
  std::string outlet;  // kAgency: the site a source line names ("Quelle: ntv.de, hny/dpa")
  std::vector<std::string> authors;  // kByline
  std::string caption, credit;       // kCaption / kCredit
};

// Classifies one line (whitespace-collapsed). `english` picks month-first numeric dates.
LineInfo ClassifyLine(std::string_view line, bool english);

// The date of a press-release dateline opening a paragraph ("Musterstadt, 17.08.2025 – ...").
std::optional<TextDate> LeadingDate(std::string_view paragraph, bool english);

// A short line that opens with a date followed by a name or source rather than a sentence:
// "1. Februar 2022, Daniel Dillenburg", "25. Januar 2022 (DJV/FWR) Berlin/Ratingen". In an
// article's head such a line is its date line; elsewhere the caller should not trust it.
std::optional<TextDate> DateFirstLine(std::string_view line, bool english);

// The agency of a text line that opens an article: "Berlin (dpa) - ...", "WASHINGTON (AP) —".
std::string LeadingAgency(std::string_view paragraph);

// Known news agencies in `credit` ("ntv.de, hny/dpa" -> "dpa"; "dpa/AFP" -> "dpa/AFP");
// empty when none. Photo agencies count too; the caller decides whether it is a photo credit.
std::string AgenciesIn(std::string_view credit);

// Normalised agency name for a token ("rtr" -> "Reuters", "Dpa" -> "dpa"), or "".
std::string AgencyName(std::string_view token);

// Splits an author string ("Anna Schmidt und Max Meier", "Jane Doe, John Roe and Ann Poe",
// "Von Anna Schmidt") into names, dropping "Von"/"By", roles and agencies. Empty if the text
// does not look like names.
std::vector<std::string> SplitAuthors(std::string_view text);

}  // namespace tri::ingest

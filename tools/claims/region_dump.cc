// Prints the CLDR territory containment that ICU ships (UN M49 regions: KR -> 030 Eastern Asia
// -> 142 Asia -> 001 World) with German and English display names, one region a line:
//   id <TAB> parent id ("" for the world) <TAB> kind <TAB> German name <TAB> English name
// Input of tools/claims/make_places.py (see data/lexicons/claims/SOURCES). Build and run:
//   g++ -std=c++20 -O1 tools/claims/region_dump.cc -o /tmp/region_dump -licuuc -licui18n
//   /tmp/region_dump > /tmp/claims_regions.tsv
#include <unicode/locid.h>
#include <unicode/region.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <iostream>
#include <string>
#include <vector>

namespace {

std::string DisplayName(const char* code, const char* lang) {
  icu::UnicodeString name;
  icu::Locale(("und_" + std::string(code)).c_str()).getDisplayCountry(icu::Locale(lang), name);
  std::string out;
  name.toUTF8String(out);
  return out;
}

const char* KindName(URegionType t) {
  switch (t) {
    case URGN_TERRITORY:
      return "country";
    case URGN_WORLD:
      return "world";
    case URGN_CONTINENT:
      return "continent";
    case URGN_SUBCONTINENT:
      return "subcontinent";
    case URGN_GROUPING:
      return "grouping";
    default:
      return "other";
  }
}

}  // namespace

int main() {
  std::vector<std::string> lines;
  for (URegionType type : {URGN_TERRITORY, URGN_WORLD, URGN_CONTINENT, URGN_SUBCONTINENT}) {
    UErrorCode status = U_ZERO_ERROR;
    icu::StringEnumeration* ids = icu::Region::getAvailable(type, status);
    if (U_FAILURE(status) || ids == nullptr) continue;
    const char* id;
    int32_t len;
    while ((id = ids->next(&len, status)) != nullptr && U_SUCCESS(status)) {
      const icu::Region* r = icu::Region::getInstance(id, status);
      if (U_FAILURE(status) || r == nullptr) {
        status = U_ZERO_ERROR;
        continue;
      }
      const icu::Region* parent = r->getContainingRegion();
      std::string line = std::string(id) + "\t" + (parent ? parent->getRegionCode() : "") + "\t" +
                         KindName(type) + "\t" + DisplayName(id, "de") + "\t" +
                         DisplayName(id, "en");
      lines.push_back(line);
    }
    delete ids;
  }
  std::sort(lines.begin(), lines.end());
  for (const std::string& l : lines) std::cout << l << "\n";
  return 0;
}

// Prints the ICU/CLDR names the NER gazetteers are built from, as TSV on stdout:
//   country <TAB> ISO code <TAB> German name <TAB> English name
//   city    <TAB> ISO code of the zone's region <TAB> German exemplar city <TAB> English exemplar
//   city
// Only ICU's own data is read (Debian libicu72), so the output is the same on every machine with
// that ICU version. tools/ner/make_gazetteers.py merges it with the other open sources.
#include <unicode/locid.h>
#include <unicode/timezone.h>
#include <unicode/tznames.h>
#include <unicode/unistr.h>

#include <iostream>
#include <memory>
#include <set>
#include <string>

namespace {

std::string Utf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

}  // namespace

int main() {
  const icu::Locale de("de"), en("en");
  for (const char* const* c = icu::Locale::getISOCountries(); *c != nullptr; ++c) {
    icu::Locale loc("", *c);
    icu::UnicodeString dn, enn;
    loc.getDisplayCountry(de, dn);
    loc.getDisplayCountry(en, enn);
    std::cout << "country\t" << *c << "\t" << Utf8(dn) << "\t" << Utf8(enn) << "\n";
  }
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::TimeZoneNames> de_names(icu::TimeZoneNames::createInstance(de, status));
  std::unique_ptr<icu::TimeZoneNames> en_names(icu::TimeZoneNames::createInstance(en, status));
  std::unique_ptr<icu::StringEnumeration> zones(icu::TimeZone::createTimeZoneIDEnumeration(
      UCAL_ZONE_TYPE_CANONICAL_LOCATION, nullptr, nullptr, status));
  if (U_FAILURE(status)) {
    std::cerr << "icu_names: " << u_errorName(status) << "\n";
    return 1;
  }
  std::set<std::string> lines;  // sorted, so the output does not depend on ICU's order
  while (const icu::UnicodeString* id = zones->snext(status)) {
    if (U_FAILURE(status)) break;
    icu::UnicodeString dcity, ecity;
    de_names->getExemplarLocationName(*id, dcity);
    en_names->getExemplarLocationName(*id, ecity);
    char region[8] = {0};
    UErrorCode s2 = U_ZERO_ERROR;
    icu::TimeZone::getRegion(*id, region, sizeof region, s2);
    if (U_FAILURE(s2) || dcity.isEmpty() || ecity.isEmpty()) continue;
    lines.insert("city\t" + std::string(region) + "\t" + Utf8(dcity) + "\t" + Utf8(ecity) + "\n");
  }
  for (const std::string& l : lines) std::cout << l;
  return 0;
}

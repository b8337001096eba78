// Internals of ingest date parsing (dates.cc): the pieces a written date is read from
// (numbers, spaces, times of day with zones, one date at a position), defined in
// dates_pieces.cc. Not part of the ingest API.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "core/datetime.h"

namespace tri::ingest::dates_detail {

// Reads 1..max digits at s[i]; returns count (0 if none) and the value.
size_t ReadNumber(std::string_view s, size_t i, size_t max, int& value);

// Past ASCII spaces and no-break spaces from s[i].
size_t SkipSpaces(std::string_view s, size_t i);

// Zone abbreviations written after times; minutes east of UTC. "ET"/"PT" follow US DST.
std::optional<int> ZoneOffset(std::string_view s, size_t& i, const Date& date);

// A time of day at s[i]: "14:11", "14:11:05", "14.11 Uhr", "2:11 PM", "2:11 p.m.", "14 Uhr".
// Sets `end` past it (and a zone abbreviation, filling the offset).
bool ParseTime(std::string_view s, size_t i, DateTime& dt, size_t& end);

// A date starting exactly at s[i]; fills dt.date and end.
bool ParseDateAt(std::string_view s, size_t i, bool english, DateTime& dt, size_t& end);

}  // namespace tri::ingest::dates_detail

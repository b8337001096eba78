// DecodeStory: a stored story read straight from its MessagePack into the Story, without a
// generic tree in between (the story page decodes one per request; a story carries thousands
// of values). Reads exactly what EncodeStory (codec.cc) writes: unknown keys are skipped,
// missing or nil keys keep their defaults, a value of the wrong type is Corrupt.
#include <stdexcept>

#include "store/codec.h"
#include "store/codec_fields.h"
#include "store/msgpack_read.h"

namespace tri::store {
namespace {

Span ReadSpan(MsgpackReader& r) {
  if (!r.NextIsArray()) {
    r.Skip();
    return {};
  }
  const uint32_t n = r.ReadArrayHeader();
  if (n != 2) {
    for (uint32_t i = 0; i < n; ++i) r.Skip();
    return {};
  }
  const int64_t begin = r.ReadInt();
  const int64_t end = r.ReadInt();
  if (begin < 0 || end < 0 || begin > UINT32_MAX || end > UINT32_MAX) return {};
  return Span{static_cast<uint32_t>(begin), static_cast<uint32_t>(end)};
}

template <typename E>
void ReadEnum(MsgpackReader& r, E& out) {
  if (r.NextIsInt()) {
    out = static_cast<E>(r.ReadInt());
  } else {
    r.Skip();
  }
}

// Calls field(key) for each pair of the map at the reader; a non-map value is skipped (its
// fields keep their defaults), as the tree-based decoder did.
template <typename F>
void ForEachField(MsgpackReader& r, F field) {
  if (!r.NextIsMap()) return r.Skip();
  const uint32_t pairs = r.ReadMapHeader();
  for (uint32_t i = 0; i < pairs && r.ok(); ++i) field(r.ReadStr());
}

// Calls element() for each element of the array at the reader (non-arrays are skipped).
template <typename F>
void ForEachElement(MsgpackReader& r, F element) {
  if (!r.NextIsArray()) return r.Skip();
  const uint32_t n = r.ReadArrayHeader();
  for (uint32_t i = 0; i < n && r.ok(); ++i) element();
}

ClaimValue ReadClaimValue(MsgpackReader& r) {
  ClaimValue v;
  ForEachField(r, [&](std::string_view k) {
    if (k == "v") return r.ReadStrOrNil(v.value);
    if (k == "n") return r.ReadStrOrNil(v.normalized);
    if (k == "e") return void(v.evidence = ReadSpan(r));
    if (k == "c") return r.ReadStrOrNil(v.claim_id);
    if (k == "sp") return r.ReadStrOrNil(v.speaker);
    if (k == "m") return ReadEnum(r, v.modality);
    if (k == "sk") return ReadEnum(r, v.source_kind);
    if (k == "d") return r.ReadStrOrNil(v.date);
    if (k == "dt") return r.ReadStrOrNil(v.date_text);
    r.Skip();
  });
  return v;
}

TimelineEntry ReadTimelineEntry(MsgpackReader& r) {
  TimelineEntry e;
  ForEachField(r, [&](std::string_view k) {
    if (k == "w") return r.ReadStrOrNil(e.when);
    if (k == "d") return r.ReadStrOrNil(e.document);
    if (k == "s") return void(e.span = ReadSpan(r));
    if (k == "t") return r.ReadStrOrNil(e.text);
    if (k == "k") return r.ReadStrOrNil(e.kind);
    if (k == "sp") return r.ReadStrOrNil(e.speaker);
    r.Skip();
  });
  return e;
}

ComparedClaim ReadClaim(MsgpackReader& r) {
  ComparedClaim c;
  ForEachField(r, [&](std::string_view k) {
    if (k == "id") return r.ReadStrOrNil(c.id);
    if (k == "st") return r.ReadStrOrNil(c.statement);
    if (k == "sl") return r.ReadStrOrNil(c.slot);
    if (k == "r") return ReadEnum(r, c.relation);
    if (k == "h") return r.ReadStrArrayOrNil(c.hedged_in);
    if (k == "no") return r.ReadStrOrNil(c.note);
    if (k == "va") {
      return ForEachField(r, [&](std::string_view doc) {
        ClaimValue v = ReadClaimValue(r);
        c.values[std::string(doc)] = std::move(v);
      });
    }
    if (k == "ov") {
      return ForEachElement(r, [&] {
        const uint32_t n = r.ReadArrayHeader();
        if (n != 2) {
          for (uint32_t i = 0; i < n; ++i) r.Skip();
          return;
        }
        std::string doc(r.ReadStr());
        c.other_values.emplace_back(std::move(doc), ReadClaimValue(r));
      });
    }
    r.Skip();
  });
  return c;
}

}  // namespace

Result<Story> DecodeStory(std::string_view blob) {
  MsgpackReader r(blob);
  Story s;
  std::string_view sourcing;
  if (!r.NextIsMap()) return Status::Corrupt("stored story cannot be decoded: not a map");
  ForEachField(r, [&](std::string_view k) {
    if (k == "id") return r.ReadStrOrNil(s.id);
    if (k == "ti") return r.ReadStrOrNil(s.title);
    if (k == "d") return r.ReadStrArrayOrNil(s.documents);
    if (k == "tl") return ForEachElement(r, [&] { s.timeline.push_back(ReadTimelineEntry(r)); });
    if (k == "cl") return ForEachElement(r, [&] { s.claims.push_back(ReadClaim(r)); });
    if (k == "so") return void(sourcing = r.ReadRaw());
    r.Skip();
  });
  if (!r.ok() || !r.AtEnd()) {
    return Status::Corrupt("stored story cannot be decoded: malformed at byte " +
                           std::to_string(r.position()));
  }
  if (!sourcing.empty()) {
    try {
      s.sourcing = fields::ToSourcing(fields::FromMsgpack(sourcing));
    } catch (const std::exception& e) {
      return Status::Corrupt(std::string("stored story cannot be decoded: ") + e.what());
    }
  }
  return s;
}

}  // namespace tri::store

// Internals of the store codec shared by its files: the MessagePack field converters of each
// annotation type (codec_fields.cc) used by codec.cc (documents, stories, entities) and
// codec_story_read.cc. Decoders throw nlohmann exceptions on mistyped values; Guard turns them
// into Corrupt.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/analysis.h"
#include "core/document.h"
#include "core/status.h"

namespace tri::store::fields {

using J = nlohmann::json;

template <typename T>
void Get(const J& j, const char* key, T& out) {
  auto it = j.find(key);
  if (it != j.end() && !it->is_null()) out = it->template get<T>();
}

template <typename E>
void GetEnum(const J& j, const char* key, E& out) {
  auto it = j.find(key);
  if (it != j.end() && it->is_number_integer()) out = static_cast<E>(it->get<int>());
}

template <typename E>
int I(E e) {
  return static_cast<int>(e);
}

template <typename T, typename F>
J ArrayOf(const std::vector<T>& v, F f) {
  J a = J::array();
  for (const T& x : v) a.push_back(f(x));
  return a;
}

template <typename T, typename F>
void ReadArray(const J& j, const char* key, std::vector<T>& out, F f) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_array()) return;
  for (const J& x : *it) out.push_back(f(x));
}

template <typename F>
auto Guard(F f, const char* what) -> decltype(f()) {
  try {
    return f();
  } catch (const std::exception& e) {
    return Status::Corrupt(std::string("stored ") + what + " cannot be decoded: " + e.what());
  }
}

J SpanJ(Span s);
Span ToSpan(const J& j);
void GetSpan(const J& j, const char* key, Span& out);
J DateTimeJ(const std::optional<DateTime>& dt);
std::optional<DateTime> ToDateTime(const J& j, const char* key);
J SourcingJ(const Sourcing& s);
Sourcing ToSourcing(const J& j);
J MetaJ(const Metadata& m);
Metadata ToMeta(const J& j);
J EntityMentionJ(const EntityMention& e);
EntityMention ToEntityMention(const J& j);
J TimexJ(const Timex& t);
Timex ToTimex(const J& j);
J QuoteJ(const Quote& q);
Quote ToQuote(const J& j);
J ClaimJ(const Claim& c);
Claim ToClaim(const J& j);
J ClaimValueJ(const ClaimValue& v);
J PackU32(const std::vector<uint32_t>& values);
std::vector<uint32_t> UnpackU32(const J& j, const std::string& key);
std::optional<InferredDate> ToInferred(const J& j);
J FromMsgpack(std::string_view bytes);

}  // namespace tri::store::fields

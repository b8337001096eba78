// MsgpackReader and MsgpackMapScan against encodings written by nlohmann (what the store
// holds) and against hostile bytes.
#include "store/msgpack_read.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace tri::store {
namespace {

std::string Pack(const nlohmann::json& j) {
  const std::vector<uint8_t> bytes = nlohmann::json::to_msgpack(j);
  return std::string(bytes.begin(), bytes.end());
}

TEST(MsgpackReader, ReadsEveryIntegerWidthAndStringLength) {
  const std::vector<int64_t> ints = {
      0,   5,    127,  128,    255,    256,        65535,      65536,       -1,        -32,
      -33, -128, -129, -32768, -32769, 4294967295, 4294967296, -2147483649, INT64_MAX, INT64_MIN};
  const std::string long_text(70000, 'x');  // str32
  nlohmann::json arr = nlohmann::json::array();
  for (int64_t i : ints) arr.push_back(i);
  arr.push_back("kurz");
  arr.push_back(std::string(200, 'y'));  // str8
  arr.push_back(std::string(300, 'z'));  // str16
  arr.push_back(long_text);
  arr.push_back(true);
  const std::string blob = Pack(arr);
  MsgpackReader r(blob);
  ASSERT_EQ(r.ReadArrayHeader(), ints.size() + 5);
  for (int64_t i : ints) EXPECT_EQ(r.ReadInt(), i);
  EXPECT_EQ(r.ReadStr(), "kurz");
  EXPECT_EQ(r.ReadStr().size(), 200u);
  EXPECT_EQ(r.ReadStr(), std::string(300, 'z'));
  EXPECT_EQ(r.ReadStr(), long_text);
  EXPECT_TRUE(r.ReadBool());
  EXPECT_TRUE(r.ok());
  EXPECT_TRUE(r.AtEnd());
}

TEST(MsgpackReader, TypeMismatchIsStickyError) {
  const std::string blob = Pack(nlohmann::json::array({"text", 1}));
  MsgpackReader r(blob);
  r.ReadArrayHeader();
  EXPECT_EQ(r.ReadInt(), 0);  // a string is not an integer
  EXPECT_FALSE(r.ok());
  EXPECT_EQ(r.ReadStr(), "");  // and nothing is read after the error
  EXPECT_FALSE(r.ok());
}

TEST(MsgpackReader, TruncatedAndForgedInputFailsWithoutReadingPastTheEnd) {
  const std::string blob =
      Pack(nlohmann::json{{"a", {1, 2, 3}}, {"b", "Bahnstreik"}, {"c", {{"d", 1.5}}}});
  for (size_t n = 0; n < blob.size(); ++n) {
    MsgpackReader r(std::string_view(blob).substr(0, n));
    r.Skip();
    EXPECT_FALSE(r.ok()) << "prefix of " << n << " bytes";
    EXPECT_FALSE(MsgpackMapScan(std::string_view(blob).substr(0, n)).ok());
  }
  // An array32 header claiming four billion elements, with three bytes behind it.
  const std::string forged("\xdd\xff\xff\xff\xff\x01\x02\x03", 8);
  MsgpackReader r(forged);
  EXPECT_EQ(r.ReadArrayHeader(), 0u);
  EXPECT_FALSE(r.ok());
  MsgpackReader s(forged);
  s.Skip();
  EXPECT_FALSE(s.ok());
  // 0xc1 is never used in MessagePack.
  MsgpackReader never(std::string_view("\xc1", 1));
  never.Skip();
  EXPECT_FALSE(never.ok());
}

TEST(MsgpackReader, DeepNestingIsWalkedWithoutRecursion) {
  std::string deep(1'000'000, '\x91');  // a million nested one-element arrays
  deep.push_back('\x01');
  MsgpackReader r(deep);
  EXPECT_EQ(r.ReadRaw().size(), deep.size());
  EXPECT_TRUE(r.ok());
  EXPECT_TRUE(r.AtEnd());
}

TEST(MsgpackMapScan, FindsTopLevelValuesAndCountsWithoutDecodingThem) {
  nlohmann::json doc{{"id", "d1"},
                     {"cl", nlohmann::json::array({{{"x", 1}}, {{"x", 2}}, {{"x", 3}}})},
                     {"so", {{"n", 2}, {"a", 1}}},
                     {"tkb", nlohmann::json::binary({1, 2, 3, 4})}};
  const std::string blob = Pack(doc);
  MsgpackMapScan scan(blob);
  ASSERT_TRUE(scan.ok());
  EXPECT_EQ(scan.entries().size(), 4u);
  ASSERT_NE(scan.Find("cl"), nullptr);
  EXPECT_EQ(scan.Find("cl")->items, 3u);
  EXPECT_EQ(scan.Find("so")->items, 2u);
  EXPECT_EQ(nlohmann::json::from_msgpack(scan.Find("so")->value), doc["so"]);
  EXPECT_EQ(nlohmann::json::from_msgpack(scan.Find("id")->value), "d1");
  EXPECT_EQ(scan.Find("qu"), nullptr);
  EXPECT_FALSE(MsgpackMapScan(Pack(nlohmann::json::array({1, 2}))).ok());  // not a map
}

}  // namespace
}  // namespace tri::store

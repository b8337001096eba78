// Reading the store's MessagePack blobs without building a tree of every value first.
//
// MsgpackReader walks one blob value by value, straight into the caller's structs: the story
// page decodes a story of thousands of values per request, and a generic tree costs one heap
// node per value. MsgpackMapScan finds a map's top-level values without decoding them, so a
// reader that needs two small fields of a large document (a story page needs each article's
// metadata and sourcing, not its tokens or claims) pays for those fields only.
//
// Promises of both: never read outside the blob; malformed or truncated input and type
// mismatches are reported (ok() == false), never undefined behaviour; nesting is walked
// iteratively, so deep input cannot exhaust the stack.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tri::store {

class MsgpackReader {
 public:
  explicit MsgpackReader(std::string_view blob) : b_(blob) {}

  // False after the first malformed or mistyped value; every later read returns defaults.
  bool ok() const { return ok_; }
  bool AtEnd() const { return pos_ >= b_.size(); }

  // Peeks at the next value without consuming it.
  bool NextIsNil() const;
  bool NextIsMap() const;
  bool NextIsArray() const;
  bool NextIsInt() const;

  // Each consumes one value header; a value of another type is an error.
  uint32_t ReadMapHeader();    // the number of key/value pairs that follow
  uint32_t ReadArrayHeader();  // the number of elements that follow
  std::string_view ReadStr();
  int64_t ReadInt();
  bool ReadBool();

  // Nil leaves `out` unchanged; a string is assigned; anything else is an error.
  void ReadStrOrNil(std::string& out);
  // An array of strings (nil: unchanged).
  void ReadStrArrayOrNil(std::vector<std::string>& out);
  // The complete encoded next value (with everything nested in it), consumed.
  std::string_view ReadRaw();
  void Skip() { ReadRaw(); }

  size_t position() const { return pos_; }

 private:
  uint8_t Peek() const { return pos_ < b_.size() ? static_cast<uint8_t>(b_[pos_]) : 0xc1; }
  bool Fail() { return ok_ = false; }

  std::string_view b_;
  size_t pos_ = 0;
  bool ok_ = true;
};

struct MsgpackEntry {
  std::string_view key;    // the key's bytes (string keys only; other keys are skipped)
  std::string_view value;  // the complete encoded value, decodable on its own
  uint32_t items = 0;      // element count when the value is an array or a map, else 0
};

class MsgpackMapScan {
 public:
  explicit MsgpackMapScan(std::string_view blob);

  bool ok() const { return ok_; }
  // The entry for `key`, or nullptr.
  const MsgpackEntry* Find(std::string_view key) const;
  const std::vector<MsgpackEntry>& entries() const { return entries_; }

 private:
  std::vector<MsgpackEntry> entries_;
  bool ok_ = false;
};

}  // namespace tri::store

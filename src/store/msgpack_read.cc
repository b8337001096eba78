#include "store/msgpack_read.h"

namespace tri::store {
namespace {

// Reads a big-endian unsigned integer of `n` bytes at `pos`; false when it does not fit.
bool ReadBE(std::string_view b, size_t pos, int n, uint64_t& out) {
  if (pos > b.size() || b.size() - pos < static_cast<size_t>(n)) return false;
  out = 0;
  for (int i = 0; i < n; ++i) out = (out << 8) | static_cast<uint8_t>(b[pos + i]);
  return true;
}

// One value header at `pos`: how many bytes the header and its inline payload take (`size`),
// and how many nested values follow it (`children`: array elements, or 2 per map pair).
bool Header(std::string_view b, size_t pos, uint64_t& size, uint64_t& children) {
  if (pos >= b.size()) return false;
  const uint8_t t = static_cast<uint8_t>(b[pos]);
  children = 0;
  uint64_t n = 0;
  if (t <= 0x7f || t >= 0xe0) return size = 1, true;                   // fixint
  if (t <= 0x8f) return size = 1, children = 2ull * (t & 0x0f), true;  // fixmap
  if (t <= 0x9f) return size = 1, children = t & 0x0f, true;           // fixarray
  if (t <= 0xbf) return size = 1ull + (t & 0x1f), true;                // fixstr
  switch (t) {
    case 0xc0:  // nil
    case 0xc2:  // false
    case 0xc3:  // true
      return size = 1, true;
    case 0xc4:  // bin8
    case 0xd9:  // str8
      if (!ReadBE(b, pos + 1, 1, n)) return false;
      return size = 2 + n, true;
    case 0xc5:  // bin16
    case 0xda:  // str16
      if (!ReadBE(b, pos + 1, 2, n)) return false;
      return size = 3 + n, true;
    case 0xc6:  // bin32
    case 0xdb:  // str32
      if (!ReadBE(b, pos + 1, 4, n)) return false;
      return size = 5 + n, true;
    case 0xc7:  // ext8: length, type, data
      if (!ReadBE(b, pos + 1, 1, n)) return false;
      return size = 3 + n, true;
    case 0xc8:  // ext16
      if (!ReadBE(b, pos + 1, 2, n)) return false;
      return size = 4 + n, true;
    case 0xc9:  // ext32
      if (!ReadBE(b, pos + 1, 4, n)) return false;
      return size = 6 + n, true;
    case 0xca:  // float32
    case 0xce:  // uint32
    case 0xd2:  // int32
      return size = 5, true;
    case 0xcb:  // float64
    case 0xcf:  // uint64
    case 0xd3:  // int64
      return size = 9, true;
    case 0xcc:  // uint8
    case 0xd0:  // int8
      return size = 2, true;
    case 0xcd:  // uint16
    case 0xd1:  // int16
      return size = 3, true;
    case 0xd4:  // fixext1..16: type byte plus data
      return size = 3, true;
    case 0xd5:
      return size = 4, true;
    case 0xd6:
      return size = 6, true;
    case 0xd7:
      return size = 10, true;
    case 0xd8:
      return size = 18, true;
    case 0xdc:  // array16
      if (!ReadBE(b, pos + 1, 2, n)) return false;
      return size = 3, children = n, true;
    case 0xdd:  // array32
      if (!ReadBE(b, pos + 1, 4, n)) return false;
      return size = 5, children = n, true;
    case 0xde:  // map16
      if (!ReadBE(b, pos + 1, 2, n)) return false;
      return size = 3, children = 2 * n, true;
    case 0xdf:  // map32
      if (!ReadBE(b, pos + 1, 4, n)) return false;
      return size = 5, children = 2 * n, true;
    default:  // 0xc1 is never used
      return false;
  }
}

// The end of the complete value starting at `pos` (with everything nested in it), or npos.
size_t SkipValue(std::string_view b, size_t pos) {
  uint64_t pending = 1;
  while (pending > 0) {
    uint64_t size = 0, children = 0;
    if (!Header(b, pos, size, children) || size > b.size() - pos) return std::string_view::npos;
    pos += size;
    // Every nested value takes at least one byte, so more pending values than bytes left is
    // malformed: stop now instead of walking a forged count of four billion.
    pending = pending - 1 + children;
    if (pending > b.size() - pos) return std::string_view::npos;
  }
  return pos;
}

bool IsMap(uint8_t t) { return (t >= 0x80 && t <= 0x8f) || t == 0xde || t == 0xdf; }
bool IsArray(uint8_t t) { return (t >= 0x90 && t <= 0x9f) || t == 0xdc || t == 0xdd; }
bool IsStr(uint8_t t) { return (t >= 0xa0 && t <= 0xbf) || (t >= 0xd9 && t <= 0xdb); }
bool IsInt(uint8_t t) { return t <= 0x7f || t >= 0xe0 || (t >= 0xcc && t <= 0xd3); }

}  // namespace

bool MsgpackReader::NextIsNil() const { return ok_ && Peek() == 0xc0; }
bool MsgpackReader::NextIsMap() const { return ok_ && IsMap(Peek()); }
bool MsgpackReader::NextIsArray() const { return ok_ && IsArray(Peek()); }
bool MsgpackReader::NextIsInt() const { return ok_ && IsInt(Peek()); }

uint32_t MsgpackReader::ReadMapHeader() {
  uint64_t size = 0, children = 0;
  if (!ok_ || !IsMap(Peek()) || !Header(b_, pos_, size, children)) return Fail(), 0;
  pos_ += size;
  if (children > b_.size() - pos_) return Fail(), 0;  // each value takes a byte at least
  return static_cast<uint32_t>(children / 2);
}

uint32_t MsgpackReader::ReadArrayHeader() {
  uint64_t size = 0, children = 0;
  if (!ok_ || !IsArray(Peek()) || !Header(b_, pos_, size, children)) return Fail(), 0;
  pos_ += size;
  if (children > b_.size() - pos_) return Fail(), 0;
  return static_cast<uint32_t>(children);
}

std::string_view MsgpackReader::ReadStr() {
  const uint8_t t = Peek();
  uint64_t size = 0, children = 0;
  if (!ok_ || !IsStr(t) || !Header(b_, pos_, size, children) || size > b_.size() - pos_) {
    return Fail(), std::string_view();
  }
  const size_t lead = t <= 0xbf ? 1 : (t == 0xd9 ? 2 : t == 0xda ? 3 : 5);
  const std::string_view out = b_.substr(pos_ + lead, size - lead);
  pos_ += size;
  return out;
}

int64_t MsgpackReader::ReadInt() {
  const uint8_t t = Peek();
  if (!ok_ || !IsInt(t)) return Fail(), 0;
  if (t <= 0x7f) return ++pos_, t;
  if (t >= 0xe0) return ++pos_, static_cast<int8_t>(t);
  const bool is_signed = t >= 0xd0;
  const int n = 1 << (t - (is_signed ? 0xd0 : 0xcc));  // 1, 2, 4 or 8 bytes
  uint64_t v = 0;
  if (!ReadBE(b_, pos_ + 1, n, v)) return Fail(), 0;
  pos_ += 1 + n;
  if (!is_signed) {
    if (v > static_cast<uint64_t>(INT64_MAX)) return Fail(), 0;
    return static_cast<int64_t>(v);
  }
  const int shift = 64 - 8 * n;  // sign-extend the n-byte value
  return static_cast<int64_t>(v << shift) >> shift;
}

bool MsgpackReader::ReadBool() {
  const uint8_t t = Peek();
  if (!ok_ || (t != 0xc2 && t != 0xc3)) return Fail();
  ++pos_;
  return t == 0xc3;
}

void MsgpackReader::ReadStrOrNil(std::string& out) {
  if (NextIsNil()) return Skip();
  const std::string_view s = ReadStr();
  if (ok_) out.assign(s);
}

void MsgpackReader::ReadStrArrayOrNil(std::vector<std::string>& out) {
  if (NextIsNil()) return Skip();
  const uint32_t n = ReadArrayHeader();
  out.clear();
  out.reserve(n);
  for (uint32_t i = 0; i < n && ok_; ++i) out.emplace_back(ReadStr());
}

std::string_view MsgpackReader::ReadRaw() {
  if (!ok_) return {};
  const size_t end = SkipValue(b_, pos_);
  if (end == std::string_view::npos) return Fail(), std::string_view();
  const std::string_view out = b_.substr(pos_, end - pos_);
  pos_ = end;
  return out;
}

MsgpackMapScan::MsgpackMapScan(std::string_view blob) {
  MsgpackReader r(blob);
  const uint32_t pairs = r.ReadMapHeader();
  for (uint32_t i = 0; i < pairs && r.ok(); ++i) {
    MsgpackReader key = r;  // string keys only: other keys are skipped with their values
    const std::string_view k = key.ReadStr();
    if (!key.ok()) {
      r.Skip();
      r.Skip();
      continue;
    }
    r = key;
    MsgpackEntry e;
    e.key = k;
    MsgpackReader peek = r;
    if (peek.NextIsMap()) {
      e.items = peek.ReadMapHeader();
    } else if (peek.NextIsArray()) {
      e.items = peek.ReadArrayHeader();
    }
    e.value = r.ReadRaw();
    if (r.ok()) entries_.push_back(e);
  }
  ok_ = r.ok();
  if (!ok_) entries_.clear();
}

const MsgpackEntry* MsgpackMapScan::Find(std::string_view key) const {
  for (const MsgpackEntry& e : entries_) {
    if (e.key == key) return &e;
  }
  return nullptr;
}

}  // namespace tri::store

#include "core/status.h"

#include <string>

namespace tri {

std::string_view StatusCodeName(StatusCode code) {
  switch (code) {
    case StatusCode::kOk:
      return "ok";
    case StatusCode::kInvalidArgument:
      return "invalid argument";
    case StatusCode::kNotFound:
      return "not found";
    case StatusCode::kPermissionDenied:
      return "permission denied";
    case StatusCode::kIoError:
      return "I/O error";
    case StatusCode::kCorrupt:
      return "corrupt";
    case StatusCode::kUnsupported:
      return "unsupported";
    case StatusCode::kResourceExhausted:
      return "limit exceeded";
    case StatusCode::kInternal:
      return "internal error";
  }
  return "unknown";
}

Status Status::At(std::string_view file, std::optional<uint64_t> byte_offset) const {
  if (ok()) return *this;
  std::string where(file);
  if (byte_offset) where += ": byte " + std::to_string(*byte_offset);
  return Status(code_, where + ": " + message_);
}

std::string Status::ToString() const {
  if (ok()) return "ok";
  return std::string(StatusCodeName(code_)) + ": " + message_;
}

}  // namespace tri

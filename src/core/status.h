// Status and Result<T>: the one error type of triangulate. Stage APIs never throw; they return a
// Status (or a Result<T> holding either a value or a non-OK Status). Messages name the file and,
// where it applies, the byte offset, so a batch can report each bad input on one line and go on.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace tri {

enum class StatusCode : uint8_t {
  kOk = 0,
  kInvalidArgument,    // bad input the caller could fix (malformed data, bad option)
  kNotFound,           // a path or record that does not exist
  kPermissionDenied,   // a file we may not read
  kIoError,            // the OS failed us
  kCorrupt,            // data that claims a format but breaks it (truncated record, bad gzip)
  kUnsupported,        // a format or feature we do not handle (binary file, unknown encoding)
  kResourceExhausted,  // a configured limit was hit (size, depth, count)
  kInternal,           // a bug: an invariant did not hold
};

std::string_view StatusCodeName(StatusCode code);

class [[nodiscard]] Status {
 public:
  Status() = default;  // OK
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string m) {
    return {StatusCode::kInvalidArgument, std::move(m)};
  }
  static Status NotFound(std::string m) { return {StatusCode::kNotFound, std::move(m)}; }
  static Status PermissionDenied(std::string m) {
    return {StatusCode::kPermissionDenied, std::move(m)};
  }
  static Status IoError(std::string m) { return {StatusCode::kIoError, std::move(m)}; }
  static Status Corrupt(std::string m) { return {StatusCode::kCorrupt, std::move(m)}; }
  static Status Unsupported(std::string m) { return {StatusCode::kUnsupported, std::move(m)}; }
  static Status ResourceExhausted(std::string m) {
    return {StatusCode::kResourceExhausted, std::move(m)};
  }
  static Status Internal(std::string m) { return {StatusCode::kInternal, std::move(m)}; }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }

  // A copy whose message is prefixed with where it happened: "FILE: " or "FILE: byte N: ".
  Status At(std::string_view file, std::optional<uint64_t> byte_offset = std::nullopt) const;

  // "invalid argument: message" (or "ok").
  std::string ToString() const;

  friend bool operator==(const Status& a, const Status& b) {
    return a.code_ == b.code_ && a.message_ == b.message_;
  }

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

// Either a T or a non-OK Status. Accessing value() of an error is a programming bug (asserts).
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}        // NOLINT: implicit by design
  Result(Status status) : v_(std::move(status)) {  // NOLINT: implicit by design
    if (std::get<Status>(v_).ok()) v_ = Status::Internal("Result constructed from OK status");
  }

  bool ok() const { return std::holds_alternative<T>(v_); }
  const Status& status() const {
    static const Status kOk;
    return ok() ? kOk : std::get<Status>(v_);
  }
  T& value() & { return std::get<T>(v_); }
  const T& value() const& { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T&& operator*() && { return std::move(*this).value(); }
  T value_or(T fallback) const { return ok() ? value() : std::move(fallback); }

 private:
  std::variant<Status, T> v_;
};

}  // namespace tri

#define TRI_CONCAT_INNER_(a, b) a##b
#define TRI_CONCAT_(a, b) TRI_CONCAT_INNER_(a, b)

#define TRI_RETURN_IF_ERROR(expr)              \
  do {                                         \
    ::tri::Status tri_status_ = (expr);        \
    if (!tri_status_.ok()) return tri_status_; \
  } while (0)

#define TRI_ASSIGN_OR_RETURN_IMPL_(tmp, lhs, expr) \
  auto tmp = (expr);                               \
  if (!tmp.ok()) return tmp.status();              \
  lhs = std::move(tmp).value()

// TRI_ASSIGN_OR_RETURN(auto x, MakeX()); returns the error Status from the enclosing function.
#define TRI_ASSIGN_OR_RETURN(lhs, expr) \
  TRI_ASSIGN_OR_RETURN_IMPL_(TRI_CONCAT_(tri_result_, __LINE__), lhs, expr)

// Private to the PostgreSQL adapter: one delivery's payload read front to back in slices, so a
// payload of ~100 MB is never held whole in a libpq result (the column is STORAGE EXTERNAL, so
// the server reads only the slice asked for).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include "base/error.h"
#include "store/postgres/connection.h"

namespace regio::store::postgres_detail {

class PayloadStream {
 public:
  // Reads the payload of delivery `id`, `size` bytes long. REQUIRES: a kSnapshot transaction on
  // `connection` stays open while this stream is used (every slice must come from one version).
  PayloadStream(Connection& connection, std::string id, std::uint64_t size)
      : connection_(connection), id_(std::move(id)), size_(size) {}

  std::uint64_t size() const { return size_; }
  std::uint64_t remaining() const { return size_ - offset_; }

  // Copies the next `n` bytes into `dst`. REQUIRES: n <= remaining(). Errors as Connection.
  Status read(void* dst, std::size_t n);

 private:
  Connection& connection_;
  std::string id_;
  std::uint64_t size_;
  std::uint64_t offset_ = 0;          // bytes handed out so far
  std::optional<QueryResult> slice_;  // the current slice, in binary format
  std::size_t slice_used_ = 0;        // bytes of slice_ handed out
};

}  // namespace regio::store::postgres_detail

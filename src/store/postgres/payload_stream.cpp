#include "store/postgres/payload_stream.h"

#include <algorithm>
#include <cstring>

namespace regio::store::postgres_detail {
namespace {

// Large enough that a round trip per slice costs nothing next to the copy, small enough that
// the client holds little beyond the caller's own buffers.
constexpr std::uint64_t kSliceBytes = 8u << 20;

}  // namespace

Status PayloadStream::read(void* dst, std::size_t n) {
  auto* out = static_cast<char*>(dst);
  while (n > 0) {
    if (!slice_ || slice_used_ == slice_->bytes(0, 0).size()) {
      slice_.reset();
      Params params;
      params.text(id_)
          .integer(static_cast<std::int64_t>(offset_ + 1))  // substring counts from 1
          .integer(static_cast<std::int64_t>(std::min(kSliceBytes, remaining())));
      auto rows = connection_.query(
          "SELECT substring(payload FROM $2::integer FOR $3::integer) FROM deliveries "
          "WHERE id = $1",
          params, "levering lezen", ResultFormat::kBinary);
      if (!rows) return std::unexpected(rows.error());
      if (rows->rows() != 1 || rows->bytes(0, 0).empty()) {
        return fail(ErrorCode::kInternal, "Levering " + id_ + " is tijdens het lezen korter geworden");
      }
      slice_.emplace(std::move(*rows));
      slice_used_ = 0;
    }
    const std::string_view slice = slice_->bytes(0, 0);
    const std::size_t take = std::min(n, slice.size() - slice_used_);
    std::memcpy(out, slice.data() + slice_used_, take);
    slice_used_ += take;
    offset_ += take;
    out += take;
    n -= take;
  }
  return {};
}

}  // namespace regio::store::postgres_detail

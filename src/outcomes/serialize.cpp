#include "outcomes/serialize.h"

#include <openssl/evp.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
#include <type_traits>

#include <fmt/format.h>

namespace regio::outcomes {
namespace {

constexpr char kMagic[4] = {'R', 'G', 'X', 'T'};
constexpr std::size_t kHeaderBytes = 8;
constexpr std::size_t kDigestBytes = 32;  // SHA-256
using Digest = std::array<unsigned char, kDigestBytes>;

// Incremental SHA-256 (OpenSSL EVP; with the CPU's SHA extensions about 2 GB/s).
class Sha256 {
 public:
  Sha256() : ctx_(EVP_MD_CTX_new(), &EVP_MD_CTX_free) {
    ok_ = ctx_ && EVP_DigestInit_ex(ctx_.get(), EVP_sha256(), nullptr) == 1;
  }
  void update(const void* data, std::size_t n) {
    if (ok_ && n > 0) ok_ = EVP_DigestUpdate(ctx_.get(), data, n) == 1;
  }
  // An all-zero digest when OpenSSL failed, which then never matches a stored one.
  Digest finish() {
    Digest d{};
    unsigned int n = 0;
    if (!ok_ || EVP_DigestFinal_ex(ctx_.get(), d.data(), &n) != 1 || n != kDigestBytes) d.fill(0);
    return d;
  }

 private:
  std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx_;
  bool ok_ = false;
};

class Writer {
 public:
  explicit Writer(std::string& out) : out_(out) {}
  void raw(const void* data, std::size_t n) { out_.append(static_cast<const char*>(data), n); }
  void u64(std::uint64_t v) { raw(&v, sizeof v); }
  template <class T>
  void column(std::vector<T>& v, bool release) {
    u64(v.size());
    raw(v.data(), v.size() * sizeof(T));
    if (release) std::vector<T>().swap(v);  // `v = {}` would keep the capacity
  }
  void text(TextColumn& c, bool release) {
    u64(c.size());
    u64(c.text_bytes());
    raw(c.offsets().data(), c.offsets().size() * sizeof(std::uint32_t));
    raw(c.bytes().data(), c.bytes().size());
    if (release) (void)c.release();  // frees both buffers (assigning an empty column would keep them)
  }

 private:
  std::string& out_;
};

std::size_t text_size(const TextColumn& c) { return 16 + (c.size() + 1) * 4 + c.text_bytes(); }
template <class T>
std::size_t column_size(const std::vector<T>& v) {
  return 8 + v.size() * sizeof(T);
}

std::size_t payload_size(const Extract& e) {
  const auto& t = e.trajecten;
  return kHeaderBytes + kDigestBytes + text_size(e.persons) + text_size(t.traject_id) + column_size(t.person) +
         text_size(t.regio) + text_size(t.gemeente) + column_size(t.interventie) + column_size(t.verwijzer) +
         column_size(t.uitkering_start) + column_size(t.start) + column_size(t.end) + column_size(e.werk.person) +
         column_size(e.werk.start) + column_size(e.werk.end) + column_size(e.werk.hours) +
         column_size(e.werk.contract) + column_size(e.uitkeringen.person) + column_size(e.uitkeringen.soort) +
         column_size(e.uitkeringen.start) + column_size(e.uitkeringen.end);
}

std::string write(Extract& e, bool release) {
  std::string out;
  out.reserve(payload_size(e));
  Writer w(out);
  w.raw(kMagic, 4);
  const std::uint32_t version = kSerializeVersion;
  w.raw(&version, 4);
  auto& t = e.trajecten;
  w.text(e.persons, release);
  w.text(t.traject_id, release);
  w.column(t.person, release);
  w.text(t.regio, release);
  w.text(t.gemeente, release);
  w.column(t.interventie, release);
  w.column(t.verwijzer, release);
  w.column(t.uitkering_start, release);
  w.column(t.start, release);
  w.column(t.end, release);
  w.column(e.werk.person, release);
  w.column(e.werk.start, release);
  w.column(e.werk.end, release);
  w.column(e.werk.hours, release);
  w.column(e.werk.contract, release);
  w.column(e.uitkeringen.person, release);
  w.column(e.uitkeringen.soort, release);
  w.column(e.uitkeringen.start, release);
  w.column(e.uitkeringen.end, release);
  Sha256 sha;
  sha.update(out.data(), out.size());
  const Digest digest = sha.finish();
  w.raw(digest.data(), digest.size());
  return out;
}

// Values per chunk when decoding a column: the chunk stays in cache while it is checked and
// appended. Vector storage cannot be filled in place without value-initialising it first, which
// would be one more pass over ~100 MB of fresh memory.
constexpr std::size_t kChunkBytes = 64 << 10;

// Reads the body (everything before the trailing digest), hashing every byte it reads.
class Reader {
 public:
  explicit Reader(const ByteSource& in)
      : in_(in), end_(in.size >= kHeaderBytes + kDigestBytes ? in.size - kDigestBytes : 0), ok_(end_ > 0) {}
  bool ok() const { return ok_; }
  bool at_end() const { return pos_ == end_; }

  bool raw(void* out, std::size_t n) {
    if (!ok_ || n > end_ - pos_) return ok_ = false;
    if (n > 0 && !in_.read(out, n)) return ok_ = false;
    sha_.update(out, n);
    pos_ += n;
    return true;
  }
  // After the whole body: whether the trailing digest matches the bytes read.
  bool digest_matches() {
    Digest stored{};
    if (!ok_ || !at_end() || !in_.read(stored.data(), stored.size())) return false;
    return sha_.finish() == stored;
  }
  std::uint64_t u64() {
    std::uint64_t v = 0;
    raw(&v, sizeof v);
    return v;
  }
  // `max_value` bounds every element (enums, person numbers); 0 = unchecked.
  template <class T>
  std::vector<T> column(std::uint64_t max_value = 0) {
    return values<T>(u64(), max_value);
  }
  TextColumn text() {
    const std::uint64_t rows = u64();
    const std::uint64_t bytes = u64();
    if (!ok_ || rows >= remaining() / 4 || bytes > remaining() || bytes > UINT32_MAX) {
      ok_ = false;
      return {};
    }
    std::vector<std::uint32_t> offsets = values<std::uint32_t>(rows + 1, 0);
    // Zero-filled first: std::string::resize_and_overwrite is not used, because GCC 12's
    // libstdc++ passes its callback the grown capacity instead of the requested size.
    std::string text;
    if (ok_) {
      text.assign(bytes, '\0');
      raw(text.data(), text.size());
    }
    if (!ok_ || offsets.front() != 0 || offsets.back() != bytes) ok_ = false;
    for (std::size_t i = 1; ok_ && i < offsets.size(); ++i)
      if (offsets[i] < offsets[i - 1]) ok_ = false;
    if (!ok_) return {};
    return TextColumn::from_parts(std::move(text), std::move(offsets));
  }
  void require(bool condition) { ok_ = ok_ && condition; }

 private:
  std::uint64_t remaining() const { return end_ - pos_; }

  // `n` values of T, read and range-checked chunk by chunk into reserved (not zeroed) storage.
  template <class T>
  std::vector<T> values(std::uint64_t n, std::uint64_t max_value) {
    if (!ok_ || n > remaining() / sizeof(T)) {
      ok_ = false;
      return {};
    }
    std::vector<T> v;
    v.reserve(n);
    std::vector<T> chunk(std::min<std::uint64_t>(n, kChunkBytes / sizeof(T)));
    while (v.size() < n) {
      const std::size_t k = std::min<std::size_t>(chunk.size(), n - v.size());
      if (!raw(chunk.data(), k * sizeof(T))) return {};
      if constexpr (std::is_integral_v<T> || std::is_enum_v<T>) {
        if (max_value > 0)
          for (std::size_t i = 0; i < k; ++i)
            if (static_cast<std::uint64_t>(chunk[i]) >= max_value) ok_ = false;
        if (!ok_) return {};
      }
      v.insert(v.end(), chunk.begin(), chunk.begin() + static_cast<std::ptrdiff_t>(k));
    }
    return v;
  }

  const ByteSource& in_;
  const std::uint64_t end_;  // where the digest starts
  std::uint64_t pos_ = 0;
  bool ok_;
  Sha256 sha_;
};

std::unexpected<Error> corrupt(std::string_view why) {
  return fail(ErrorCode::kInvalidData, fmt::format("opgeslagen levering is beschadigd: {}", why));
}

}  // namespace

std::string serialize(const Extract& extract) {
  // write() releases only when asked; the const_cast never modifies.
  return write(const_cast<Extract&>(extract), false);
}

std::string serialize_and_release(Extract&& extract) { return write(extract, true); }

Result<Extract> deserialize(std::string_view payload) {
  return deserialize(ByteSource{payload.size(), [&payload](void* dst, std::size_t n) {
                                  if (n > payload.size()) return false;
                                  if (n > 0) std::memcpy(dst, payload.data(), n);
                                  payload.remove_prefix(n);
                                  return true;
                                }});
}

Result<Extract> deserialize(const ByteSource& source) {
  Reader r(source);
  char magic[4] = {};
  std::uint32_t version = 0;
  r.raw(magic, 4);
  r.raw(&version, 4);
  if (!r.ok() || std::memcmp(magic, kMagic, 4) != 0) return corrupt("geen extract-gegevens");
  if (version == 1)
    return fail(ErrorCode::kInvalidData,
                "opgeslagen levering heeft de oude formaatversie 1 zonder controlegetal; verwijder de levering met "
                "'outcomes delete' en importeer haar opnieuw met 'outcomes import'");
  if (version != kSerializeVersion)
    return fail(ErrorCode::kInvalidData, fmt::format("opgeslagen levering heeft formaatversie {}; deze versie van het "
                                                     "programma leest versie {}",
                                                     version, kSerializeVersion));
  Extract e;
  auto& t = e.trajecten;
  e.persons = r.text();
  const std::uint64_t persons = e.persons.size();
  t.traject_id = r.text();
  t.person = r.column<std::uint32_t>(persons);
  t.regio = r.text();
  t.gemeente = r.text();
  t.interventie = r.column<Interventie>(5);
  t.verwijzer = r.column<Verwijzer>(7);
  t.uitkering_start = r.column<UitkeringStart>(7);
  t.start = r.column<std::int32_t>();
  t.end = r.column<std::int32_t>();
  e.werk.person = r.column<std::uint32_t>(persons);
  e.werk.start = r.column<std::int32_t>();
  e.werk.end = r.column<std::int32_t>();
  e.werk.hours = r.column<float>();
  e.werk.contract = r.column<Contract>(7);
  e.uitkeringen.person = r.column<std::uint32_t>(persons);
  e.uitkeringen.soort = r.column<UitkeringSoort>(5);
  e.uitkeringen.start = r.column<std::int32_t>();
  e.uitkeringen.end = r.column<std::int32_t>();
  if (!r.ok()) return corrupt("afgebroken of ongeldige kolom");
  if (!r.at_end()) return corrupt("onverwachte gegevens na het einde");
  // Checked before any value is used: a flipped byte that still decodes must not change figures.
  if (!r.digest_matches()) return corrupt("het controlegetal (SHA-256) klopt niet bij de gegevens");
  const std::size_t nt = t.person.size();
  const bool lengths = t.traject_id.size() == nt && t.regio.size() == nt && t.gemeente.size() == nt &&
                       t.interventie.size() == nt && t.verwijzer.size() == nt && t.uitkering_start.size() == nt &&
                       t.start.size() == nt && t.end.size() == nt && e.werk.start.size() == e.werk.person.size() &&
                       e.werk.end.size() == e.werk.person.size() && e.werk.hours.size() == e.werk.person.size() &&
                       e.werk.contract.size() == e.werk.person.size() &&
                       e.uitkeringen.soort.size() == e.uitkeringen.person.size() &&
                       e.uitkeringen.start.size() == e.uitkeringen.person.size() &&
                       e.uitkeringen.end.size() == e.uitkeringen.person.size();
  if (!lengths) return corrupt("kolommen van ongelijke lengte");
  return e;
}

}  // namespace regio::outcomes

// Use cases on outcome deliveries (pseudonymised client extracts): import, list, delete.
// Only the national roles manage deliveries (service/policy.h, kManageDeliveries).
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "base/actor.h"
#include "base/date.h"
#include "base/error.h"
#include "service/deps.h"

namespace regio::service {

struct DeliveryImport {
  std::string delivery;                      // id, 1–64 characters of A-Z a-z 0-9 - _ .
  std::vector<std::filesystem::path> paths;  // files, a folder, or one .xlsx
  std::optional<Date> extraction_date;       // default: today
  std::optional<Date> earliest_date;         // default: outcomes::kDefaultEarliestDate
  bool allow_empty = false;                  // an empty delivery is meant
  // Progress of reading (bytes read, total); may be empty.
  std::function<void(std::uint64_t, std::uint64_t)> progress;
  // Called once the files are read (before the checks against the store), e.g. to end a
  // progress line; may be empty.
  std::function<void()> read_done;
};

struct DeliveryImported {
  store::DeliveryInfo info;
  std::size_t persons = 0;
  bool replaced = false;  // a delivery with the same id was stored before
};

class Deliveries {
 public:
  explicit Deliveries(Deps deps) : deps_(deps) {}

  // Reads, validates and stores a delivery (all or nothing). Errors: kInvalidArgument (id,
  // dates), kInvalidData (every problem in the files; nothing stored), kAlreadyExists (a
  // traject_id already in another delivery, reason "traject-in-other-delivery").
  Result<DeliveryImported> import(const Actor& actor, const DeliveryImport& request);
  Result<std::vector<store::DeliveryInfo>> list(const Actor& actor);
  // kNotFound (reason "delivery-not-found") when absent.
  Status remove(const Actor& actor, const std::string& id);

 private:
  Deps deps_;
};

}  // namespace regio::service

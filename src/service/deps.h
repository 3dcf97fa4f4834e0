// What every use case of the service layer works with: the store, the clock and the region
// registry. The composition root (main) picks them; the CLI builds one Deps per command, the
// web one per process (the store is safe to call from several threads).
#pragma once

#include "base/date.h"
#include "regions/registry.h"
#include "store/store.h"

namespace regio::service {

struct Deps {
  store::Store& store;
  const Clock& clock;
  const regions::Registry& registry;
};

}  // namespace regio::service
